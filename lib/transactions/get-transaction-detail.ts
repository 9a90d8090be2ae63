import { listAnomalyFlags, type AnomalyFlag } from "@/lib/anomalies/list-anomaly-flags";
import { categoryKeyOf } from "@/lib/categorize/category-ids-by-key";
import { explainCategory } from "@/lib/categorize/explain-category";
import { prisma } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { minorFromBigInt } from "@/lib/money";

export type FieldSource = "user" | "rule" | "learned" | "builtin" | "provider" | "default" | "bank" | "manual" | "matched";

export interface EffectiveField<T> {
  value: T;
  /** Who the effective value comes from: the user's correction, else a rule/learning, else the bank. */
  source: FieldSource;
  /** The bank's own value when the user's differs. */
  bankValue?: T;
}

export interface TransactionDetail {
  id: string;
  accountId: string;
  accountName: string;
  currency: string;
  description: string;
  pending: boolean;
  origin: "sync" | "import" | "manual" | "scheduled";
  mergedIntoId: string | null;
  removedAt: string | null;
  amount: EffectiveField<number>;
  date: EffectiveField<string>;
  merchantName: EffectiveField<string | null>;
  notes: EffectiveField<string | null>;
  category: EffectiveField<{ id: string | null; name: string | null }> & { explanation: string };
  isTransfer: EffectiveField<boolean> & { peer: { id: string; description: string; accountName: string } | null };
  excluded: EffectiveField<boolean>;
  splits: { categoryId: string | null; categoryName: string | null; amount: number; note: string | null }[];
  anomalies: AnomalyFlag[];
  lineage: {
    providerRecords: { id: string; transactionId: string; externalId: string | null; receivedAt: string; origin: string; payload: unknown }[];
    merges: { id: string; survivorId: string; mergedId: string; role: "survivor" | "merged"; score: number; reasons: unknown; status: string; createdAt: string; decidedAt: string | null }[];
    events: { id: string; transactionId: string; kind: string; source: string; actor: string; before: unknown; after: unknown; createdAt: string }[];
    corrections: { id: string; field: string; value: unknown; previousValue: unknown; createdAt: string; revertedAt: string | null; active: boolean }[];
  };
}

const iso = (d: Date) => d.toISOString().slice(0, 10);

/**
 * One transaction's effective values with where each comes from, and its whole life: every version
 * the bank sent (ProviderRecords, also of rows merged into it), every dedup merge with its score and
 * reasons, every event (sync, rules, learning, the user) and every correction, reverted ones included.
 */
