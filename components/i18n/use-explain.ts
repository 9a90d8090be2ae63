import { useLocale, useTranslations } from "next-intl";
import { renderExplain, type ExplainMessage, type ExplainTranslator } from "@/lib/i18n/explain-message";

/**
 * Renders a sentence lib built (see lib/i18n/explain-message.ts) in the reader's language; the stored
 * English text when the row predates messages. Works in server and client components alike.
 */
export function useExplain(): (message: ExplainMessage | null | undefined, fallback: string) => string {
  const t = useTranslations("explain") as unknown as ExplainTranslator;
  const locale = useLocale();
  return (message, fallback) => renderExplain(t, locale, message, fallback);
}
