/**
 * AppError carries a code; one table maps codes to HTTP statuses and one translator turns any
 * thrown value into the `{ error: { code, message } }` body. Unexpected errors never leak detail.
 */
import { ZodError } from "zod";
import type { ErrorTextKey } from "@/lib/i18n/catalog-key";

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

/**
 * The message as a catalog key (errors.* or validation.*) with its ICU arguments, so a form can
 * show it in the reader's language; `field` is the input it names, shown as "field: text".
 */
export interface ErrorText {
  key: ErrorTextKey;
  params?: Record<string, string | number>;
  field?: string;
}

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    /** English, as the REST API and logs show it. */
    message: string,
    readonly details?: { retryAfterSeconds?: number; text?: ErrorText },
  ) {
    super(message);
    this.name = "AppError";
  }

  get status(): number {
    return STATUS_BY_CODE[this.code];
  }
}

/** The things a person can look for and miss; others keep their English message in every language. */
const NOT_FOUND_KEYS: Record<string, ErrorTextKey> = {
  Account: "errors.notFound.account",
  Anomaly: "errors.notFound.anomaly",
  Budget: "errors.notFound.budget",
  Category: "errors.notFound.category",
  Connection: "errors.notFound.connection",
  Correction: "errors.notFound.correction",
  Goal: "errors.notFound.goal",
  Import: "errors.notFound.import",
  Mapping: "errors.notFound.mapping",
  Merge: "errors.notFound.merge",
  "Parent category": "errors.notFound.parentCategory",
  Reconciliation: "errors.notFound.reconciliation",
  "Recurring stream": "errors.notFound.recurringStream",
  "Review item": "errors.notFound.reviewItem",
  Rule: "errors.notFound.rule",
  Schedule: "errors.notFound.schedule",
  Session: "errors.notFound.session",
  "Target category": "errors.notFound.targetCategory",
  Token: "errors.notFound.token",
  Transaction: "errors.notFound.transaction",
  Webhook: "errors.notFound.webhook",
};

export function notFound(what: string): AppError {
  const key = NOT_FOUND_KEYS[what];
  return new AppError("not_found", `${what} was not found`, key ? { text: { key } } : undefined);
}

/** A 422 naming `field`: English "field: reason" for the API, and the key for the UI. */
export function invalidField(field: string, reason: string, key: ErrorTextKey, params?: ErrorText["params"]): AppError {
  return new AppError("validation", `${field}: ${reason}`, { text: { key, params, field } });
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
