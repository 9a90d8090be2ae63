/**
 * The reasons dedup records for a merge, as catalog messages (`explain.dedup.*`) and as the English
 * text stored in TransactionMerge.reasons and returned by the API. One table holds both directions:
 * scoring writes English from a message, and English read back (from the ingest path, which appends
 * its own reasons, or from rows stored before messages existed) turns into the same message, so the
 * page can show every stored reason in the reader's language.
 */
import { explain, readExplainMessage, type ExplainMessage } from "@/lib/i18n/explain-message";

type Params = Record<string, number>;

interface ReasonForm {
  key: string;
  text: (params: Params) => string;
  /** Reads the English text back; the captured groups are the numeric params, in `names` order. */
  pattern: RegExp;
  names?: readonly string[];
  /** Stored percentages are whole numbers in the text and fractions in the message. */
  percent?: boolean;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
const wholePercent = (share: number) => Math.round(share * 100);

const FORMS: readonly ReasonForm[] = [
  { key: "dedup.sameAmount", text: () => "same amount", pattern: /^same amount$/ },
  { key: "dedup.sameDate", text: () => "same date", pattern: /^same date$/ },
  { key: "dedup.sameDescription", text: () => "same description", pattern: /^same description$/ },
  { key: "dedup.sameAuthorization", text: () => "same authorization time", pattern: /^same authorization time$/ },
  {
    key: "dedup.similarDescription", text: (p) => `similar description (${wholePercent(p.share ?? 0)}% of words shared)`,
    pattern: /^similar description \((\d+)% of words shared\)$/, names: ["share"], percent: true,
  },
  { key: "dedup.postedHigher", text: (p) => `posted ${wholePercent(p.share ?? 0)}% higher (tip)`, pattern: /^posted (\d+)% higher \(tip\)$/, names: ["share"], percent: true },
  { key: "dedup.postedLower", text: (p) => `posted ${wholePercent(p.share ?? 0)}% lower (hold settled)`, pattern: /^posted (\d+)% lower \(hold settled\)$/, names: ["share"], percent: true },
  { key: "dedup.postedDaysAfter", text: (p) => `posted ${plural(p.days ?? 0, "day")} after authorization`, pattern: /^posted (\d+) days? after authorization$/, names: ["days"] },
  { key: "dedup.datesApart", text: (p) => `dates ${plural(p.days ?? 0, "day")} apart`, pattern: /^dates (\d+) days? apart$/, names: ["days"] },
  { key: "dedup.redelivered", text: () => "re-delivered under a new id by a later sync", pattern: /^re-delivered under a new id by a later sync$/ },
  { key: "dedup.identicalInDelivery", text: () => "identical rows in one delivery may be two purchases", pattern: /^identical rows in one delivery may be two purchases$/ },
  {
    key: "dedup.alikeRowsPaired", text: (p) => `one of ${p.count ?? 0} alike rows on each side, paired in date order`,
    pattern: /^one of (\d+) alike rows on each side, paired in date order$/, names: ["count"],
  },
  { key: "dedup.anotherMatches", text: () => "another row matches as well", pattern: /^another row matches as well$/ },
  { key: "dedup.bankLinked", text: () => "the bank linked the posted row to its pending row", pattern: /^the bank linked the posted row to its pending row$/ },
];

const BY_KEY = new Map(FORMS.map((form) => [form.key, form]));

export type MergeReasonKey =
  | "sameAmount" | "sameDate" | "sameDescription" | "sameAuthorization" | "similarDescription" | "postedHigher" | "postedLower"
  | "postedDaysAfter" | "datesApart" | "redelivered" | "identicalInDelivery" | "alikeRowsPaired" | "anotherMatches" | "bankLinked";

/** The stored English text of a reason: `share` is a fraction (0.2 = "20%"), `days`/`count` whole numbers. */
export function mergeReasonText(key: MergeReasonKey, params: Params = {}): string {
  const form = BY_KEY.get(`dedup.${key}`);
  if (!form) throw new Error(`Unknown merge reason ${key}`);
  return form.text(params);
}

/** The catalog message behind a stored English reason; null for text no scorer writes. */
export function mergeReasonMessage(text: string): ExplainMessage | null {
  for (const form of FORMS) {
    const match = form.pattern.exec(text);
    if (!match) continue;
    if (!form.names) return explain(form.key);
    const params = Object.fromEntries(form.names.map((name, index) => {
      const value = Number(match[index + 1]);
      return [name, form.percent ? value / 100 : value];
    }));
    return explain(form.key, params);
  }
  return null;
}

/** Every reason form with sample params, for tests that check the catalog and the table agree. */
export function mergeReasonSamples(): { message: ExplainMessage; text: string }[] {
  return FORMS.map((form) => {
    const params = Object.fromEntries((form.names ?? []).map((name) => [name, form.percent ? 0.2 : 2]));
    return { message: form.names ? explain(form.key, params) : explain(form.key), text: form.text(params) };
  });
}

/**
 * `reasons` is stored as { kind, reasons[], messages[] } by applyMerge; older rows may lack the messages
 * (read back from the English text) or hold a bare array. `messages[i]` renders `reasons[i]`.
 */
export function readMergeReasons(value: unknown): { kind: string; reasons: string[]; messages: (ExplainMessage | null)[] } {
  const strings = (list: unknown): string[] => (Array.isArray(list) ? list.filter((item): item is string => typeof item === "string") : []);
  const withMessages = (kind: string, reasons: string[], stored: unknown) => {
    const messages = Array.isArray(stored) && stored.length === reasons.length ? stored.map(readExplainMessage) : [];
    return { kind, reasons, messages: reasons.map((reason, index) => messages[index] ?? mergeReasonMessage(reason)) };
  };
  if (Array.isArray(value)) return withMessages("duplicate", strings(value), null);
  if (value && typeof value === "object") {
    const record = value as Record<string, unknown>;
    return withMessages(typeof record.kind === "string" ? record.kind : "duplicate", strings(record.reasons), record.messages);
  }
  return { kind: "duplicate", reasons: [], messages: [] };
}
