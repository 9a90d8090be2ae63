/**
 * next-intl's request configuration (wired in next.config.ts): the locale and messages every server
 * and client component of this request renders with. No locale in the URL: see languages.ts.
 */
import { headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { findCurrentUser } from "@/lib/auth/current-user";
import { languageOf, resolveRequestLocale } from "@/lib/i18n/languages";
import { loadMessages } from "@/lib/i18n/load-messages";

export default getRequestConfig(async () => {
  const user = await findCurrentUser();
  const { locale, language } = resolveRequestLocale({ savedLocale: user?.locale, acceptLanguage: (await headers()).get("accept-language") });
  return {
    // Plural rules must match the text: a ja-JP user reads English messages with English plurals.
    locale: languageOf(locale) === language ? locale : language,
    messages: await loadMessages(language),
    // Components format dates with an explicit zone; this only keeps next-intl from guessing one.
    timeZone: "UTC",
  };
});
