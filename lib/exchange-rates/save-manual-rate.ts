import { recordAudit } from "@/lib/audit/record-audit";
import { prisma } from "@/lib/db";
import { ManualRateInput } from "./rate-input";

export interface ManualRate {
  id: string;
  base: string;
  quote: string;
  date: string;
  rate: string;
  source: "manual";
}

/** Stores the user's own rate for a date; typing one again for the same pair and date replaces it. */
export async function saveManualRate(userId: string, input: unknown): Promise<ManualRate> {
  const { base, quote, date, rate } = ManualRateInput.parse(input);
  const day = new Date(`${date}T00:00:00Z`);
  const saved = await prisma().$transaction(async (tx) => {
    const existing = await tx.exchangeRate.findFirst({ where: { userId, base, quote, date: day, source: "manual" }, select: { id: true, rate: true } });
    const row = existing
      ? await tx.exchangeRate.update({ where: { id: existing.id }, data: { rate } })
      : await tx.exchangeRate.create({ data: { userId, base, quote, date: day, rate, source: "manual" } });
    await recordAudit(tx, {
      userId, actor: `user:${userId}`, action: existing ? "exchange_rate.updated" : "exchange_rate.created", entityType: "ExchangeRate", entityId: row.id,
      before: existing ? { rate: existing.rate.toFixed() } : undefined, after: { base, quote, date, rate },
    });
    return row;
  });
  return { id: saved.id, base, quote, date, rate: saved.rate.toFixed(), source: "manual" };
}
