/**
 * Sentences lib builds on the server, as a German user's pages show them: the page data carries a
 * catalog message next to the English text, and the request's translator (the user's saved locale,
 * its catalog) renders it. Rows stored before messages existed fall back to their English.
 */
import { describe, expect, it } from "vitest";
import { listAlerts } from "@/lib/alerts/list-alerts";
import { detectAnomaliesForUser } from "@/lib/anomalies/detect-anomalies-for-user";
import { listAnomalies } from "@/lib/anomalies/list-anomalies";
import { getBudget } from "@/lib/budgets/list-budgets";
import { createBudget } from "@/lib/budgets/save-budget";
import { loadCategorizationContext } from "@/lib/categorize/load-categorization-context";
import { database, prisma } from "@/lib/db";
import { renderExplain, type ExplainMessage } from "@/lib/i18n/explain-message";
import { createExplainTranslator } from "@/lib/i18n/explain-translator";
import { resolveRequestLocale } from "@/lib/i18n/languages";
import { loadMessages } from "@/lib/i18n/load-messages";
import { readMergeReasons } from "@/lib/sync/dedup/merge-reason";
import { ingestCanonicalTransactions, type IngestRow } from "@/lib/sync/ingest-canonical-transactions";
import { listReviewItems } from "@/lib/sync/review-items";
import { getTransactionDetail } from "@/lib/transactions/get-transaction-detail";
import { listTransactions } from "@/lib/transactions/list-transactions";
import { createManualAccount, createUser } from "../helpers/factories";

/** What the user's pages render with: their saved locale picks the catalog and the formats. */
async function pageRenderer(userId: string): Promise<(message: ExplainMessage | null | undefined, fallback: string) => string> {
  const { locale: saved } = await prisma().user.findUniqueOrThrow({ where: { id: userId }, select: { locale: true } });
  const { locale, language } = resolveRequestLocale({ savedLocale: saved });
  const t = createExplainTranslator(await loadMessages(language), locale);
  // Intl puts no-break spaces in "49,99 $" and "20 %"; compare plain ones.
  return (message, fallback) => renderExplain(t, locale, message, fallback).replace(/[\u00a0\u202f]/g, " ");
}

async function germanUser(name: string) {
  const user = await createUser(name);
  await prisma().user.update({ where: { id: user.id }, data: { locale: "de-DE" } });
  return { user, account: await createManualAccount(user.id, "Girokonto"), render: await pageRenderer(user.id) };
}

function row(accountId: string, externalId: string, overrides: Partial<IngestRow> = {}): IngestRow {
  return { accountId, externalId, amount: -1_250, currency: "USD", pending: false, date: "2026-03-04", description: "CORNER BAKERY 118", payload: { id: externalId }, ...overrides };
}

async function ingest(userId: string, rows: IngestRow[]) {
  const context = await loadCategorizationContext(prisma(), userId);
  return prisma().$transaction((tx) => ingestCanonicalTransactions(tx, { userId, source: "sync", rows, deliveryStartedAt: new Date(), context }));
}

async function insertCharge(userId: string, accountId: string, merchant: string, amount: number, at: string): Promise<string> {
  const tx = await prisma().transaction.create({
    data: { userId, accountId, source: "manual", amount: BigInt(amount), currency: "USD", date: new Date(`${at.slice(0, 10)}T00:00:00Z`), description: merchant.toUpperCase(), merchantName: merchant, authorizedAt: new Date(at) },
  });
  return tx.id;
}

