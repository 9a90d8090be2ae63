/**
 * How a correction's value and the row's columns relate. The Transaction row always holds the
 * effective values (lists, budgets and analytics read its columns); a Correction stores the user's
 * value and the effective value it replaced, so reverting writes that back exactly. Provider data
 * stays in ProviderRecord payloads and the sync events' snapshots, never overwritten.
 */
import type { Prisma } from "@/lib/generated/prisma/client";
import { minorFromBigInt } from "@/lib/money";

export interface EffectiveRow {
  amount: bigint;
  date: Date;
  merchantName: string | null;
  notes: string | null;
  isTransfer: boolean;
  transferPeerId: string | null;
  excluded: boolean;
  categoryId: string | null;
  categorySource: string;
}

export type ValueSource = "user" | "bank" | "system";

/** The row's current value of one field, as JSON, the shape Correction.value/previousValue use. */
export function readField(row: EffectiveRow, field: "merchant" | "notes" | "date" | "amount" | "transfer" | "excluded"): Record<string, unknown> {
  switch (field) {
    case "merchant": return { merchantName: row.merchantName };
    case "notes": return { notes: row.notes };
    case "date": return { date: row.date.toISOString().slice(0, 10) };
    case "amount": return { amount: minorFromBigInt(row.amount) };
    case "transfer": return { isTransfer: row.isTransfer, transferPeerId: row.transferPeerId };
    case "excluded": return { excluded: row.excluded };
  }
}

/** The Transaction columns a stored value (Correction.value or previousValue) sets. */
export function columnsFor(field: string, value: Record<string, unknown>): Prisma.TransactionUncheckedUpdateInput {
  switch (field) {
    case "merchant": return { merchantName: typeof value.merchantName === "string" ? value.merchantName : null };
    case "notes": return { notes: typeof value.notes === "string" && value.notes !== "" ? value.notes : null };
    case "date": return typeof value.date === "string" ? { date: new Date(`${value.date}T00:00:00Z`) } : {};
    case "amount": return typeof value.amount === "number" ? { amount: BigInt(value.amount) } : {};
    case "transfer": return { isTransfer: value.isTransfer === true, transferPeerId: typeof value.transferPeerId === "string" ? value.transferPeerId : null };
    case "excluded": return { excluded: value.excluded === true };
    case "category": {
      const source = typeof value.categorySource === "string" ? value.categorySource : "user";
      return {
        categoryId: typeof value.categoryId === "string" ? value.categoryId : null,
        categorySource: source as Prisma.TransactionUncheckedUpdateInput["categorySource"],
        categoryConfidence: typeof value.categoryConfidence === "number" ? value.categoryConfidence : source === "user" ? 1 : null,
        categoryRuleId: typeof value.categoryRuleId === "string" ? value.categoryRuleId : null,
      };
    }
    default: return {};
  }
}