export async function getTransactionDetail(userId: string, transactionId: string): Promise<TransactionDetail> {
  const db = prisma();
  const row = await db.transaction.findFirst({
    where: { id: transactionId, userId },
    include: {
      account: { select: { name: true } },
      category: { select: { id: true, name: true, systemKey: true } },
      splits: { orderBy: { id: "asc" } },
    },
  });
  if (!row) throw notFound("Transaction");
  const merges = await db.transactionMerge.findMany({ where: { userId, OR: [{ survivorId: row.id }, { mergedId: row.id }] }, orderBy: { createdAt: "asc" } });
  const related = [row.id, ...merges.map((m) => (m.survivorId === row.id ? m.mergedId : m.survivorId))];
  const ids = [...new Set(related)];
  const [records, events, corrections, peer, flags, rule, splitCategories] = await Promise.all([
    db.providerRecord.findMany({ where: { userId, transactionId: { in: ids } }, orderBy: { receivedAt: "asc" }, include: { connection: { select: { institutionName: true } }, importJob: { select: { fileName: true } } } }),
    db.transactionEvent.findMany({ where: { userId, transactionId: { in: ids } }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] }),
    db.correction.findMany({ where: { userId, transactionId: row.id }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] }),
    row.transferPeerId ? db.transaction.findFirst({ where: { id: row.transferPeerId, userId }, select: { id: true, description: true, account: { select: { name: true } } } }) : Promise.resolve(null),
    listAnomalyFlags(userId, [row.id]),
    row.categoryRuleId ? db.rule.findFirst({ where: { id: row.categoryRuleId, userId }, select: { name: true } }) : Promise.resolve(null),
    db.category.findMany({ where: { userId, id: { in: row.splits.map((s) => s.categoryId).filter((id): id is string => id !== null) } }, select: { id: true, name: true } }),
  ]);
  const active = new Map(corrections.filter((c) => c.revertedAt === null).map((c) => [c.field, c]));
  // The bank's latest values: the newest added/modified snapshot a sync or import wrote for this row.
  const bankEvent = [...events].reverse().find((e) => e.transactionId === row.id && (e.kind === "added" || e.kind === "modified") && (e.source === "sync" || e.source === "import") && e.after);
  const bank = (bankEvent?.after ?? null) as { amount?: number; date?: string } | null;
  const unsourced: FieldSource = row.source === "manual" || row.source === "scheduled" ? "manual" : "bank";
  const sourceOf = (field: string): FieldSource => (active.has(field as never) ? "user" : unsourced);
  const previousOf = (field: string) => (active.get(field as never)?.previousValue ?? null) as Record<string, unknown> | null;
  const amount = minorFromBigInt(row.amount);
  const splitNames = new Map(splitCategories.map((c) => [c.id, c.name]));

  return {
    id: row.id, accountId: row.accountId, accountName: row.account.name, currency: row.currency, description: row.description, pending: row.pending, origin: row.source,
    mergedIntoId: row.mergedIntoId, removedAt: row.removedAt?.toISOString() ?? null,
    amount: { value: amount, source: sourceOf("amount"), ...(active.has("amount") && typeof bank?.amount === "number" ? { bankValue: bank.amount } : {}) },
    date: { value: iso(row.date), source: sourceOf("date"), ...(active.has("date") && typeof bank?.date === "string" ? { bankValue: bank.date } : {}) },
    merchantName: { value: row.merchantName, source: sourceOf("merchant"), ...(active.has("merchant") ? { bankValue: (previousOf("merchant")?.merchantName as string | null) ?? null } : {}) },
    notes: { value: row.notes, source: active.has("notes") ? "user" : unsourced },
    category: {
      value: { id: row.categoryId, name: row.category?.name ?? null }, source: row.categorySource,
      explanation: explainCategory(
        { description: row.description, amount, currency: row.currency },
        { categoryName: row.category?.name ?? null, categoryKey: row.category ? categoryKeyOf(row.category) : null, source: row.categorySource, confidence: row.categoryConfidence, ruleName: rule?.name ?? null, merchant: row.merchantName },
      ),
    },
    isTransfer: {
      value: row.isTransfer, source: active.has("transfer") ? "user" : row.isTransfer ? "matched" : unsourced,
      peer: peer ? { id: peer.id, description: peer.description, accountName: peer.account.name } : null,
    },
    excluded: { value: row.excluded, source: active.has("excluded") ? "user" : unsourced },
    splits: row.splits.map((s) => ({ categoryId: s.categoryId, categoryName: s.categoryId ? (splitNames.get(s.categoryId) ?? null) : null, amount: minorFromBigInt(s.amount), note: s.note })),
    anomalies: flags[row.id] ?? [],
    lineage: {
      providerRecords: records.map((r) => ({
        id: r.id, transactionId: r.transactionId ?? row.id, externalId: r.externalId, receivedAt: r.receivedAt.toISOString(),
        origin: r.connection ? r.connection.institutionName : r.importJob ? `import: ${r.importJob.fileName}` : "unknown", payload: r.payload,
      })),
      merges: merges.map((m) => ({
        id: m.id, survivorId: m.survivorId, mergedId: m.mergedId, role: m.survivorId === row.id ? "survivor" : "merged", score: m.score, reasons: m.reasons, status: m.status,
        createdAt: m.createdAt.toISOString(), decidedAt: m.decidedAt?.toISOString() ?? null,
      })),
      events: events.map((e) => ({ id: e.id, transactionId: e.transactionId, kind: e.kind, source: e.source, actor: e.actor, before: e.before, after: e.after, createdAt: e.createdAt.toISOString() })),
      corrections: corrections.map((c) => ({
        id: c.id, field: c.field, value: c.value, previousValue: c.previousValue, createdAt: c.createdAt.toISOString(), revertedAt: c.revertedAt?.toISOString() ?? null, active: c.revertedAt === null,
      })),
    },
  };
}
