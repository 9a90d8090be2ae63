import { z } from "zod";
import { parseDecimalToMinor } from "@/lib/money";
import {
  compact,
  zodFailure,
  finishAccount,
  finishTransaction,
  requiredString,
  type CanonicalAccount,
  type CanonicalTransaction,
  type NormalizeResult,
} from "./canonical-transaction";

const UnsignedDecimalSchema = requiredString().regex(/^\d+(\.\d+)?$/, "must be an unsigned decimal like 1234.50");
const DrCrSchema = z.enum(["DR", "CR"], { error: "must be DR or CR" });

export const BankATransactionSchema = z.object({
  txn_id: requiredString().min(1),
  acc_id: requiredString().min(1),
  txn_date: requiredString(),
  post_date: z.string().nullable().optional(),
  amount: UnsignedDecimalSchema,
  dr_cr: DrCrSchema,
  currency: requiredString(),
  narrative: requiredString(),
  status: z.enum(["PENDING", "POSTED"], { error: "must be PENDING or POSTED" }),
});

export const BankAAccountSchema = z.object({
  acc_id: requiredString().min(1),
  acc_name: requiredString(),
  acc_type: z.enum(["CHECKING", "SAVINGS", "CREDIT_CARD"], { error: "must be CHECKING, SAVINGS or CREDIT_CARD" }),
  acc_number_masked: z.string().optional(),
  currency: requiredString(),
  curr_bal: UnsignedDecimalSchema,
  curr_bal_dr_cr: DrCrSchema,
  avail_bal: UnsignedDecimalSchema.optional(),
  avail_bal_dr_cr: DrCrSchema.optional(),
});

const ACCOUNT_TYPES = { CHECKING: "checking", SAVINGS: "savings", CREDIT_CARD: "credit_card" } as const;

function toSignedMinor(unsigned: string, drCr: "DR" | "CR", currency: string, field: string): NormalizeResult<number> {
  try {
    const magnitude = parseDecimalToMinor(unsigned, currency);
    // BankA sends magnitudes; DR (a debit to the customer's account) is money out, so it becomes negative.
    return { ok: true, value: drCr === "DR" ? -magnitude : magnitude };
  } catch (error) {
    return { ok: false, reason: `${field}: ${error instanceof Error ? error.message : "is not an amount"}`, code: "fieldNotAmount", params: { field, text: unsigned.slice(0, 40) } };
  }
}

export function normalizeBankATransaction(raw: unknown): NormalizeResult<CanonicalTransaction> {
  const parsed = BankATransactionSchema.safeParse(raw);
  if (!parsed.success) return zodFailure(parsed.error);
  const record = parsed.data;
  const amount = toSignedMinor(record.amount, record.dr_cr, record.currency, "amount");
  if (!amount.ok) return amount;
  return finishTransaction(
    compact({
      externalId: record.txn_id,
      accountExternalId: record.acc_id,
      amount: amount.value,
      currency: record.currency,
      pending: record.status === "PENDING",
      date: record.txn_date,
      description: record.narrative.trim(),
    }),
  );
}

export function normalizeBankAAccount(raw: unknown): NormalizeResult<CanonicalAccount> {
  const parsed = BankAAccountSchema.safeParse(raw);
  if (!parsed.success) return zodFailure(parsed.error);
  const record = parsed.data;
  const current = toSignedMinor(record.curr_bal, record.curr_bal_dr_cr, record.currency, "curr_bal");
  if (!current.ok) return current;
  let available: number | undefined;
  if (record.avail_bal !== undefined) {
    const parsedAvailable = toSignedMinor(record.avail_bal, record.avail_bal_dr_cr ?? "CR", record.currency, "avail_bal");
    if (!parsedAvailable.ok) return parsedAvailable;
    available = parsedAvailable.value;
  }
  return finishAccount(
    compact({
      externalId: record.acc_id,
      name: record.acc_name,
      type: ACCOUNT_TYPES[record.acc_type],
      currency: record.currency,
      currentBalance: current.value,
      availableBalance: available,
      mask: record.acc_number_masked?.replace(/^X+/, "") || undefined,
    }),
  );
}
