import { z } from "zod";
import {
  compact,
  isCalendarDate,
  zodFailure,
  finishAccount,
  finishTransaction,
  requiredString,
  type CanonicalAccount,
  type CanonicalTransaction,
  type NormalizeResult,
} from "./canonical-transaction";

const MoneySchema = z.object(
  {
    value: z.number({ error: (issue) => (issue.input === undefined ? "is missing" : "must be a number of minor units") }).int("must be whole minor units"),
    currency: requiredString(),
  },
  { error: "is missing" },
);

export const BankBTransactionSchema = z.object({
  id: requiredString().min(1),
  accountId: requiredString().min(1),
  amount: MoneySchema,
  status: z.enum(["pending", "posted"], { error: "must be pending or posted" }),
  authorizedAt: z.string().nullable().optional(),
  postedAt: z.string().nullable().optional(),
  description: requiredString(),
  merchant: z.object({ name: z.string(), mcc: z.string().nullable().optional(), city: z.string().nullable().optional() }).nullable().optional(),
  category: z.object({ primary: z.string() }).nullable().optional(),
  pendingTransactionId: z.string().nullable().optional(),
});

export const BankBAccountSchema = z.object({
  id: requiredString().min(1),
  name: requiredString(),
  type: z.enum(["depository", "credit"], { error: "must be depository or credit" }),
  subtype: z.enum(["checking", "savings", "credit card"], { error: "must be checking, savings or credit card" }),
  mask: z.string().nullable().optional(),
  balances: z.object({ current: MoneySchema, available: MoneySchema.nullable().optional(), limit: MoneySchema.nullable().optional() }),
});

const TIMESTAMP_PATTERN = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

/** Strict ISO 8601 with an offset to a UTC instant; Date.parse alone would roll 30 February into March. */
function parseTimestamp(text: string, field: string): NormalizeResult<string> {
  const match = TIMESTAMP_PATTERN.exec(text);
  const valid =
    match !== null &&
    isCalendarDate(Number(match[1]), Number(match[2]), Number(match[3])) &&
    Number(match[4]) < 24 &&
    Number(match[5]) < 60 &&
    Number(match[6] ?? "0") < 60;
  if (!valid) return { ok: false, reason: `${field}: "${text.slice(0, 40)}" is not an ISO 8601 timestamp with an offset`, code: "fieldNotTimestamp", params: { field, text: text.slice(0, 40) } };
  return { ok: true, value: new Date(Date.parse(text)).toISOString() };
}

export function normalizeBankBTransaction(raw: unknown): NormalizeResult<CanonicalTransaction> {
  const parsed = BankBTransactionSchema.safeParse(raw);
  if (!parsed.success) return zodFailure(parsed.error);
  const record = parsed.data;
  let authorizedAt: string | undefined;
  let postedAt: string | undefined;
  if (record.authorizedAt) {
    const result = parseTimestamp(record.authorizedAt, "authorizedAt");
    if (!result.ok) return result;
    authorizedAt = result.value;
  }
  if (record.postedAt) {
    const result = parseTimestamp(record.postedAt, "postedAt");
    if (!result.ok) return result;
    postedAt = result.value;
  }
  const dateSource = authorizedAt ?? postedAt;
  if (dateSource === undefined) return { ok: false, reason: "authorizedAt and postedAt are both missing", code: "noDate" };
  return finishTransaction(
    compact({
      externalId: record.id,
      accountExternalId: record.accountId,
      // BankB follows Plaid: positive = money out. Canonical is negative = money out, so flip here.
      amount: -record.amount.value,
      currency: record.amount.currency,
      pending: record.status === "pending",
      authorizedAt,
      postedAt,
      date: dateSource.slice(0, 10),
      description: record.description.trim(),
      merchantName: record.merchant?.name || undefined,
      mcc: record.merchant?.mcc ?? undefined,
      providerCategory: record.category?.primary ?? undefined,
      pendingExternalId: record.pendingTransactionId ?? undefined,
    }),
  );
}

export function normalizeBankBAccount(raw: unknown): NormalizeResult<CanonicalAccount> {
  const parsed = BankBAccountSchema.safeParse(raw);
  if (!parsed.success) return zodFailure(parsed.error);
  const record = parsed.data;
  const credit = record.type === "credit";
  return finishAccount(
    compact({
      externalId: record.id,
      name: record.name,
      type: credit ? "credit_card" : record.subtype === "savings" ? "savings" : "checking",
      currency: record.balances.current.currency,
      // BankB reports card debt as a positive balance; canonical balances are negative when owed.
      currentBalance: credit ? -record.balances.current.value : record.balances.current.value,
      availableBalance: record.balances.available?.value,
      mask: record.mask ?? undefined,
    }),
  );
}
