import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { createTranslator } from "use-intl/core";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { LINK_ERROR_CODES } from "@/lib/banks/link/link-error";
import { AppError, invalidField, notFound, toErrorResponse } from "@/lib/errors";
import { localizeError, type Translate } from "@/lib/i18n/localize-error";
import de from "@/messages/de.json";
import en from "@/messages/en.json";
import fr from "@/messages/fr.json";

function translator(locale: string, messages: object): Translate {
  return createTranslator({ locale, messages, onError: (error) => { throw error; } }) as unknown as Translate;
}
const inGerman = translator("de", de);
const inFrench = translator("fr", fr);
const inEnglish = translator("en", en);

function zodError(schema: z.ZodType, input: unknown): z.ZodError {
  const parsed = schema.safeParse(input);
  if (parsed.success) throw new Error("expected a failure");
  return parsed.error;
}

describe("localizeError for AppErrors", () => {
  it("translates a keyed error with its arguments and keeps the English message for the API", () => {
    const error = new AppError("conflict", "You can have at most 200 rules", { text: { key: "errors.tooManyRules", params: { max: 200 } } });
    expect(localizeError(error, inGerman)).toBe("Du kannst höchstens 200 Regeln haben");
    expect(toErrorResponse(error).body.error.message).toBe("You can have at most 200 rules");
  });

  it("names the field in the reader's language and keeps an unknown field's raw path", () => {
    expect(localizeError(invalidField("currentPassword", "is not your current password", "errors.wrongCurrentPassword"), inGerman)).toBe("aktuelles Passwort: ist nicht dein aktuelles Passwort");
    expect(localizeError(invalidField("actions.0.categoryKey", 'there is no category "x"', "errors.noCategoryKey", { key: "x" }), inFrench)).toBe("catégorie: la catégorie « x » n’existe pas");
    expect(localizeError(invalidField("frobnicate", "must be x", "validation.invalid"), inGerman)).toBe("frobnicate: ist ungültig");
  });

  it("uses ICU plurals for counted arguments", () => {
    const once = new AppError("rate_limited", "Too many sign-in attempts. Try again in 1 minute.", { text: { key: "errors.tooManySignIns", params: { minutes: 1 } } });
    const twice = new AppError("rate_limited", "Too many sign-in attempts. Try again in 2 minutes.", { text: { key: "errors.tooManySignIns", params: { minutes: 2 } } });
    expect(localizeError(once, inGerman)).toBe("Zu viele Anmeldeversuche. Versuche es in 1 Minute erneut.");
    expect(localizeError(twice, inGerman)).toBe("Zu viele Anmeldeversuche. Versuche es in 2 Minuten erneut.");
    expect(localizeError(twice, inEnglish)).toBe(twice.message);
  });

  it("translates known not-found subjects and leaves the rest to English", () => {
    expect(localizeError(notFound("Budget"), inGerman)).toBe("Budget wurde nicht gefunden");
    expect(localizeError(notFound("GET /api/v1/nothing"), inGerman)).toBeNull();
    expect(localizeError(new AppError("forbidden", "This token lacks the \"write\" scope"), inGerman)).toBeNull();
  });

  it("says only the generic sentence for an unexpected error", () => {
    expect(localizeError(new Error("connection refused at 10.0.0.1"), inGerman)).toBe("Bei uns ist etwas schiefgelaufen");
  });
});

describe("localizeError for zod issues", () => {
  it("maps the schemas' English custom wording to catalog keys", () => {
    const Settings = z.strictObject({ name: z.string().trim().min(1, "is required"), theme: z.enum(["light", "dark", "system"], "must be light, dark or system") });
    expect(localizeError(zodError(Settings, { name: " ", theme: "dark" }), inGerman)).toBe("Name: ist erforderlich");
    expect(localizeError(zodError(Settings, { name: "Ada", theme: "neon" }), inGerman)).toBe("Design: muss einer dieser Werte sein: light, dark, system");
    expect(localizeError(zodError(Settings, { name: "Ada", theme: "dark", role: "admin" }), inGerman)).toBe('unbekanntes Feld "role"');
  });

  it("falls back to the issue code with its limits when the wording is not in the table", () => {
    const Input = z.object({ notes: z.string().max(500, "must be at most 500 characters"), priority: z.number().int().min(1, "too low!").max(1000), splits: z.array(z.string()).min(2, "needs at least two lines") });
    expect(localizeError(zodError(Input, { notes: "x".repeat(501), priority: 1, splits: ["a", "b"] }), inGerman)).toBe("Notizen: darf höchstens 500 Zeichen lang sein");
    expect(localizeError(zodError(Input, { notes: "", priority: 0, splits: ["a", "b"] }), inFrench)).toBe("priorité: doit être au moins 1");
    expect(localizeError(zodError(Input, { notes: "", priority: 1.5, splits: ["a", "b"] }), inGerman)).toBe("Priorität: muss eine ganze Zahl sein");
    expect(localizeError(zodError(Input, { notes: "", priority: 1, splits: ["a"] }), inGerman)).toBe("Aufteilungszeilen: muss mindestens 2 Einträge haben");
    expect(localizeError(zodError(Input, { priority: 1, splits: [] }), inGerman)).toBe("Notizen: ist erforderlich");
  });

  it("keeps the English for a custom refinement it cannot know", () => {
    const Input = z.object({ base: z.string().refine(() => false, "must differ from quote") });
    expect(localizeError(zodError(Input, { base: "EUR" }), inGerman)).toBeNull();
  });

  it("translates a nested path by its last named segment", () => {
    const Input = z.object({ notificationPrefs: z.object({ email: z.boolean("must be true or false") }) });
    expect(localizeError(zodError(Input, { notificationPrefs: { email: "always" } }), inGerman)).toBe("E-Mail: muss wahr oder falsch sein");
  });
});

function sourcesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "generated" ? [] : sourcesUnder(path);
    return /\.tsx?$/.test(entry.name) ? [readFileSync(path, "utf8")] : [];
  });
}

describe("error keys in source", () => {
  // A key stored as data is type-checked (ErrorTextKey); this also catches keys built in strings.
  const source = ["lib", "app"].flatMap(sourcesUnder);

  it("every errors.*/validation.* key named in source exists in English", () => {
    const keys = new Set(source.flatMap((text) => [...text.matchAll(/"((?:errors|validation)\.[\w.]+)"/g)].map((match) => match[1] as string)));
    expect(keys.size).toBeGreaterThan(60);
    expect([...keys].filter((key) => !inEnglish.has(key))).toEqual([]);
  });
});

describe("bank link failures", () => {
  it("every link error code has a sentence, with the bank's name where it matters", () => {
    expect(LINK_ERROR_CODES.filter((code) => !inGerman.has(`errors.link.${code}`))).toEqual([]);
    expect(inGerman("errors.link.denied", { bank: "Nimbus" })).toBe("Du hast den Zugriff bei Nimbus abgelehnt. Es wurde nichts verknüpft.");
    expect(inEnglish("errors.link.denied", { bank: "Nimbus" })).toBe("You declined access at Nimbus. Nothing was linked.");
  });
});
