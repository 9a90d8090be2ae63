import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { listAuditLog, parseAuditFilters } from "@/lib/audit/list-audit-log";
import { applyCorrection } from "@/lib/corrections/apply-correction";
import { revertCorrection } from "@/lib/corrections/revert-correction";
import { prisma } from "@/lib/db";
import { toErrorResponse } from "@/lib/errors";
import { createManualTransaction } from "@/lib/manual-transactions/create-manual-transaction";
import { findTransfers } from "@/lib/reconcile/find-transfers";
import { listReconciliations, reconcileAccount } from "@/lib/reconcile/reconcile-account";
import { createManualAccount, createTransaction, createUser } from "../helpers/factories";

const statusOf = async (promise: Promise<unknown>) => toErrorResponse(await promise.then(() => null, (e: unknown) => e));

describe("transfer matching", () => {
  it("links the debit and the matching credit in the user's other account and keeps them out of spending; unmarking sticks", async () => {
    const user = await createUser();
    const checking = await createManualAccount(user.id, "Checking");
    const savings = await createManualAccount(user.id, "Savings");
    const debit = await createTransaction(user.id, checking, -50_000, "TRANSFER TO SAVINGS", "2026-03-01");
    const credit = await createTransaction(user.id, savings, 50_000, "TRANSFER FROM CHECKING", "2026-03-02");
    const decoy = await createTransaction(user.id, checking, 50_000, "REFUND", "2026-03-02");
    expect(await findTransfers(user.id, {}, new Date("2026-03-31T12:00:00Z"))).toEqual({ linked: 1 });
    const rows = await prisma().transaction.findMany({ where: { id: { in: [debit, credit, decoy] } }, select: { id: true, isTransfer: true, transferPeerId: true } });
    expect(rows.find((r) => r.id === debit)).toEqual({ id: debit, isTransfer: true, transferPeerId: credit });
    expect(rows.find((r) => r.id === credit)).toEqual({ id: credit, isTransfer: true, transferPeerId: debit });
    expect(rows.find((r) => r.id === decoy)?.isTransfer).toBe(false);
    expect(await prisma().auditLog.count({ where: { userId: user.id, action: "transaction.transfer_matched" } })).toBe(1);

    const unmark = await applyCorrection(user.id, debit, { field: "transfer", isTransfer: false });
    expect(await findTransfers(user.id, {}, new Date("2026-03-31T12:00:00Z"))).toEqual({ linked: 0 });
    expect((await prisma().transaction.findUniqueOrThrow({ where: { id: debit } })).isTransfer).toBe(false);
    await revertCorrection(user.id, unmark.correctionId);
    expect(await prisma().transaction.findUniqueOrThrow({ where: { id: debit } })).toMatchObject({ isTransfer: true, transferPeerId: credit });
  });

  it("matches a manual entry as it is created", async () => {
    const user = await createUser();
    const checking = await createManualAccount(user.id, "Checking");
    const savings = await createManualAccount(user.id, "Savings");
    const debit = await createTransaction(user.id, checking, -12_500, "MOVE TO SAVINGS", "2026-03-01");
    const created = await createManualTransaction(user.id, { kind: "income", accountId: savings, date: "2026-03-01", description: "From checking", amount: "125.00" });
    expect(await prisma().transaction.findUniqueOrThrow({ where: { id: debit } })).toMatchObject({ isTransfer: true, transferPeerId: created.transactions[0]?.id });
  });
});

