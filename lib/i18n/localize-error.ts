/**
 * The reader's-language message for an error a form shows. AppErrors carry a catalog key; zod
 * issues are mapped by their English custom message (the schemas' wording) and otherwise by issue
 * code. Null means "no translation known": the caller keeps the English message, never a vaguer one.
 */
import type { core } from "zod";
import { ZodError } from "zod";
import { AppError } from "@/lib/errors";
import type { ErrorTextKey } from "@/lib/i18n/catalog-key";

/** The slice of a next-intl translator this needs; keys are checked by catalog-key types at the call sites. */
export interface Translate {
  (key: string, values?: Record<string, string | number>): string;
  has(key: string): boolean;
}

type Issue = core.$ZodIssue;

/** The schemas' own English wording → catalog key (params come from the issue where the text has numbers). */
const CUSTOM_MESSAGE_KEYS: Record<string, ErrorTextKey> = {
  "is required": "validation.required",
  "must not be empty": "validation.required",
  "must be true or false": "validation.boolean",
  "must be a valid e-mail address": "validation.email",
  "must be a language tag such as en-US": "validation.languageTag",
  "must be a time zone such as Europe/Berlin": "validation.timeZone",
  "must be a three-letter ISO 4217 currency code": "validation.currencyCode",
  "must be a three-letter ISO 4217 code": "validation.currencyCode",
  "must be a three-letter currency code": "validation.currencyCode",
  "must not be zero": "validation.notZero",
  "must be greater than zero": "validation.positive",
  "must not be negative": "validation.notNegative",
  "must be zero or more": "validation.notNegative",
  "must be a real date": "validation.realDate",
  "is not a real calendar date": "validation.realDate",
  "must be a date as YYYY-MM-DD": "validation.isoDate",
  "must be YYYY-MM-DD": "validation.isoDate",
  "must be 0 (Sunday) to 6": "validation.weekday",
  "must be a day number 0-6": "validation.weekday",
  "lists an event twice": "validation.eventTwice",
  "is too large": "validation.tooLarge",
  "is too long": "validation.tooLongGeneric",
  "must not be before startDate": "validation.notBeforeStartDate",
  "needs more variety than a few repeated characters": "validation.passwordVariety",
  "is too common; choose something less guessable": "validation.passwordCommon",
  "is required: choose where its transactions go": "validation.reassignRequired",
  "is required for a transfer, and only for one": "validation.transferAccountRequired",
  "a transfer between your accounts has no spending category": "validation.transferNoCategory",
  "applies to monthly schedules only": "validation.monthlyOnly",
  "a total budget covers all spending and takes no categories": "validation.totalBudgetNoCategories",
  "a group budget needs at least one category": "validation.groupBudgetCategories",
  "a category budget needs exactly one category": "validation.categoryBudgetOneCategory",
  "must be an amount such as 1250.50": "validation.amount",
  "must be an amount like 1234.56": "validation.amount",
  "must be a whole number of minor units": "validation.wholeMinorUnits",
  "must be a whole number of minor units (cents)": "validation.wholeMinorUnits",
  "must be a number of minor units": "validation.wholeMinorUnits",
  "must be a number of days": "validation.days",
  "must start with http:// or https://": "validation.httpUrl",
  "must not contain a user name or password": "validation.urlCredentials",
  "is not a valid link": "validation.url",
  "must be a URL like https://example.com/hooks/fathom": "validation.url",
  "needs at least one threshold": "validation.oneThreshold",
  "needs at least one scope": "validation.oneScope",
  "must name at least one transaction": "validation.oneTransaction",
};

const count = (value: number | bigint): number => Number(value);

/** A zod 4 issue in the reader's language, or null when only the English wording is known. */
export function localizeZodIssue(issue: Issue, t: Translate): string | null {
  const custom = CUSTOM_MESSAGE_KEYS[issue.message];
  if (custom) return t(custom);
  switch (issue.code) {
    case "invalid_type":
      // zod 4 leaves the input out of issues; its default wording is the only sign of a missing value.
      if (/received undefined$/.test(issue.message)) return t("validation.required");
      if (issue.expected === "int") return t("validation.wholeNumber");
      if (issue.expected === "number") return t("validation.number");
      if (issue.expected === "boolean") return t("validation.boolean");
      if (issue.expected === "string") return t("validation.text");
      if (issue.expected === "array") return t("validation.list");
      return t("validation.invalid");
    case "too_small":
      if (issue.origin === "string") return count(issue.minimum) <= 1 ? t("validation.required") : t("validation.minLength", { min: count(issue.minimum) });
      if (issue.origin === "array" || issue.origin === "set") return t("validation.minItems", { min: count(issue.minimum) });
      if (issue.origin === "number" || issue.origin === "int" || issue.origin === "bigint") {
        return issue.inclusive === false ? t("validation.greaterThan", { min: count(issue.minimum) }) : t("validation.min", { min: count(issue.minimum) });
      }
      return null;
    case "too_big":
      if (issue.origin === "string") return t("validation.maxLength", { max: count(issue.maximum) });
      if (issue.origin === "array" || issue.origin === "set") return t("validation.maxItems", { max: count(issue.maximum) });
      if (issue.origin === "number" || issue.origin === "int" || issue.origin === "bigint") return t("validation.max", { max: count(issue.maximum) });
      return null;
    case "invalid_value":
      return t("validation.oneOf", { values: issue.values.map(String).join(", ") });
    case "invalid_format":
      if (issue.format === "email") return t("validation.email");
      if (issue.format === "url") return t("validation.url");
      if (issue.format === "uuid") return t("validation.id");
      return null;
    case "unrecognized_keys":
      return t("validation.unknownKeys", { keys: issue.keys.map((key) => `"${key}"`).join(", ") });
    default:
      return null;
  }
}

/** "notificationPrefs.email" → the catalog's name for "email"; the raw path when the catalog has none. */
export function fieldLabel(path: string, t: Translate): string {
  const named = path.split(".").filter((segment) => !/^\d+$/.test(segment)).at(-1);
  const key = `validation.fields.${named}`;
  return named && t.has(key) ? t(key) : path;
}

function withField(field: string | undefined, text: string, t: Translate): string {
  return field ? `${fieldLabel(field, t)}: ${text}` : text;
}

/** The input an error names ("notificationPrefs.email"), so a form can mark it whatever the language. */
export function errorField(error: unknown): string | undefined {
  if (error instanceof AppError) return error.details?.text?.field;
  if (error instanceof ZodError) return error.issues[0]?.path.map(String).join(".") || undefined;
  return undefined;
}

/** The translated message for what toErrorResponse would say in English; null to keep the English. */
export function localizeError(error: unknown, t: Translate): string | null {
  if (error instanceof AppError) {
    const text = error.details?.text;
    return text ? withField(text.field, t(text.key, text.params), t) : null;
  }
  if (error instanceof ZodError) {
    const issue = error.issues[0];
    if (!issue) return t("validation.invalid");
    const text = localizeZodIssue(issue, t);
    return text === null ? null : withField(issue.path.map(String).join(".") || undefined, text, t);
  }
  return t("errors.internal");
}
