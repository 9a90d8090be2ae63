import { describe, expect, it } from "vitest";
import { hashString } from "./create-random";
import { bankViewAt } from "./bank-view-at";
import { generateHistory } from "./generate-history";
import { CATEGORY_KEYS } from "./types";

const us = generateHistory({ seed: 42, months: 24, persona: "us", startDate: "2024-01-01" });

describe("generateHistory", () => {
  it("is stable for a seed", () => {
    const again = generateHistory({ seed: 42, months: 24, persona: "us", startDate: "2024-01-01" });
    expect(JSON.stringify(again)).toBe(JSON.stringify(us));
    expect(hashString(JSON.stringify(us.dataset))).toBe(STABLE_HASH);
    expect(generateHistory({ seed: 43, months: 24, persona: "us" }).dataset.transactions[0]?.id).not.toBe(us.dataset.transactions[0]?.id);
  });

  it("emits integer minor units, valid categories and dates inside the window", () => {
    const { transactions, startsAt, endsAt } = us.dataset;
    expect(transactions.length).toBeGreaterThan(1200);
    for (const tx of transactions) {
      expect(Number.isSafeInteger(tx.amount)).toBe(true);
      expect(tx.amount).not.toBe(0);
      expect(CATEGORY_KEYS).toContain(tx.category);
      expect(tx.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(tx.date).toBe(tx.authorizedAt.slice(0, 10));
      expect(tx.appearsAt >= startsAt && tx.appearsAt < endsAt).toBe(true);
      expect(tx.currency).toBe("USD");
    }
    expect(new Set(transactions.map((tx) => tx.id)).size).toBe(transactions.length);
  });

  it("uses realistic raw descriptors per persona", () => {
    const describe = (persona: "us" | "uk" | "in") => generateHistory({ seed: 1, months: 3, persona }).dataset.transactions.map((tx) => tx.description);
    expect(describe("us")).toContain("ACME CORP PAYROLL PPD ID: 1234567890");
    expect(describe("us").some((d) => /^AMZN Mktp US\*[A-Z0-9]{9}$/.test(d))).toBe(true);
    expect(describe("uk")).toContain("SALARY ACME LTD BGC");
    expect(describe("in")).toContain("NEFT-ACME TECHNOLOGIES PVT LTD-SALARY");
    expect(describe("in").some((d) => /^UPI\/DR\/\d{12}\/SWIGGY\/YESB\/swiggy@ybl\/Payment$/.test(d))).toBe(true);
    expect(generateHistory({ seed: 1, months: 3, persona: "in" }).dataset.currency).toBe("INR");
  });

  it("pairs own-account transfers as a debit and an equal credit", () => {
    const byId = new Map(us.dataset.transactions.map((tx) => [tx.id, tx]));
    expect(us.truth.transfers.length).toBeGreaterThan(40);
    for (const pair of us.truth.transfers) {
      const debit = byId.get(pair.debitId);
      const credit = byId.get(pair.creditId);
      expect(debit?.amount).toBe(-(credit?.amount ?? 0));
      expect(debit?.accountId).not.toBe(credit?.accountId);
      expect(debit?.category).toBe("transfers");
    }
  });

  it("labels every injection kind and keeps labels pointing at real records", () => {
    const { truth, dataset } = us;
    const byId = new Map(dataset.transactions.map((tx) => [tx.id, tx]));
    expect(new Set(truth.anomalies.map((a) => a.kind))).toEqual(
      new Set(["large_for_merchant", "new_merchant_large", "duplicate_charge", "price_rise", "missed_recurring", "category_spike"]),
    );
    for (const label of truth.duplicates) {
      const copy = byId.get(label.id);
      const original = byId.get(label.duplicateOf);
      expect(copy && original && { ...copy, id: "", appearsAt: "" }).toEqual(original && { ...original, id: "", appearsAt: "" });
    }
    expect(truth.corrections.length).toBeGreaterThan(0);
    const tipped = truth.pendingPosted.filter((p) => p.pendingAmount !== p.postedAmount);
    expect(tipped.length).toBeGreaterThan(0);
    for (const p of tipped) expect(Math.abs(p.postedAmount)).toBeGreaterThan(Math.abs(p.pendingAmount));
    expect(truth.pendingPosted.some((p) => p.pendingId !== p.postedId)).toBe(true);
    for (const r of truth.removals) expect(byId.get(r.id)?.postedAt).toBeNull();
    const rise = truth.anomalies.find((a) => a.kind === "price_rise" && a.merchantName === "Netflix");
    expect(byId.get(rise?.transactionIds[0] ?? "")?.amount).toBe(-1799);
  });

  it("turns injections off for a clean history that shares the base ids", () => {
    const clean = generateHistory({ seed: 42, months: 24, persona: "us", injections: false });
    expect(clean.truth.anomalies).toEqual([]);
    expect(clean.truth.duplicates).toEqual([]);
    expect(clean.truth.pendingPosted).toEqual([]);
    expect(clean.dataset.transactions.every((tx) => tx.earlierVersions.length === 0 && tx.removedAt === null)).toBe(true);
    expect(clean.dataset.transactions.filter((tx) => tx.description === "PAYPAL *NETFLIX").every((tx) => tx.amount === -1549)).toBe(true);
    const injectedIds = new Set(us.dataset.transactions.map((tx) => tx.id));
    const shared = clean.dataset.transactions.filter((tx) => injectedIds.has(tx.id)).length;
    expect(shared / clean.dataset.transactions.length).toBeGreaterThan(0.95);
  });

  it("keeps the base transactions, and the faults injected into them, independent of the anomalies", () => {
    // Measured before category spikes were topped up and current-account duplicates added: those
    // changes must leave every normal transaction (and its pending phase, correction, re-delivery) as it was.
    const baseIds = new Set(generateHistory({ seed: 42, months: 24, persona: "us", injections: false }).dataset.transactions.map((tx) => tx.id));
    expect(hashString(JSON.stringify(us.dataset.transactions.filter((tx) => baseIds.has(tx.id))))).toBe(BASE_HASH);
  });

  it("labels a category spike only where the month's spending is at least twice the typical month", () => {
    for (const persona of ["us", "uk", "in"] as const) {
      const { dataset, truth } = generateHistory({ seed: 7, months: 24, persona });
      const spikes = truth.anomalies.filter((a) => a.kind === "category_spike");
      expect(spikes.length).toBeGreaterThan(0);
      // Ordinary spending only: other labelled anomalies (a huge grocery bill) are not part of a typical month.
      const others = new Set(truth.anomalies.filter((a) => a.kind !== "category_spike").flatMap((a) => a.transactionIds));
      const monthly = new Map<string, number>();
      for (const tx of dataset.transactions) {
        if (tx.category !== "food_and_dining" || tx.removedAt !== null || others.has(tx.id) || truth.duplicates.some((d) => d.id === tx.id)) continue;
        monthly.set(tx.date.slice(0, 7), (monthly.get(tx.date.slice(0, 7)) ?? 0) - tx.amount);
      }
      const spikeMonths = new Set(spikes.map((s) => s.date.slice(0, 7)));
      const ordinary = [...monthly].filter(([month]) => !spikeMonths.has(month)).map(([, total]) => total).sort((a, b) => a - b);
      const typical = ordinary[Math.floor(ordinary.length / 2)] ?? 0;
      // 2x by construction; bank corrections applied afterwards move a few amounts by up to 5%.
      for (const spike of spikes) expect(monthly.get(spike.date.slice(0, 7)) ?? 0).toBeGreaterThanOrEqual(1.9 * typical);
    }
  });

  it("labels duplicate charges on the card (timed feed) and on the current account (dates only)", () => {
    const { dataset, truth } = generateHistory({ seed: 2, months: 24, persona: "in" });
    const byId = new Map(dataset.transactions.map((tx) => [tx.id, tx]));
    const accounts = truth.anomalies.filter((a) => a.kind === "duplicate_charge").map((a) => byId.get(a.transactionIds[0] ?? "")?.accountId);
    const card = dataset.accounts.find((a) => a.type === "credit_card")?.id;
    expect(accounts).toContain(card);
    expect(accounts.some((id) => id !== undefined && id !== card)).toBe(true);
  });

  it("rejects a start date that is not the first of a month", () => {
    expect(() => generateHistory({ seed: 1, months: 1, persona: "us", startDate: "2024-01-15" })).toThrow(/first day of a month/);
  });
});

describe("bankViewAt", () => {
  const { dataset, truth } = us;

  it("shows a new-id pending row until it posts, then the posted row and a removal", () => {
    const pair = truth.pendingPosted.find((p) => p.pendingId !== p.postedId);
    const pending = dataset.transactions.find((tx) => tx.id === pair?.pendingId);
    const posted = dataset.transactions.find((tx) => tx.id === pair?.postedId);
    if (!pending || !posted || !posted.postedAt) throw new Error("fixture lacks a new-id pending pair");
    const before = bankViewAt(dataset, pending.authorizedAt);
    expect(before.transactions.find((tx) => tx.id === pending.id)?.pending).toBe(true);
    expect(before.transactions.some((tx) => tx.id === posted.id)).toBe(false);
    const after = bankViewAt(dataset, posted.postedAt);
    expect(after.transactions.some((tx) => tx.id === pending.id)).toBe(false);
    expect(after.removed.find((r) => r.id === pending.id)?.removedAt).toBe(posted.postedAt);
    expect(after.transactions.find((tx) => tx.id === posted.id)).toMatchObject({ pending: false, pendingTransactionId: pending.id, amount: posted.amount });
  });

  it("shows the amount before and after a correction and marks it updated", () => {
    const correction = truth.corrections[0];
    if (!correction) throw new Error("no correction");
    const justBefore = new Date(Date.parse(correction.correctedAt) - 1).toISOString();
    const beforeTx = bankViewAt(dataset, justBefore).transactions.find((tx) => tx.id === correction.id);
    const afterTx = bankViewAt(dataset, correction.correctedAt).transactions.find((tx) => tx.id === correction.id);
    expect(beforeTx?.[correction.field]).toBe(correction.before);
    expect(afterTx?.[correction.field]).toBe(correction.after);
    expect(afterTx?.updatedAt).toBe(correction.correctedAt);
  });

  it("reports ledger balances that ignore re-delivered duplicates", () => {
    const view = bankViewAt(dataset, dataset.endsAt);
    const checking = view.accounts.find((a) => a.type === "checking");
    const account = dataset.accounts.find((a) => a.id === checking?.id);
    const duplicateIds = new Set(truth.duplicates.map((d) => d.id));
    const posted = view.transactions.filter((tx) => tx.accountId === checking?.id && !tx.pending && !duplicateIds.has(tx.id));
    expect(checking?.currentBalance).toBe((account?.openingBalance ?? 0) + posted.reduce((sum, tx) => sum + tx.amount, 0));
    expect(bankViewAt(dataset, dataset.endsAt, { bankId: "bank-b" }).accounts.map((a) => a.type)).toEqual(["credit_card"]);
  });
});

const STABLE_HASH = 4244207539;
const BASE_HASH = 1627925214;
