/**
 * Sentences lib builds on the server (dedup reasons, anomaly explanations, budget pace, "why this
 * category?") as data: a key under the `explain` namespace of messages/*.json plus its arguments.
 * Producers keep their English text for API consumers, alerts and rows written before this existed;
 * pages render the message in the reader's language and fall back to that English text.
 *
 * Arguments stay raw until display so each locale formats them: money as minor units + currency,
 * calendar dates as "YYYY-MM-DD", and a nested message for a phrase that itself needs translating.
 */
import { formatDayOfMonth, formatMonth } from "@/lib/i18n/format-date";
import { formatMoney, minorUnits } from "@/lib/money";

export type ExplainParam =
  | string
  | number
  /** `whole`: an "about" amount, rounded to whole major units ("$170", "170 €"). */
  | { money: number; currency: string; whole?: boolean }
  | { date: string }
  /** A calendar month, "2026-03": "Mar 2026" / "März 2026". */
  | { month: string }
  | ExplainMessage;

// A type (not an interface) so a message is assignable to Prisma's JSON input as it is.
export type ExplainMessage = {
  /** Path under `explain`, e.g. "dedup.sameAmount". Stable: stored in JSON columns. */
  key: string;
  params?: Record<string, ExplainParam>;
};

/** The translator of the `explain` namespace, structurally (next-intl's and use-intl's both fit). */
export interface ExplainTranslator {
  (key: string, values?: Record<string, string | number>): string;
  has(key: string): boolean;
}

export function explain(key: string, params?: Record<string, ExplainParam>): ExplainMessage {
  return params ? { key, params } : { key };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function readParam(value: unknown): ExplainParam | null {
  if (typeof value === "string" || (typeof value === "number" && Number.isFinite(value))) return value;
  if (!isRecord(value)) return null;
  if (typeof value.money === "number" && typeof value.currency === "string") {
    return value.whole === true ? { money: value.money, currency: value.currency, whole: true } : { money: value.money, currency: value.currency };
  }
  if (typeof value.date === "string") return { date: value.date };
  if (typeof value.month === "string") return { month: value.month };
  return readExplainMessage(value);
}

/** A stored message (from a Json column), or null when the value is not one. */
export function readExplainMessage(value: unknown): ExplainMessage | null {
  if (!isRecord(value) || typeof value.key !== "string" || !/^[\w.]+$/.test(value.key)) return null;
  if (value.params === undefined) return { key: value.key };
  if (!isRecord(value.params)) return null;
  const params: Record<string, ExplainParam> = {};
  for (const [name, raw] of Object.entries(value.params)) {
    const param = readParam(raw);
    if (param === null) return null;
    params[name] = param;
  }
  return { key: value.key, params };
}

/** An amount rounded to whole major units (half away from zero), without the all-zero fraction: "$120", "120 €", "¥1,000". */
export function formatWholeMoney(amount: number, currency: string, locale: string): string {
  const unit = 10 ** minorUnits(currency);
  const rounded = (amount < 0 ? -1 : 1) * Math.round(Math.abs(amount) / unit) * unit;
  const text = formatMoney({ amount: rounded, currency }, locale);
  // Only when the currency has a fraction, so the "1,000" of a yen amount survives.
  return minorUnits(currency) > 0 ? text.replace(/[.,]0+(?=[^\d]*$)/, "") : text;
}

function resolveParam(t: ExplainTranslator, locale: string, param: ExplainParam): string | number | null {
  if (typeof param === "string" || typeof param === "number") return param;
  if ("money" in param) return param.whole ? formatWholeMoney(param.money, param.currency, locale) : formatMoney({ amount: param.money, currency: param.currency }, locale);
  if ("date" in param) return formatDayOfMonth(param.date, locale);
  if ("month" in param) return /^\d{4}-\d{2}$/.test(param.month) ? formatMonth(param.month, locale) : param.month;
  return renderExplain(t, locale, param, null);
}

/**
 * The message in the translator's language with its arguments formatted for `locale`; `fallback`
 * (the stored English text) when there is no message or the catalog cannot render it.
 */
export function renderExplain<F extends string | null>(t: ExplainTranslator, locale: string, message: ExplainMessage | null | undefined, fallback: F): string | F {
  if (!message || !t.has(message.key)) return fallback;
  const values: Record<string, string | number> = {};
  for (const [name, param] of Object.entries(message.params ?? {})) {
    const value = resolveParam(t, locale, param);
    if (value === null) return fallback;
    values[name] = value;
  }
  try {
    return t(message.key, values);
  } catch {
    return fallback;
  }
}
