import { describe, expect, it } from "vitest";
import { detectAnomaliesForUser } from "@/lib/anomalies/detect-anomalies-for-user";
import { listAnomalies } from "@/lib/anomalies/list-anomalies";
import { listAnomalyFlags } from "@/lib/anomalies/list-anomaly-flags";
import { recordAnomalyFeedback } from "@/lib/anomalies/record-anomaly-feedback";
import { database, prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { addDays } from "@/lib/schedules/calendar-date";
import { createManualAccount, createUser } from "../helpers/factories";

const TODAY = "2026-11-20";

interface Row {
  date: string;
  amount: number;
  merchant: string | null;
  category?: string | null;
  currency?: string;
  /** Authorization instant, as a card feed gives it; without one the row has only its date. */
  at?: string;
}

async function insertRows(userId: string, accountId: string, rows: readonly Row[]): Promise<string[]> {
  const ids: string[] = [];
  for (const row of rows) {
    const tx = await prisma().transaction.create({
      data: {
        userId, accountId, source: "manual", amount: BigInt(row.amount), currency: row.currency ?? "USD", date: new Date(`${row.date}T00:00:00Z`),
        description: (row.merchant ?? "UNKNOWN").toUpperCase(), merchantName: row.merchant, categoryId: row.category ?? null,
        ...(row.at ? { authorizedAt: new Date(row.at) } : {}),
      },
    });
    ids.push(tx.id);
  }
  return ids;
}

/** Fourteen Shell visits around $22 (spread a few dollars), one every 5 days before `TODAY`. */
function shellHistory(): Row[] {
  const amounts = [2210, 1980, 2450, 2100, 2330, 2210, 1890, 2560, 2050, 2210, 2400, 1950, 2300, 2150];
  return amounts.map((amount, i) => ({ date: addDays(TODAY, -5 * (amounts.length - i)), amount: -amount, merchant: "Shell" }));
}

async function setup(name: string) {
  const user = await createUser(name);
  const account = await createManualAccount(user.id);
  return { user, account };
}

describe("detectAnomaliesForUser", () => {
  it("flags a large charge for its merchant with the numbers behind it, once, with an alert and a badge", async () => {
    const { user, account } = await setup("Alice");
    await insertRows(user.id, account, shellHistory());
    const [big] = await insertRows(user.id, account, [{ date: TODAY, amount: -8420, merchant: "Shell" }]);
    const found = await detectAnomaliesForUser(database().sql, { userId: user.id, transactionIds: [big ?? ""], today: TODAY });
    expect(found.map((a) => a.kind)).toEqual(["large_for_merchant"]);
    expect(found[0]?.explanation).toBe("$84.20 at Shell is 28.1× your usual spread above your median of $22.10 there (last 14 visits).");
    expect(found[0]?.transactionIds).toEqual([big]);

    const again = await detectAnomaliesForUser(database().sql, { userId: user.id, transactionIds: [big ?? ""], today: TODAY });
    expect(again).toEqual([]);
    expect(await prisma().anomaly.count({ where: { userId: user.id } })).toBe(1);
    const alerts = await prisma().alert.findMany({ where: { userId: user.id } });
    expect(alerts.map((a) => [a.kind, a.dedupeKey])).toEqual([["anomaly", `anomaly:${found[0]?.id}`]]);

    const flags = await listAnomalyFlags(user.id, [big ?? ""]);
    expect(flags[big ?? ""]?.map((f) => f.label)).toEqual(["Large for this merchant"]);
    const listed = await listAnomalies(user.id);
    expect(listed.map((a) => [a.kind, a.transaction?.amount])).toEqual([["large_for_merchant", -8420]]);
  });

  it("does not judge with too little history, nor refunds, nor a foreign-currency charge against dollars", async () => {
    const { user, account } = await setup("Edge");
    await insertRows(user.id, account, shellHistory().slice(-4));
    const ids = await insertRows(user.id, account, [
      { date: TODAY, amount: -8420, merchant: "Shell" },
      { date: TODAY, amount: 9000, merchant: "Shell" },
      { date: TODAY, amount: -9000, merchant: "Shell", currency: "EUR" },
    ]);
    const found = await detectAnomaliesForUser(database().sql, { userId: user.id, transactionIds: ids, today: TODAY });
    expect(found).toEqual([]);
  });

  it("finds a duplicate, a first large charge, a price rise and a missed payment", async () => {
    const { user, account } = await setup("Kinds");
    const monthly = (merchant: string, amounts: number[], day: number): Row[] =>
      amounts.map((amount, i) => ({ date: `2026-${String(5 + i).padStart(2, "0")}-${String(day).padStart(2, "0")}`, amount, merchant }));
    await insertRows(user.id, account, [
      ...monthly("Netflix", [-1549, -1549, -1549, -1549, -1549, -1549], 3),
      ...monthly("Gym", [-4000, -4000, -4000, -4000, -4000], 2).map((row) => ({ ...row, date: row.date.replace(/^2026-(\d\d)/, (_, m: string) => `2026-${String(Number(m) + 1).padStart(2, "0")}`) })),
      ...shellHistory(),
      ...Array.from({ length: 20 }, (_, i) => ({ date: addDays(TODAY, -40 + i), amount: -1500 - i * 10, merchant: `Cafe ${i}` })),
    ]);
    const ids = await insertRows(user.id, account, [
      { date: "2026-11-03", amount: -1799, merchant: "Netflix" },
      { date: "2026-11-19", amount: -2210, merchant: "Shell", at: "2026-11-19T08:00:00Z" },
      { date: "2026-11-19", amount: -2210, merchant: "Shell", at: "2026-11-19T08:04:30Z" },
      // The same amount again in the evening is another fill-up, not a third copy.
      { date: "2026-11-19", amount: -2210, merchant: "Shell", at: "2026-11-19T17:30:00Z" },
      { date: "2026-11-19", amount: -129900, merchant: "Apple Store" },
    ]);
    const found = await detectAnomaliesForUser(database().sql, { userId: user.id, transactionIds: ids, today: TODAY });
    const byKind = Object.fromEntries(found.map((a) => [a.kind, a.explanation]));
    expect(Object.keys(byKind).sort()).toEqual(["duplicate_charge", "missed_recurring", "new_merchant_large", "price_rise"]);
    expect(byKind.price_rise).toBe("Netflix went up from $15.49 to $17.99 (16% more).");
    expect(found.filter((a) => a.kind === "duplicate_charge").map((a) => a.transactionIds)).toEqual([[ids[1], ids[2]]]);
    expect(byKind.duplicate_charge).toBe("Possible duplicate: two charges of $22.10 at Shell 4 minutes apart.");
    expect(byKind.missed_recurring).toBe("We expected your Gym payment (about $40.00) around Nov 2; nothing yet, 18 days late.");
    expect(byKind.new_merchant_large).toMatch(/^First charge at Apple Store: \$1,299\.00/);
  });

  it("stops flagging a merchant and amount band the user called normal, and audits the verdict", async () => {
    const { user, account } = await setup("Normal");
    await insertRows(user.id, account, shellHistory());
    const [big] = await insertRows(user.id, account, [{ date: addDays(TODAY, -1), amount: -8420, merchant: "Shell" }]);
    const [first] = await detectAnomaliesForUser(database().sql, { userId: user.id, transactionIds: [big ?? ""], today: TODAY });
    const result = await recordAnomalyFeedback(user.id, first?.id ?? "", { verdict: "normal" }, { actor: `user:${user.id}` });
    expect(result).toEqual({ id: first?.id, status: "normal", suppressions: 1 });

    const [similar, larger] = await insertRows(user.id, account, [
      { date: TODAY, amount: -9900, merchant: "Shell" },
      { date: TODAY, amount: -20000, merchant: "Shell" },
    ]);
    const found = await detectAnomaliesForUser(database().sql, { userId: user.id, transactionIds: [similar ?? "", larger ?? ""], today: TODAY });
    expect(found.map((a) => a.transactionIds)).toEqual([[larger]]);
    expect(await listAnomalyFlags(user.id, [big ?? ""])).toEqual({});

    const audit = await prisma().auditLog.findMany({ where: { userId: user.id, entityId: first?.id } });
    expect(audit.map((a) => a.action)).toEqual(["anomaly.marked_normal"]);
  });

  it("learns from 'this is normal' on a duplicate (that merchant and amount), and 'a problem' undoes it", async () => {
    const { user, account } = await setup("Twice");
    const pair = (day: string, amount: number): Row[] => [
      { date: day, amount, merchant: "Gym", at: `${day}T07:00:00Z` },
      { date: day, amount, merchant: "Gym", at: `${day}T07:02:00Z` },
    ];
    const first = await insertRows(user.id, account, pair("2026-11-02", -4999));
    const [finding] = await detectAnomaliesForUser(database().sql, { userId: user.id, transactionIds: first, today: "2026-11-02" });
    expect(finding?.explanation).toBe("Possible duplicate: two charges of $49.99 at Gym 2 minutes apart.");
    await recordAnomalyFeedback(user.id, finding?.id ?? "", { verdict: "normal" }, { actor: `user:${user.id}` });

    const again = await insertRows(user.id, account, [...pair("2026-11-10", -4999), ...pair("2026-11-10", -3000)]);
    const found = await detectAnomaliesForUser(database().sql, { userId: user.id, transactionIds: again, today: "2026-11-10" });
    expect(found.map((a) => a.explanation)).toEqual(["Possible duplicate: two charges of $30.00 at Gym 2 minutes apart."]);

    await recordAnomalyFeedback(user.id, finding?.id ?? "", { verdict: "problem" }, { actor: `user:${user.id}` });
    expect(await prisma().anomalySuppression.count({ where: { userId: user.id } })).toBe(0);
    const rerun = await detectAnomaliesForUser(database().sql, { userId: user.id, transactionIds: again, today: "2026-11-10" });
    expect(rerun.map((a) => a.transactionIds)).toEqual([again.slice(0, 2)]);
    const audit = await prisma().auditLog.findMany({ where: { userId: user.id, entityId: finding?.id }, orderBy: { createdAt: "asc" } });
    expect(audit.map((a) => a.action)).toEqual(["anomaly.marked_normal", "anomaly.marked_problem"]);
  });

  it("keeps a finding marked as a problem open as a badge", async () => {
    const { user, account } = await setup("Problem");
    await insertRows(user.id, account, shellHistory());
    const [big] = await insertRows(user.id, account, [{ date: TODAY, amount: -8420, merchant: "Shell" }]);
    const [first] = await detectAnomaliesForUser(database().sql, { userId: user.id, transactionIds: [big ?? ""], today: TODAY });
    await recordAnomalyFeedback(user.id, first?.id ?? "", { verdict: "problem" }, { actor: `user:${user.id}` });
    expect(Object.values(await listAnomalyFlags(user.id, [big ?? ""])).flat().map((f) => f.status)).toEqual(["problem"]);
    expect(await prisma().anomalySuppression.count({ where: { userId: user.id } })).toBe(0);
  });
});

describe("a second user", () => {
  it("cannot run detection on, list, flag or give feedback on the first user's findings", async () => {
    const { user: alice, account } = await setup("Alice2");
    const { user: bob } = await setup("Bob2");
    await insertRows(alice.id, account, shellHistory());
    const [big] = await insertRows(alice.id, account, [{ date: TODAY, amount: -8420, merchant: "Shell" }]);

    expect(await detectAnomaliesForUser(database().sql, { userId: bob.id, transactionIds: [big ?? ""], today: TODAY })).toEqual([]);
    expect(await prisma().anomaly.count({ where: { OR: [{ userId: bob.id }, { userId: alice.id }] } })).toBe(0);
    const [finding] = await detectAnomaliesForUser(database().sql, { userId: alice.id, transactionIds: [big ?? ""], today: TODAY });

    expect(await listAnomalies(bob.id)).toEqual([]);
    expect(await listAnomalyFlags(bob.id, [big ?? ""])).toEqual({});
    const error = await recordAnomalyFeedback(bob.id, finding?.id ?? "", { verdict: "normal" }, { actor: `user:${bob.id}` }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).message).toBe("Anomaly was not found");
    expect((await prisma().anomaly.findUniqueOrThrow({ where: { id: finding?.id ?? "" } })).status).toBe("open");
  });
});

describe("bad input", () => {
  it("is a validation error naming the field", async () => {
    const { user } = await setup("Bad");
    const bad = await detectAnomaliesForUser(database().sql, { userId: user.id, transactionIds: ["not-a-uuid"], today: TODAY }).catch((e: unknown) => e);
    expect(bad).toBeInstanceOf(AppError);
    expect((bad as AppError).code).toBe("validation");
    expect((bad as AppError).message).toMatch(/^transactionIds\.0: /);
    const badDate = await detectAnomaliesForUser(database().sql, { userId: user.id, transactionIds: [], today: "20/11/2026" }).catch((e: unknown) => e);
    expect((badDate as AppError).message).toMatch(/^today: /);
    const verdict = await recordAnomalyFeedback(user.id, "0192a5b0-0000-7000-8000-000000000000", { verdict: "maybe" }, { actor: "user:x" }).catch((e: unknown) => e);
    expect((verdict as Error).message).toMatch(/verdict/);
  });
});
