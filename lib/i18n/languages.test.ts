import { describe, expect, it } from "vitest";
import { languageOf, negotiateLocale, resolveRequestLocale } from "./languages";

describe("languageOf", () => {
  it("takes the primary subtag when the interface speaks it", () => {
    expect(languageOf("de-AT")).toBe("de");
    expect(languageOf("pt_BR")).toBe("pt");
    expect(languageOf("ES")).toBe("es");
    expect(languageOf("ja-JP")).toBeNull();
    expect(languageOf(undefined)).toBeNull();
  });
});

describe("negotiateLocale", () => {
  it("picks the most preferred supported tag by q-value, then order", () => {
    expect(negotiateLocale("fr-CH,fr;q=0.9,en;q=0.8")).toBe("fr-CH");
    expect(negotiateLocale("ja;q=1,de;q=0.5,es;q=0.7")).toBe("es-ES");
    expect(negotiateLocale("en-US,en;q=0.9")).toBe("en-US");
  });

  it("gives a bare language its usual region and canonical casing", () => {
    expect(negotiateLocale("de")).toBe("de-DE");
    expect(negotiateLocale("pt-br")).toBe("pt-BR");
  });

  it("returns null when nothing is supported or the header is junk", () => {
    expect(negotiateLocale("ja,zh;q=0.5")).toBeNull();
    expect(negotiateLocale("*")).toBeNull();
    expect(negotiateLocale("de;q=0")).toBeNull();
    expect(negotiateLocale("")).toBeNull();
    expect(negotiateLocale(null)).toBeNull();
  });
});

describe("resolveRequestLocale", () => {
  it("prefers the saved locale over the browser", () => {
    expect(resolveRequestLocale({ savedLocale: "de-DE", acceptLanguage: "fr-FR" })).toEqual({ locale: "de-DE", language: "de" });
  });

  it("keeps an untranslated saved locale for formats with English text", () => {
    expect(resolveRequestLocale({ savedLocale: "ja-JP", acceptLanguage: "fr-FR" })).toEqual({ locale: "ja-JP", language: "en" });
  });

  it("uses the browser for a visitor, English otherwise", () => {
    expect(resolveRequestLocale({ acceptLanguage: "pt-PT,pt;q=0.9" })).toEqual({ locale: "pt-PT", language: "pt" });
    expect(resolveRequestLocale({ acceptLanguage: "ja" })).toEqual({ locale: "en-US", language: "en" });
    expect(resolveRequestLocale({})).toEqual({ locale: "en-US", language: "en" });
  });

  it("ignores a saved value that is not a language tag", () => {
    expect(resolveRequestLocale({ savedLocale: "not a tag!", acceptLanguage: "es" })).toEqual({ locale: "es-ES", language: "es" });
  });
});
