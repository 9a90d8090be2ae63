/**
 * Wraps a route handler: a request id on every response, and any thrown error translated by
 * lib/errors into a JSON body and status. Unexpected errors are logged with the request id only.
 */
import { randomUUID } from "node:crypto";
import { NextResponse, type NextRequest } from "next/server";
import { AppError, invalidField, toErrorResponse } from "@/lib/errors";
import { localizeErrorBody } from "@/lib/i18n/localize-error-body";
import { logError } from "@/lib/log";

export interface RouteContext<Params> {
  requestId: string;
  params: Params;
}

type Handler<Params> = (request: NextRequest, context: RouteContext<Params>) => Promise<Response>;

export function routeHandler<Params = Record<string, never>>(handler: Handler<Params>) {
  // Next derives params from the folder names ([accountId] → { accountId: string }), so the cast is the route's own shape.
  return async (request: NextRequest, segment: { params: Promise<unknown> }): Promise<Response> => {
    const requestId = request.headers.get("x-request-id") ?? randomUUID();
    let response: Response;
    try {
      response = await handler(request, { requestId, params: (await segment.params) as Params });
    } catch (error) {
      const { status, body, expected } = toErrorResponse(error);
      if (!expected) logError("unhandled route error", error, { requestId, path: request.nextUrl.pathname });
      // The app's forms read these bodies; the token API (/api/v1) has its own handler and stays English.
      response = NextResponse.json({ error: await localizeErrorBody(error, body.error) }, { status });
      const retryAfter = error instanceof AppError ? error.details?.retryAfterSeconds : undefined;
      if (retryAfter) response.headers.set("Retry-After", String(retryAfter));
    }
    response.headers.set("x-request-id", requestId);
    return response;
  };
}

/** Reads a JSON body, turning unparseable input into a 422 rather than a 500. */
export async function readJson(request: Request): Promise<unknown> {
  try {
    return await request.json();
  } catch {
    throw invalidField("body", "must be valid JSON", "validation.json");
  }
}
