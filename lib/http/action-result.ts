/** Server actions return this shape instead of throwing, so forms can show the message (in the reader's language). */
import { toErrorResponse, type ErrorCode } from "@/lib/errors";
import { localizeErrorBody } from "@/lib/i18n/localize-error-body";
import { logError } from "@/lib/log";

export type ActionResult<T> = { ok: true; data: T } | { ok: false; error: { code: ErrorCode; message: string; field?: string } };

export async function runAction<T>(work: () => Promise<T>): Promise<ActionResult<T>> {
  try {
    return { ok: true, data: await work() };
  } catch (error) {
    const { body, expected } = toErrorResponse(error);
    if (!expected) logError("unhandled action error", error);
    return { ok: false, error: await localizeErrorBody(error, body.error) };
  }
}
