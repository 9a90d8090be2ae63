/**
 * Puts the request's language into an error body a form will show (server actions and the
 * app's own /api routes). English readers, and anything outside a Next request (scripts, tests,
 * the token API, which calls toErrorResponse itself), keep the English message unchanged.
 */
import { getLocale, getTranslations } from "next-intl/server";
import { toErrorResponse, type ErrorBody } from "@/lib/errors";
import { languageOf } from "@/lib/i18n/languages";
import { errorField, localizeError, type Translate } from "@/lib/i18n/localize-error";

/** A translated body also names its `field`: the message no longer starts with the input's English name. */
export async function localizeErrorBody(error: unknown, body: ErrorBody["error"]): Promise<ErrorBody["error"] & { field?: string }> {
  try {
    if ((languageOf(await getLocale()) ?? "en") === "en") return body;
    const t = (await getTranslations()) as unknown as Translate;
    const message = localizeError(error, t);
    const field = errorField(error);
    return message === null ? body : { ...body, message, ...(field ? { field } : {}) };
  } catch {
    // No request locale (outside Next) or a catalog slip: the English message is still correct.
    return body;
  }
}

/** Just the message, for the places that pass a bare string on (next-auth's sign-in error). */
export async function localizedErrorMessage(error: unknown): Promise<string> {
  const { body } = toErrorResponse(error);
  return (await localizeErrorBody(error, body.error)).message;
}