describe("account reconciliation", () => {
  it("shows the difference against the ledger and the rows that explain it", async () => {
    const user = await createUser();
    const account = await createManualAccount(user.id);
    await createTransaction(user.id, account, 100_000, "PAYROLL", "2026-03-01");
    const dup = await createTransaction(user.id, account, -2_500, "GYM", "2026-03-05");
    const late = await createTransaction(user.id, account, -1_000, "BOOKSHOP", "2026-03-12");
    const pending = await createTransaction(user.id, account, -700, "CAFE", "2026-03-09");
    await prisma().transaction.update({ where: { id: pending }, data: { pending: true } });
    const view = await reconcileAccount(user.id, account, { statementDate: "2026-03-10", statementBalance: "978.00" });
    expect([view.ledgerBalance, view.statementBalance, view.difference]).toEqual([96_800, 97_800, 1_000]);
    expect(view.explaining.map((t) => [t.id, t.reason.split(":")[0]])).toEqual([
      [late, "Booked after the statement date"],
      [pending, "Pending"],
    ]);
    const exact = await reconcileAccount(user.id, account, { statementDate: "2026-03-10", statementBalance: "943.00" });
    expect(exact.difference).toBe(-2_500);
    expect(exact.explaining.map((t) => t.id)).toContain(dup);
    expect((await listReconciliations(user.id, account)).items.map((r) => r.id)).toEqual([exact.id, view.id]);
    expect(await prisma().auditLog.count({ where: { userId: user.id, action: "account.reconciled" } })).toBe(2);
  });

  it("refuses bad input with 422 naming the field and another user's account with 404", async () => {
    const user = await createUser();
    const account = await createManualAccount(user.id);
    expect(await statusOf(reconcileAccount(user.id, account, { statementDate: "yesterday", statementBalance: "1" }))).toMatchObject({ status: 422, body: { error: { message: "statementDate: must be a date as YYYY-MM-DD" } } });
    expect(await statusOf(reconcileAccount(user.id, account, { statementDate: "2026-03-01", statementBalance: "12,00" }))).toMatchObject({ status: 422, body: { error: { message: "statementBalance: must be an amount like 1234.56" } } });
    const mallory = await createUser("Mallory");
    expect(await statusOf(reconcileAccount(mallory.id, account, { statementDate: "2026-03-01", statementBalance: "1" }))).toMatchObject({ status: 404 });
    expect(await statusOf(listReconciliations(mallory.id, account))).toMatchObject({ status: 404 });
  });
});

describe("the audit trail", () => {
  it("lists the user's entries with filters, newest first, and never another user's", async () => {
    const user = await createUser();
    const account = await createManualAccount(user.id);
    const tx = await createTransaction(user.id, account, -500, "TEA", "2026-03-01");
    await applyCorrection(user.id, tx, { field: "notes", notes: "green" }, { requestId: "req-audit" });
    await reconcileAccount(user.id, account, { statementDate: "2026-03-01", statementBalance: "-5.00" });
    const all = await listAuditLog(user.id, parseAuditFilters({}));
    expect(all.items.slice(0, 2).map((e) => e.action)).toEqual(["account.reconciled", "transaction.corrected"]);
    const corrected = await listAuditLog(user.id, parseAuditFilters({ action: "transaction.corrected" }));
    expect(corrected.items.map((e) => [e.entityId, e.requestId, e.before, e.after])).toEqual([[tx, "req-audit", { field: "notes", notes: null, source: "bank" }, { field: "notes", notes: "green" }]]);
    expect((await listAuditLog(user.id, parseAuditFilters({ entityType: "Reconciliation" }))).items).toHaveLength(1);
    expect((await listAuditLog(user.id, parseAuditFilters({ to: "2000-01-01" }))).items).toEqual([]);
    const mallory = await createUser("Mallory");
    expect((await listAuditLog(mallory.id, parseAuditFilters({}))).items.every((e) => e.entityId !== tx)).toBe(true);
    expect(() => parseAuditFilters({ from: "soon" })).toThrow("must be a date as YYYY-MM-DD");
  });

  it("is append-only: no code under lib/ or app/ updates or deletes AuditLog rows", () => {
    const offenders: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (name === "generated" || name === "node_modules") continue;
        if (statSync(path).isDirectory()) walk(path);
        else if (/\.(ts|tsx)$/.test(name) && /auditLog\s*\.\s*(update|updateMany|upsert|delete|deleteMany)\b|(UPDATE|DELETE FROM)\s+"AuditLog"/.test(readFileSync(path, "utf8"))) offenders.push(path);
      }
    };
    walk("lib");
    walk("app");
    expect(offenders).toEqual([]);
  });
});
