/**
 * The /api/v1 dispatcher, composed of small steps: match the route, authenticate (token or session),
 * rate-limit, check scope and role, parse path/query/body with the operation's zod schemas, run the
 * handler under the Idempotency-Key when there is one, validate the output. Errors go through the one
 * translator in lib/errors; unexpected ones are logged with the request id and answered as a bare 500.
 */
import { randomUUID } from "node:crypto";
import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import { AppError, describeZodError, notFound, toErrorResponse } from "@/lib/errors";
import { parseIdempotencyKey, requestFingerprint, withIdempotency, type StoredResponse } from "@/lib/idempotency/with-idempotency";
import { logError } from "@/lib/log";
import type { ApiOperation } from "./api-operation";
import { allOperations } from "./api-registry";
import { consumeApiRateLimits, RateLimitedError, type RateLimitHeaders } from "./api-rate-limits";
import { authenticateApiRequest, type ApiPrincipal } from "./authenticate-api-request";
import { matchOperation } from "./match-operation";
import { parseJsonBody, readRequestBody } from "./read-request-body";

const MAX_QUERY_LENGTH = 2048;

function parseWith<T extends z.ZodType>(schema: T, value: unknown, where: "query" | "body"): z.output<T> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const message = describeZodError(result.error);
  // A top-level problem ("expected object") has no field to name: name the part of the request instead.
  throw new AppError("validation", result.error.issues[0]?.path.length ? message : `${where}: ${message}`);
}

function readQuery(request: NextRequest, operation: ApiOperation): unknown {
  if (request.nextUrl.search.length > MAX_QUERY_LENGTH) throw new AppError("validation", `query: must be at most ${MAX_QUERY_LENGTH} characters`);
  const query: Record<string, string> = {};
  for (const [name, value] of request.nextUrl.searchParams) {
    if (name in query) throw new AppError("validation", `${name}: must be given once`);
    query[name] = value;
  }
  return operation.query ? parseWith(operation.query, query, "query") : {};
}

async function run(
  request: NextRequest,
  principal: ApiPrincipal,
  operation: ApiOperation,
  params: Record<string, string>,
  requestId: string,
): Promise<StoredResponse & { replayed?: boolean }> {
  const query = readQuery(request, operation);
  const text = operation.body ? await readRequestBody(request) : "";
  const body = operation.body ? parseWith(operation.body, parseJsonBody(text), "body") : undefined;
  const execute = async (): Promise<StoredResponse> => {
    const result = await operation.handler({ caller: { userId: principal.userId, role: principal.role, tokenId: principal.tokenId, requestId }, params, query, body });
    const checked = operation.response.safeParse(result);
    // The handler broke its own contract: a bug on our side, never the caller's input.
    if (!checked.success) throw new Error(`response of ${operation.id} does not match its schema: ${describeZodError(checked.error)}`);
    return { status: operation.successStatus, body: operation.successStatus === 204 ? null : checked.data };
  };
  const key = operation.method === "GET" ? null : parseIdempotencyKey(request.headers.get("idempotency-key"));
  if (!key) return execute();
  const fingerprint = requestFingerprint(operation.method, request.nextUrl.pathname + request.nextUrl.search, text);
  return withIdempotency(principal.userId, key, fingerprint, execute);
}

function respond(stored: StoredResponse & { replayed?: boolean }, headers: Headers): Response {
  if (stored.replayed) headers.set("Idempotent-Replayed", "true");
  if (stored.status === 204) return new Response(null, { status: 204, headers });
  return NextResponse.json(stored.body, { status: stored.status, headers });
}

export async function handleApiRequest(request: NextRequest, segment: { params: Promise<{ path?: string[] }> }): Promise<Response> {
  const requestId = request.headers.get("x-request-id")?.slice(0, 100) || randomUUID();
  const headers = new Headers({ "x-request-id": requestId, "Cache-Control": "no-store" });
  try {
    const { path = [] } = await segment.params;
    const { operation, params } = matchOperation(allOperations(), request.method, path);
    const principal = await authenticateApiRequest(request);
    let limits: RateLimitHeaders;
    try {
      limits = await consumeApiRateLimits(principal);
    } catch (error) {
      if (error instanceof RateLimitedError) for (const [name, value] of Object.entries(error.headers)) headers.set(name, value);
      throw error;
    }
    for (const [name, value] of Object.entries(limits)) headers.set(name, value);
    // Admin routes are indistinguishable from unknown routes for everybody else.
    if (operation.adminOnly && principal.role !== "admin") throw notFound(`${request.method} ${request.nextUrl.pathname}`.slice(0, 200));
    if (!principal.scopes.includes(operation.scope)) throw new AppError("forbidden", `This token lacks the "${operation.scope}" scope`);
    return respond(await run(request, principal, operation, params, requestId), headers);
  } catch (error) {
    const { status, body, expected } = toErrorResponse(error);
    if (!expected) logError("unhandled api error", error, { requestId, method: request.method, path: request.nextUrl.pathname });
    const retryAfter = error instanceof AppError ? error.details?.retryAfterSeconds : undefined;
    if (retryAfter) headers.set("Retry-After", String(retryAfter));
    return NextResponse.json(body, { status, headers });
  }
}