describe("a German user's pages", () => {
  it("show the dedup reasons on the review list and the lineage in German", async () => {
    const { user, account, render } = await germanUser("Greta");
    expect(await ingest(user.id, [row(account, "b-1"), row(account, "b-2")])).toMatchObject({ review: 1 });
    const [item] = (await listReviewItems(user.id)).pending;
    expect(item?.reasons.map((reason, index) => render(item.reasonMessages[index], reason))).toEqual([
      "gleicher Betrag", "gleiches Datum", "gleiche Beschreibung", "identische Zeilen in einer Lieferung können zwei Käufe sein",
    ]);

    const detail = await getTransactionDetail(user.id, item?.survivor.id ?? "");
    const stored = readMergeReasons(detail.lineage.merges[0]?.reasons);
    expect(stored.reasons.map((reason, index) => render(stored.messages[index], reason))).toContain("identische Zeilen in einer Lieferung können zwei Käufe sein");
  });

  it("show an anomaly, its alert and its badge in German, with German money", async () => {
    const { user, account, render } = await germanUser("Gustav");
    const ids = [await insertCharge(user.id, account, "Gym", -4_999, "2026-11-02T07:00:00Z"), await insertCharge(user.id, account, "Gym", -4_999, "2026-11-02T07:02:00Z")];
    const [found] = await detectAnomaliesForUser(database().sql, { userId: user.id, transactionIds: ids, today: "2026-11-02" });
    // The stored text stays English for the API, webhooks and e-mail.
    expect(found?.explanation).toBe("Possible duplicate: two charges of $49.99 at Gym 2 minutes apart.");
    const german = "Mögliches Duplikat: zwei Abbuchungen von 49,99 $ bei Gym im Abstand von 2 Minuten.";

    const [anomaly] = await listAnomalies(user.id);
    expect(render(anomaly?.explanationMessage, anomaly?.explanation ?? "")).toBe(german);
    expect(render({ key: `anomalyKind.${anomaly?.kind}` }, anomaly?.kindLabel ?? "")).toBe("Mögliches Duplikat");

    const [alert] = await listAlerts(user.id);
    expect([render(alert?.titleMessage, alert?.title ?? ""), render(alert?.messageMessage, alert?.message ?? "")]).toEqual(["Ungewöhnliche Aktivität", german]);
    expect([alert?.title, alert?.message]).toEqual(["Unusual activity", found?.explanation]);

    const { items } = await listTransactions(user.id, { accountId: account });
    const flags = items.flatMap((tx) => tx.anomalies);
    expect(flags.map((flag) => render(flag.explanationMessage, flag.explanation))).toEqual([german, german]);
  });

  it("show the budget pace, its threshold alert and why a category in German", async () => {
    const { user, account, render } = await germanUser("Hanna");
    const dining = await prisma().category.findFirstOrThrow({ where: { userId: user.id, systemKey: "food_and_dining" } });
    await prisma().transaction.create({
      data: { userId: user.id, accountId: account, source: "manual", amount: -9_000n, currency: "USD", date: new Date("2026-06-05T00:00:00Z"), description: "DINNER", categoryId: dining.id, categorySource: "user" },
    });
    const now = new Date("2026-06-10T12:00:00Z");
    const { id } = await createBudget(user.id, { name: "Essen", scope: "category", categoryIds: [dining.id], period: "monthly", amount: 10_000 }, { now });
    const { pace } = await getBudget(user.id, id, { now });
    expect(render(pace.message, pace.sentence)).toBe("In diesem Tempo überschreitest du Essen ungefähr am 12. um etwa 170 $.");
    const [alert] = await listAlerts(user.id);
    expect([render(alert?.titleMessage, alert?.title ?? ""), render(alert?.messageMessage, alert?.message ?? "")]).toEqual([
      "Budget Essen bei 80 %", "Du hast in diesem Zeitraum 90,00 $ von 100,00 $ (90 %) für Essen ausgegeben.",
    ]);

    const { items } = await listTransactions(user.id, { accountId: account });
    expect(items.map((tx) => render(tx.explanationMessage, tx.explanation))).toEqual([`Du hast ${dining.name} für diese Buchung gewählt; Regeln und Synchronisierung überschreiben das nie.`]);
    const detail = await getTransactionDetail(user.id, items[0]?.id ?? "");
    expect(render(detail.category.explanationMessage, detail.category.explanation)).toBe(render(items[0]?.explanationMessage, ""));
  });

  it("fall back to the stored English for findings and alerts written before messages", async () => {
    const { user, render } = await germanUser("Otto");
    const anomaly = await prisma().anomaly.create({ data: { userId: user.id, kind: "price_rise", score: 0.2, explanation: "Netflix went up from $15.49 to $17.99 (16% more).", details: { facts: {} }, dedupeKey: "old:1" } });
    await prisma().alert.create({ data: { userId: user.id, kind: "anomaly", dedupeKey: `anomaly:${anomaly.id}`, title: "Unusual activity", message: anomaly.explanation, data: { anomalyId: anomaly.id } } });
    const [listed] = await listAnomalies(user.id);
    expect(listed?.explanationMessage).toBeNull();
    expect(render(listed?.explanationMessage, listed?.explanation ?? "")).toBe("Netflix went up from $15.49 to $17.99 (16% more).");
    const [alert] = await listAlerts(user.id);
    expect(render(alert?.titleMessage, alert?.title ?? "")).toBe("Unusual activity");
  });

  it("never show another user's findings", async () => {
    const { user, account } = await germanUser("Ida");
    const other = await createUser("Mallory");
    const ids = [await insertCharge(user.id, account, "Gym", -4_999, "2026-11-02T07:00:00Z"), await insertCharge(user.id, account, "Gym", -4_999, "2026-11-02T07:02:00Z")];
    await detectAnomaliesForUser(database().sql, { userId: user.id, transactionIds: ids, today: "2026-11-02" });
    expect(await listAnomalies(other.id)).toEqual([]);
    expect(await listAlerts(other.id)).toEqual([]);
    // Judging another user's ids finds nothing and stores nothing for them.
    expect(await detectAnomaliesForUser(database().sql, { userId: other.id, transactionIds: ids, today: "2026-11-02" })).toEqual([]);
  });
});
