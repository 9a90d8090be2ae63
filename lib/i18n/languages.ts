/**
 * The interface languages and how a request picks one. The user's saved locale (a BCP 47 tag such
 * as "de-DE", also used for dates, numbers and currencies) wins; a signed-out visitor gets the best
 * match from the browser's Accept-Language; English otherwise.
 */

export const LANGUAGES = ["en", "es", "fr", "de", "pt"] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = "en";

/** The tag used for formatting when a visitor's browser asks only for a bare language. */
const REGION_FOR: Record<Language, string> = { en: "en-US", es: "es-ES", fr: "fr-FR", de: "de-DE", pt: "pt-BR" };

/** "de-AT" → "de"; null when the interface has no translation for the tag's language. */
export function languageOf(tag: string | null | undefined): Language | null {
  const primary = tag?.trim().split(/[-_]/)[0]?.toLowerCase();
  return (LANGUAGES as readonly string[]).includes(primary ?? "") ? (primary as Language) : null;
}

/** A well-formed tag Intl accepts, with a region: "de" → "de-DE", "pt-br" → "pt-BR". */
function canonicalTag(tag: string): string | null {
  try {
    const [canonical] = Intl.getCanonicalLocales(tag);
    if (!canonical) return null;
    const language = languageOf(canonical);
    return language && !canonical.includes("-") ? REGION_FOR[language] : canonical;
  } catch {
    return null;
  }
}

/**
 * The browser's most preferred tag whose language the interface speaks, by q-value then order
 * ("fr-CH,fr;q=0.9,en;q=0.8" → "fr-CH"); null when none is supported.
 */
export function negotiateLocale(acceptLanguage: string | null | undefined): string | null {
  if (!acceptLanguage) return null;
  const ranked = acceptLanguage
    .split(",")
    .map((part, index) => {
      const [range = "", ...params] = part.trim().split(";");
      const q = params.map((p) => /^\s*q=([0-9.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
      return { range: range.trim(), q: q === undefined ? 1 : Number(q), index };
    })
    .filter((entry) => entry.range && entry.range !== "*" && entry.q > 0 && Number.isFinite(entry.q))
    .sort((a, b) => b.q - a.q || a.index - b.index);
  for (const entry of ranked) {
    if (!languageOf(entry.range)) continue;
    const tag = canonicalTag(entry.range);
    if (tag) return tag;
  }
  return null;
}

/** What a request renders with: `locale` formats (and picks plural rules), `language` picks the messages. */
export interface RequestLocale {
  locale: string;
  language: Language;
}

export function resolveRequestLocale({ savedLocale, acceptLanguage }: { savedLocale?: string | null; acceptLanguage?: string | null }): RequestLocale {
  const saved = savedLocale ? canonicalTag(savedLocale) : null;
  const savedLanguage = languageOf(saved);
  // A saved locale without a translation (e.g. ja-JP) keeps its formats while the text stays English.
  if (saved && savedLanguage) return { locale: saved, language: savedLanguage };
  if (saved) return { locale: saved, language: DEFAULT_LANGUAGE };
  const browser = negotiateLocale(acceptLanguage);
  const browserLanguage = languageOf(browser);
  if (browser && browserLanguage) return { locale: browser, language: browserLanguage };
  return { locale: REGION_FOR[DEFAULT_LANGUAGE], language: DEFAULT_LANGUAGE };
}
