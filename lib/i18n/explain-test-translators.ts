import de from "@/messages/de.json";
import en from "@/messages/en.json";
import { renderExplain, type ExplainMessage } from "@/lib/i18n/explain-message";
import { createExplainTranslator } from "@/lib/i18n/explain-translator";

const english = createExplainTranslator(en, "en-US");
const german = createExplainTranslator(de, "de-DE");

/** Intl separates "15,49 €" and "20 %" with no-break spaces; tests compare plain ones. */
function plainSpaces(text: string | null): string | null {
  return text === null ? null : text.replace(/[\u00a0\u202f]/g, " ");
}

/** A message as the English catalog renders it for en-US, or null when it cannot. For tests. */
export function inEnglish(message: ExplainMessage | null | undefined): string | null {
  return plainSpaces(renderExplain(english, "en-US", message, null));
}

/** A message as the German catalog renders it for de-DE (plain spaces), or null when it cannot. For tests. */
export function inGerman(message: ExplainMessage | null | undefined): string | null {
  return plainSpaces(renderExplain(german, "de-DE", message, null));
}
