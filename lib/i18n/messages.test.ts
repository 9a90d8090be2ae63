/**
 * Catalog coverage: every language has every English key (non-empty, same ICU arguments, parses),
 * and every key the source asks for (t("…") after useTranslations/getTranslations) exists in English.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { createTranslator } from "use-intl/core";
import { describe, expect, it } from "vitest";
import { LANGUAGES } from "@/lib/i18n/languages";

type Catalog = { [key: string]: string | Catalog };

const ROOT = process.cwd();
const catalogs = Object.fromEntries(LANGUAGES.map((language) => [language, JSON.parse(readFileSync(join(ROOT, "messages", `${language}.json`), "utf8")) as Catalog]));
const en = catalogs.en as Catalog;

function flatten(catalog: Catalog, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(catalog)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

/** ICU argument names ("{name}", "{count, plural, …}") and rich-text tags ("<link>"); branch texts are messages, not names. */
function argumentsOf(message: string): string[] {
  const found = new Set<string>();
  for (const m of message.matchAll(/<([A-Za-z]\w*)>/g)) found.add(`<${m[1]}>`);
  // Walks one message level; at "{" reads an argument and, for plural/select, each "key {sub-message}" branch.
  const walk = (text: string, from: number, until: string | null): number => {
    let i = from;
    while (i < text.length && text[i] !== until) {
      if (text[i] !== "{") { i++; continue; }
      const close = /^\{\s*([A-Za-z_]\w*)\s*(,\s*(plural|select|selectordinal)\s*,)?/.exec(text.slice(i));
      if (!close) { i++; continue; }
      found.add(close[1] as string);
      i += close[0].length;
      if (!close[2]) { i = text.indexOf("}", i) + 1; continue; }
      while (i < text.length && text[i] !== "}") {
        const open = text.indexOf("{", i);
        if (open < 0) return text.length;
        i = walk(text, open + 1, "}") + 1;
        while (i < text.length && /\s/.test(text[i] as string)) i++;
      }
      i++;
    }
    return i;
  };
  walk(message, 0, null);
  return [...found].sort();
}

const english = flatten(en);

describe.each(LANGUAGES.filter((l) => l !== "en"))("messages/%s.json", (language) => {
  const translated = flatten(catalogs[language] as Catalog);

  it("has every English key, none empty", () => {
    const missing = [...english.keys()].filter((key) => !translated.get(key)?.trim());
    expect(missing).toEqual([]);
  });

  it("has no keys English lacks", () => {
    expect([...translated.keys()].filter((key) => !english.has(key))).toEqual([]);
  });

  it("uses the same arguments as English in each message", () => {
    const mismatched = [...english].filter(([key, message]) => translated.has(key) && argumentsOf(translated.get(key) as string).join() !== argumentsOf(message).join());
    expect(mismatched.map(([key]) => key)).toEqual([]);
  });

  it("is not a copy of English", () => {
    const same = [...english].filter(([key, message]) => translated.get(key) === message && /[a-z]{4,}/.test(message.replace(/\{[^}]*\}/g, "")));
    // Brand names and loanwords ("Fathom", "E-mail", "Dashboard") may match; whole sentences may not.
    expect(same.length / english.size).toBeLessThan(0.1);
  });
});

describe.each(LANGUAGES)("messages/%s.json formatting", (language) => {
  it("formats every message without an ICU error", () => {
    const errors: string[] = [];
    const t = createTranslator({ locale: language, messages: catalogs[language] as Catalog, onError: (error) => errors.push(error.message) });
    for (const [key, message] of flatten(catalogs[language] as Catalog)) {
      const values = Object.fromEntries(argumentsOf(message).map((name) => (name.startsWith("<") ? [name.slice(1, -1), (chunks: unknown) => chunks] : [name, 2])));
      (t as unknown as { rich: (key: string, values: Record<string, unknown>) => unknown }).rich(key, values);
    }
    expect(errors).toEqual([]);
  });
});

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name === "node_modules" || name === "generated") return [];
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !name.endsWith(".test.ts") ? [path] : [];
  });
}

function hasNode(path: string): boolean {
  let node: string | Catalog | undefined = en;
  for (const part of path.split(".")) node = typeof node === "object" ? node[part] : undefined;
  return node !== undefined;
}

/** Every key a source file passes to a translator, as "namespace.key" (a template literal's static prefix ends in "."). */
function keysUsedIn(source: string): string[] {
  const keys: string[] = [];
  for (const [, name, namespace = ""] of source.matchAll(/const (\w+) = (?:await )?(?:useTranslations|getTranslations)\(\s*(?:"([\w.]+)")?\s*\)/g)) {
    const prefix = namespace ? `${namespace}.` : "";
    for (const [, key] of source.matchAll(new RegExp(`\\b${name}(?:\\.rich|\\.markup|\\.raw)?\\(\\s*"([\\w.]+)"`, "g"))) keys.push(prefix + key);
    for (const [, template] of source.matchAll(new RegExp(`\\b${name}(?:\\.rich|\\.markup|\\.raw)?\\(\\s*\`([^\`$]*)\\$\\{`, "g"))) keys.push(prefix + (template as string).replace(/\.$/, ""));
  }
  for (const [, namespace, key] of source.matchAll(/getTranslations\("([\w.]+)"\)\)\("([\w.]+)"\)/g)) keys.push(`${namespace}.${key}`);
  return keys;
}

describe("keys used in source", () => {
  const files = ["app", "components", "lib"].flatMap((dir) => sourceFiles(join(ROOT, dir)));

  it("finds the translated files", () => {
    const translatedFiles = files.filter((file) => keysUsedIn(readFileSync(file, "utf8")).length > 0);
    expect(translatedFiles.length).toBeGreaterThan(10);
  });

  it("exist in messages/en.json", () => {
    const missing = files.flatMap((file) => keysUsedIn(readFileSync(file, "utf8")).filter((key) => !hasNode(key)).map((key) => `${file.slice(ROOT.length + 1)}: ${key}`));
    expect(missing).toEqual([]);
  });
});
