/**
 * One REST operation: its route, the scope it needs, zod schemas for every input and the output, and
 * a handler that calls the same lib function the pages use. The dispatcher (handle-api-request.ts)
 * authenticates, parses with these schemas and validates the output; the OpenAPI document is
 * generated from the same schemas, so the reference cannot drift from the code.
 */
import type { z } from "zod";
import type { ApiScope } from "@/lib/api-tokens/api-token-input";

export type HttpMethod = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

export interface ApiCaller {
  userId: string;
  role: "user" | "admin";
  /** Null for the browser session. */
  tokenId: string | null;
  requestId: string;
}

type AnyObject = z.ZodType<Record<string, unknown>>;

export interface ApiOperationSpec<Query extends AnyObject, Body extends z.ZodType, Response extends z.ZodType> {
  /** OpenAPI operationId, verb-first like our lib functions: "listTransactions". */
  id: string;
  method: HttpMethod;
  /** Relative to /api/v1, with {name} placeholders: "/accounts/{accountId}". */
  path: string;
  summary: string;
  description?: string;
  scope: ApiScope;
  /** Admin-only operations answer 404 to everybody else, like an unknown route. */
  adminOnly?: boolean;
  /** Each path placeholder is a UUID; the value names the thing for the 404 message ("Account"). */
  pathParams?: Record<string, string>;
  query?: Query;
  body?: Body;
  response: Response;
  /** 200 unless stated; 201 for creations, 204 for deletions (response ignored). */
  successStatus?: 200 | 201 | 204;
  handler: (input: { caller: ApiCaller; params: Record<string, string>; query: z.output<Query>; body: z.output<Body> }) => Promise<z.input<Response>>;
}

/** The erased form the registry and dispatcher work with. */
export interface ApiOperation {
  id: string;
  method: HttpMethod;
  path: string;
  summary: string;
  description?: string;
  scope: ApiScope;
  adminOnly: boolean;
  pathParams: Record<string, string>;
  query?: z.ZodType;
  body?: z.ZodType;
  response: z.ZodType;
  successStatus: 200 | 201 | 204;
  handler: (input: { caller: ApiCaller; params: Record<string, string>; query: unknown; body: unknown }) => Promise<unknown>;
}

export function defineOperation<Query extends AnyObject, Body extends z.ZodType, Response extends z.ZodType>(
  spec: ApiOperationSpec<Query, Body, Response>,
): ApiOperation {
  return {
    ...spec,
    adminOnly: spec.adminOnly ?? false,
    pathParams: spec.pathParams ?? {},
    successStatus: spec.successStatus ?? 200,
    // The dispatcher parsed query and body with these very schemas before calling.
    handler: (input) => spec.handler(input as Parameters<typeof spec.handler>[0]),
  };
}

export interface ApiResource {
  /** Tag in the OpenAPI document: "Transactions". */
  name: string;
  description: string;
  operations: ApiOperation[];
}
