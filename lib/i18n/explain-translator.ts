import { createTranslator } from "use-intl/core";
import type { ExplainTranslator } from "@/lib/i18n/explain-message";
import type { Messages } from "@/lib/i18n/load-messages";

/**
 * The `explain` translator outside React (server code that writes text for a reader, tests): the
 * same catalog the pages use, with `locale` picking plural rules.
 */
export function createExplainTranslator(messages: Messages, locale: string): ExplainTranslator {
  return createTranslator({ locale, messages, namespace: "explain" }) as unknown as ExplainTranslator;
}
