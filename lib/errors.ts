/**
 * AppError carries a code; one table maps codes to HTTP statuses and one translator turns any
 * thrown value into the `{ error: { code, message } }` body. Unexpected errors never leak detail.
 */
import { ZodError } from "zod";

export type ErrorCode = "validation" | "unauthenticated" | "forbidden" | "not_found" | "conflict" | "rate_limited" | "unavailable" | "internal";

const STATUS_BY_CODE: Record<ErrorCode, number> = {
  validation: 422,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  rate_limited: 429,
  unavailable: 503,
  internal: 500,
};

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: { retryAfterSeconds?: number },
  ) {
    super(message);
    this.name = "AppError";
  }

  get status(): number {
    return STATUS_BY_CODE[this.code];
  }
}

export function notFound(what: string): AppError {
  return new AppError("not_found", `${what} was not found`);
}

/** One readable sentence naming the first offending field, e.g. "email: must be a valid e-mail address". */
export function describeZodError(error: ZodError): string {
  const issue = error.issues[0];
  if (!issue) return "The input is invalid";
  const field = issue.path.join(".");
  return field ? `${field}: ${issue.message}` : issue.message;
}

export interface ErrorBody {
  error: { code: ErrorCode; message: string };
}

/** Translates anything thrown into a status and a safe body; the caller logs unexpected errors. */
export function toErrorResponse(error: unknown): { status: number; body: ErrorBody; expected: boolean } {
  if (error instanceof AppError) {
    return { status: error.status, body: { error: { code: error.code, message: error.message } }, expected: true };
  }
  if (error instanceof ZodError) {
    return { status: 422, body: { error: { code: "validation", message: describeZodError(error) } }, expected: true };
  }
  return { status: 500, body: { error: { code: "internal", message: "Something went wrong on our side" } }, expected: false };
}
