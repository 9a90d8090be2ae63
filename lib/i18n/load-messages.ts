import type { Language } from "@/lib/i18n/languages";
import type en from "@/messages/en.json";

export type Messages = typeof en;

/** One JSON catalog per language under messages/; only the request's language is loaded. */
export async function loadMessages(language: Language): Promise<Messages> {
  return (await import(`../../messages/${language}.json`)).default as Messages;
}
