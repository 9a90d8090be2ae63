import { z } from "zod";
import { createStream, type Random } from "./create-random";
import {
  addDays,
  addMonthsToMonthStart,
  addMs,
  countDaysInMonth,
  localTimeToInstant,
  MS_PER_DAY,
  MS_PER_HOUR,
  MS_PER_MINUTE,
  parseIsoDate,
} from "./calendar";
import { getPersona, type AccountRole, type PersonaSpec, type RecurringSpec, type SpendingSpec } from "./personas";
import {
  ALL_INJECTIONS,
  NO_INJECTIONS,
  type AnomalyLabel,
  type GeneratedAccount,
  type GeneratedDataset,
  type GeneratedTransaction,
  type GroundTruth,
  type InjectionOptions,
} from "./types";

export const GenerateHistoryInputSchema = z.object({
  seed: z.number().int().min(0).max(0xffffffff),
  months: z.number().int().min(1).max(120),
  persona: z.enum(["us", "uk", "in"]).default("us"),
  startDate: z
    .string()
    .regex(/^\d{4}-\d{2}-01$/, "startDate must be the first day of a month, YYYY-MM-01")
    .default("2024-01-01"),
  injections: z
    .union([
      z.boolean(),
      z.object({
        anomalies: z.boolean().optional(),
        duplicates: z.boolean().optional(),
        corrections: z.boolean().optional(),
        pendingToPosted: z.boolean().optional(),
        removals: z.boolean().optional(),
      }),
    ])
    .default(true),
});
export type GenerateHistoryInput = z.input<typeof GenerateHistoryInputSchema>;

export interface GeneratedHistory {
  dataset: GeneratedDataset;
  truth: GroundTruth;
}

/** Rates per eligible transaction; chosen so a 24-month history has a handful of each, not hundreds. */
const PENDING_PHASE_RATE = 0.3;
const PENDING_NEW_ID_RATE = 0.4;
const TIP_RATE = 0.7;
const CORRECTION_RATE = 0.01;
const DUPLICATE_RATE = 0.006;
const HOLD_RATE_PER_MONTH = 0.5;
const REFUND_RATE_PER_MONTH = 0.3;

/**
 * A labelled category spike is a month a person would call one: extra purchases of ordinary size at
 * the category's usual merchants (not one huge charge, which is large-spend news) that bring the
 * month's spending in the category to at least SPIKE_MULTIPLE_OF_TYPICAL times its typical month
 * (the median of the history's other months, net of refunds). "I spent twice my usual on eating
 * out this month." Eight to twelve extra card purchases alone were often inside ordinary
 * month-to-month variation, so they are topped up to that level.
 */
const SPIKE_CATEGORY = "food_and_dining";
const SPIKE_MULTIPLE_OF_TYPICAL = 2;
/** A guard against a persona with no dining spending; a real top-up needs about a typical month of purchases (~20). */
const SPIKE_MAX_TOP_UPS = 80;

interface Draft {
  tx: GeneratedTransaction;
  month: number;
  source: "recurring" | "spending" | "transfer" | "interest" | "refund" | "card_payment" | "anomaly";
  specIndex: number;
  tipped: boolean;
  /** Part of the bank's real ledger (false for re-delivered duplicates and vanished pending rows). */
  ledger: boolean;
}

interface Context {
  persona: PersonaSpec;
  accountIds: Record<AccountRole, string>;
  usedIds: Set<string>;
  endsAt: string;
}

function fillTemplate(template: string, random: Random): string {
  return template.replace(/\{([DA])(\d+)\}/g, (_, kind: string, length: string) => {
    const n = Number(length);
    let out = "";
    for (let i = 0; i < n; i += 1) {
      out += kind === "D" ? String(random.int(0, 9)) : random.pick([..."ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"]);
    }
    return out;
  });
}

function makeId(prefix: string, random: Random, used: Set<string>): string {
  for (;;) {
    const id = `${prefix}_${random.hex(16).toLowerCase()}`;
    if (!used.has(id)) {
      used.add(id);
      return id;
    }
  }
}

/** Bernoulli trials instead of exp()-based Poisson so counts are bit-identical on every platform. */
function drawCount(perMonth: number, random: Random): number {
  const trials = Math.max(1, Math.ceil(perMonth) * 2);
  let count = 0;
  for (let i = 0; i < trials; i += 1) if (random.chance(perMonth / trials)) count += 1;
  return count;
}

interface TxFields {
  accountId: string;
  authorizedAt: string;
  postedAt: string;
  amount: number;
  description: string;
  merchantName: string | null;
  merchantCity: string | null;
  mcc: string | null;
  category: GeneratedTransaction["category"];
}

function makeTransaction(ctx: Context, random: Random, fields: TxFields): GeneratedTransaction {
  return {
    id: makeId("txn", random, ctx.usedIds),
    accountId: fields.accountId,
    currency: ctx.persona.currency,
    date: fields.authorizedAt.slice(0, 10),
    authorizedAt: fields.authorizedAt,
    postedAt: fields.postedAt,
    appearsAt: fields.postedAt,
    removedAt: null,
    amount: fields.amount,
    description: fields.description,
    merchantName: fields.merchantName,
    merchantCity: fields.merchantCity,
    mcc: fields.mcc,
    category: fields.category,
    pendingTransactionId: null,
    earlierVersions: [],
  };
}

/** Card and point-of-sale payments settle a day or two after authorization; ACH and transfers post at once. */
function cardPostingInstant(authorizedAt: string, random: Random): string {
  return addMs(authorizedAt, random.int(1, 2) * MS_PER_DAY + random.int(0, 8) * MS_PER_HOUR);
}

function localInstant(ctx: Context, date: string, random: Random, fromHour = 8, toHour = 21): string {
  return localTimeToInstant(date, random.int(fromHour, toHour), random.int(0, 59), ctx.persona.utcOffsetMinutes);
}

function monthDate(startDate: string, month: number, dayOfMonth: number): string {
  const monthStart = addMonthsToMonthStart(startDate, month);
  const { year, month: monthNumber } = parseIsoDate(monthStart);
  return addDays(monthStart, Math.min(dayOfMonth, countDaysInMonth(year, monthNumber)) - 1);
}

function recurringAmount(spec: RecurringSpec, month: number, random: Random, priceRises: boolean): number {
  const base = random.int(spec.min, spec.max);
  const magnitude = priceRises && spec.priceRise && month >= spec.priceRise.fromMonth ? spec.priceRise.amount : base;
  return spec.direction === "in" ? magnitude : -magnitude;
}

function spendingTransaction(ctx: Context, random: Random, spec: SpendingSpec, authorizedAt: string, amount: number): GeneratedTransaction {
  return makeTransaction(ctx, random, {
    accountId: ctx.accountIds[spec.role],
    authorizedAt,
    postedAt: cardPostingInstant(authorizedAt, random),
    amount,
    description: fillTemplate(spec.descriptor, random),
    merchantName: spec.merchantName,
    merchantCity: spec.city,
    mcc: spec.mcc,
    category: spec.category,
  });
}

/**
 * Builds a labeled synthetic history. Pure: the same input always yields the same output.
 * Each concern (base history, anomalies, pending, corrections, removals, duplicates) draws from its own
 * seeded stream, so a clean history (injections off) shares its base transactions with the injected one.
 */
export function generateHistory(rawInput: GenerateHistoryInput): GeneratedHistory {
  const input = GenerateHistoryInputSchema.parse(rawInput);
  const injections: InjectionOptions =
    input.injections === true
      ? ALL_INJECTIONS
      : input.injections === false
        ? NO_INJECTIONS
        : { ...NO_INJECTIONS, ...input.injections };
  const persona = getPersona(input.persona);
  const { seed, months, startDate } = input;
  const endsAt = `${addMonthsToMonthStart(startDate, months)}T00:00:00.000Z`;
  const startsAt = `${startDate}T00:00:00.000Z`;

  const idStream = createStream(seed, "ids");
  const usedIds = new Set<string>();
  const accountIds: Record<AccountRole, string> = { primary: "", savings: "", card: "" };
  for (const spec of persona.accounts) accountIds[spec.role] = makeId("acc", idStream, usedIds);
  const ctx: Context = { persona, accountIds, usedIds, endsAt };

  const truth: GroundTruth = {
    seed,
    persona: input.persona,
    anomalies: [],
    duplicates: [],
    corrections: [],
    pendingPosted: [],
    removals: [],
    transfers: [],
  };

  const anomalyStream = createStream(seed, "anomalies");
  const anomalyMonths = months >= 4 ? { from: 3, to: months - 1 } : { from: 0, to: months - 1 };
  const occurrences = Math.max(1, Math.round(months / 12));
  const pickAnomalyMonth = (): number => anomalyStream.int(anomalyMonths.from, anomalyMonths.to);

  const missed = new Set<string>();
  if (injections.anomalies) {
    const candidates = persona.recurring
      .map((spec, index) => ({ spec, index }))
      .filter(({ spec }) => spec.direction === "out" && spec.role === "card");
    for (let i = 0; i < occurrences; i += 1) {
      const { spec, index } = anomalyStream.pick(candidates);
      const month = pickAnomalyMonth();
      const key = `${index}:${month}`;
      if (missed.has(key)) continue;
      missed.add(key);
      truth.anomalies.push({
        kind: "missed_recurring",
        accountId: accountIds[spec.role],
        transactionIds: [],
        merchantName: spec.merchantName,
        category: spec.category,
        date: monthDate(startDate, month, spec.dayOfMonth),
        detail: `${spec.merchantName} did not charge in month ${month}`,
      });
    }
  }

  const drafts: Draft[] = generateBaseDrafts(ctx, input.seed, months, startDate, injections.anomalies, missed, truth);

  const lateAnomalies = injections.anomalies ? injectAnomalies(ctx, drafts, truth, anomalyStream, pickAnomalyMonth, occurrences, startDate) : [];

  if (injections.pendingToPosted) injectPendingPhases(ctx, drafts, truth, createStream(seed, "pending"));
  if (injections.corrections) injectCorrections(ctx, drafts, truth, createStream(seed, "corrections"));
  if (injections.removals) injectRemovals(ctx, drafts, truth, createStream(seed, "removals"), months, startDate);
  if (injections.duplicates) injectDuplicates(ctx, drafts, truth, createStream(seed, "duplicates"));
  drafts.push(...lateAnomalies);

  const kept = drafts.filter((draft) => draft.tx.appearsAt < endsAt);
  kept.sort((a, b) => (a.tx.authorizedAt === b.tx.authorizedAt ? (a.tx.id < b.tx.id ? -1 : 1) : a.tx.authorizedAt < b.tx.authorizedAt ? -1 : 1));
  const keptIds = new Set(kept.map((draft) => draft.tx.id));
  truth.anomalies = truth.anomalies.filter((label) => label.transactionIds.every((id) => keptIds.has(id)));
  truth.duplicates = truth.duplicates.filter((label) => keptIds.has(label.id));
  truth.corrections = truth.corrections.filter((label) => keptIds.has(label.id));
  truth.pendingPosted = truth.pendingPosted.filter((label) => keptIds.has(label.pendingId) && keptIds.has(label.postedId));
  truth.removals = truth.removals.filter((label) => keptIds.has(label.id));
  truth.transfers = truth.transfers.filter((label) => keptIds.has(label.debitId) && keptIds.has(label.creditId));

  const accounts: GeneratedAccount[] = persona.accounts.map((spec) => ({
    id: accountIds[spec.role],
    bankId: spec.bankId,
    name: spec.name,
    type: spec.type,
    currency: persona.currency,
    mask: spec.mask,
    openingBalance: spec.openingBalance,
    creditLimit: spec.creditLimit,
    balanceHistory: computeBalanceHistory(spec.openingBalance, kept.filter((d) => d.ledger && d.tx.accountId === accountIds[spec.role]), endsAt),
  }));

  return {
    dataset: {
      seed,
      persona: input.persona,
      currency: persona.currency,
      utcOffsetMinutes: persona.utcOffsetMinutes,
      startsAt,
      endsAt,
      accounts,
      transactions: kept.map((draft) => draft.tx),
    },
    truth,
  };
}

function generateBaseDrafts(
  ctx: Context,
  seed: number,
  months: number,
  startDate: string,
  priceRises: boolean,
  missed: Set<string>,
  truth: GroundTruth,
): Draft[] {
  const { persona, accountIds } = ctx;
  const random = createStream(seed, "base");
  const drafts: Draft[] = [];
  const add = (tx: GeneratedTransaction, month: number, source: Draft["source"], specIndex = -1, tipped = false): void => {
    drafts.push({ tx, month, source, specIndex, tipped, ledger: true });
  };

  for (let month = 0; month < months; month += 1) {
    persona.recurring.forEach((spec, index) => {
      const date = monthDate(startDate, month, spec.dayOfMonth);
      const authorizedAt = localTimeToInstant(date, 6, random.int(0, 59), persona.utcOffsetMinutes);
      const amount = recurringAmount(spec, month, random, priceRises);
      const tx = makeTransaction(ctx, random, {
        accountId: accountIds[spec.role],
        authorizedAt,
        postedAt: authorizedAt,
        amount,
        description: fillTemplate(spec.descriptor, random),
        merchantName: spec.merchantName,
        merchantCity: spec.city,
        mcc: spec.mcc,
        category: spec.category,
      });
      // Draws happen before the skip so a missed charge does not shift the rest of the base history.
      if (!missed.has(`${index}:${month}`)) add(tx, month, "recurring", index);
    });

    const monthStart = addMonthsToMonthStart(startDate, month);
    const { year, month: monthNumber } = parseIsoDate(monthStart);
    const days = countDaysInMonth(year, monthNumber);
    persona.spending.forEach((spec, index) => {
      const count = drawCount(spec.perMonth, random);
      for (let i = 0; i < count; i += 1) {
        const authorizedAt = localInstant(ctx, addDays(monthStart, random.int(0, days - 1)), random);
        add(spendingTransaction(ctx, random, spec, authorizedAt, -random.int(spec.min, spec.max)), month, "spending", index, spec.tipped === true);
      }
    });

    const transfer = persona.savingsTransfer;
    const transferAt = localTimeToInstant(monthDate(startDate, month, transfer.dayOfMonth), 9, random.int(0, 59), persona.utcOffsetMinutes);
    const debit = makeTransaction(ctx, random, {
      accountId: accountIds.primary,
      authorizedAt: transferAt,
      postedAt: transferAt,
      amount: -transfer.amount,
      description: fillTemplate(transfer.debitDescriptor, random),
      merchantName: null,
      merchantCity: null,
      mcc: null,
      category: "transfers",
    });
    const credit = makeTransaction(ctx, random, {
      ...debit,
      accountId: accountIds.savings,
      authorizedAt: transferAt,
      postedAt: transferAt,
      amount: transfer.amount,
      description: fillTemplate(transfer.creditDescriptor, random),
    });
    add(debit, month, "transfer");
    add(credit, month, "transfer");
    truth.transfers.push({ debitId: debit.id, creditId: credit.id });

    const savingsOpening = persona.accounts.find((a) => a.role === "savings")?.openingBalance ?? 0;
    const interestAt = localTimeToInstant(monthDate(startDate, month, 31), 4, 0, persona.utcOffsetMinutes);
    add(
      makeTransaction(ctx, random, {
        accountId: accountIds.savings,
        authorizedAt: interestAt,
        postedAt: interestAt,
        amount: random.int(Math.round((savingsOpening * 30) / 10_000), Math.round((savingsOpening * 40) / 10_000)),
        description: persona.interestDescriptor,
        merchantName: null,
        merchantCity: null,
        mcc: null,
        category: "income",
      }),
      month,
      "interest",
    );

    if (month > 0 && random.chance(REFUND_RATE_PER_MONTH)) {
      const refundable = drafts.filter((d) => d.source === "spending" && d.month === month - 1 && persona.spending[d.specIndex]?.refundDescriptor !== undefined);
      if (refundable.length > 0) {
        const original = random.pick(refundable);
        const spec = persona.spending[original.specIndex];
        const refundAt = addMs(original.tx.authorizedAt, random.int(3, 12) * MS_PER_DAY);
        add(
          makeTransaction(ctx, random, {
            ...original.tx,
            authorizedAt: refundAt,
            postedAt: cardPostingInstant(refundAt, random),
            amount: -original.tx.amount,
            description: fillTemplate(spec?.refundDescriptor ?? original.tx.description, random),
          }),
          month,
          "refund",
        );
      }
    }
  }

  addCardPayments(ctx, drafts, random, months, startDate, truth);
  return drafts;
}

/** Pay the card in full each month for what posted to it the month before, so card debt stays realistic. */
function addCardPayments(ctx: Context, drafts: Draft[], random: Random, months: number, startDate: string, truth: GroundTruth): void {
  const { persona, accountIds } = ctx;
  for (let month = 1; month < months; month += 1) {
    const from = `${addMonthsToMonthStart(startDate, month - 1)}T00:00:00.000Z`;
    const to = `${addMonthsToMonthStart(startDate, month)}T00:00:00.000Z`;
    const owed = -drafts
      .filter((d) => d.source !== "card_payment" && d.tx.accountId === accountIds.card && d.tx.postedAt !== null && d.tx.postedAt >= from && d.tx.postedAt < to)
      .reduce((sum, d) => sum + d.tx.amount, 0);
    if (owed <= 0) continue;
    const payAt = localTimeToInstant(monthDate(startDate, month, persona.cardPayment.dayOfMonth), 7, random.int(0, 59), persona.utcOffsetMinutes);
    const shared = { authorizedAt: payAt, postedAt: payAt, merchantName: null, merchantCity: null, mcc: null, category: "transfers" as const };
    const debit = makeTransaction(ctx, random, { ...shared, accountId: accountIds.primary, amount: -owed, description: fillTemplate(persona.cardPayment.debitDescriptor, random) });
    const credit = makeTransaction(ctx, random, { ...shared, accountId: accountIds.card, amount: owed, description: fillTemplate(persona.cardPayment.creditDescriptor, random) });
    drafts.push({ tx: debit, month, source: "card_payment", specIndex: -1, tipped: false, ledger: true });
    drafts.push({ tx: credit, month, source: "card_payment", specIndex: -1, tipped: false, ledger: true });
    truth.transfers.push({ debitId: debit.id, creditId: credit.id });
  }
}

/**
 * Adds labelled anomalies to the drafts and returns the later ones (category-spike top-ups,
 * current-account duplicates), which the caller appends only after the feed faults (pending
 * phases, corrections, removals, re-deliveries) are injected: those injectors draw once per draft
 * in order, so more drafts here would shift every later base transaction's faults and change
 * existing seeds' normal transactions. The later ones also draw last from this stream.
 */
function injectAnomalies(
  ctx: Context,
  drafts: Draft[],
  truth: GroundTruth,
  random: Random,
  pickMonth: () => number,
  occurrences: number,
  startDate: string,
): Draft[] {
  const { persona, accountIds } = ctx;
  const addAnomaly = (tx: GeneratedTransaction, month: number, label: Omit<AnomalyLabel, "accountId" | "date">): void => {
    drafts.push({ tx, month, source: "anomaly", specIndex: -1, tipped: false, ledger: true });
    truth.anomalies.push({ ...label, accountId: tx.accountId, date: tx.date });
  };
  const dayIn = (month: number): string => monthDate(startDate, month, random.int(1, 28));

  persona.recurring.forEach((spec, index) => {
    if (!spec.priceRise) return;
    const first = drafts.find((d) => d.source === "recurring" && d.specIndex === index && d.month >= (spec.priceRise?.fromMonth ?? 0));
    if (!first) return;
    truth.anomalies.push({
      kind: "price_rise",
      accountId: first.tx.accountId,
      transactionIds: [first.tx.id],
      merchantName: spec.merchantName,
      category: spec.category,
      date: first.tx.date,
      detail: `${spec.merchantName} rose from ${spec.max} to ${spec.priceRise.amount}`,
    });
  });

  const frequent = persona.spending.filter((spec) => spec.perMonth >= 2);
  for (let i = 0; i < occurrences; i += 1) {
    const month = pickMonth();
    const spec = random.pick(frequent);
    const amount = -spec.max * random.int(4, 8);
    const tx = spendingTransaction(ctx, random, spec, localInstant(ctx, dayIn(month), random), amount);
    addAnomaly(tx, month, { kind: "large_for_merchant", transactionIds: [tx.id], merchantName: spec.merchantName, category: spec.category, detail: `${-amount} is far above the usual ${spec.min}-${spec.max}` });
  }

  // Each big-ticket merchant at most once: a second charge there is not a "first ever charge".
  const unusedBigTicket = [...persona.bigTicket];
  for (let i = 0; i < occurrences && unusedBigTicket.length > 0; i += 1) {
    const month = pickMonth();
    const big = random.pick(unusedBigTicket);
    unusedBigTicket.splice(unusedBigTicket.indexOf(big), 1);
    const spec: SpendingSpec = { ...big, perMonth: 0, role: "card" };
    const tx = spendingTransaction(ctx, random, spec, localInstant(ctx, dayIn(month), random), -random.int(big.min, big.max));
    addAnomaly(tx, month, { kind: "new_merchant_large", transactionIds: [tx.id], merchantName: big.merchantName, category: big.category, detail: `first ever charge at ${big.merchantName}` });
  }

  for (let i = 0; i < occurrences; i += 1) {
    const month = pickMonth();
    const candidates = drafts.filter((d) => d.source === "spending" && d.month === month && d.tx.accountId === accountIds.card);
    if (candidates.length === 0) continue;
    const original = random.pick(candidates);
    const authorizedAt = addMs(original.tx.authorizedAt, random.int(1, 20) * MS_PER_MINUTE);
    const tx = makeTransaction(ctx, random, { ...original.tx, authorizedAt, postedAt: original.tx.postedAt ?? authorizedAt });
    addAnomaly(tx, month, { kind: "duplicate_charge", transactionIds: [tx.id], merchantName: tx.merchantName, category: tx.category, detail: `charged twice: ${tx.id} repeats ${original.tx.id} minutes later` });
  }

  const spikes: Array<{ month: number; extras: GeneratedTransaction[] }> = [];
  for (let i = 0; i < occurrences; i += 1) {
    const month = pickMonth();
    const dining = persona.spending.filter((spec) => spec.category === SPIKE_CATEGORY && spec.role === "card");
    const extras: GeneratedTransaction[] = [];
    const extra = random.int(8, 12);
    for (let k = 0; k < extra; k += 1) {
      const spec = random.pick(dining);
      const tx = spendingTransaction(ctx, random, spec, localInstant(ctx, dayIn(month), random), -random.int(spec.min, spec.max));
      drafts.push({ tx, month, source: "anomaly", specIndex: -1, tipped: false, ledger: true });
      extras.push(tx);
    }
    if (extras.length > 0) spikes.push({ month, extras });
  }

  // Top-ups draw after every spike's first purchases, so those draws (and the drafts) stay as they were.
  const late: Draft[] = [];
  const base = monthlySpend(drafts, SPIKE_CATEGORY);
  const usual = persona.spending.filter((spec) => spec.category === SPIKE_CATEGORY);
  const weight = usual.reduce((sum, spec) => sum + spec.perMonth, 0);
  for (const { month, extras } of spikes) {
    const monthKey = monthDate(startDate, month, 1).slice(0, 7);
    const typical = medianOf([...base].filter(([key]) => key !== monthKey).map(([, amount]) => amount));
    let total = (base.get(monthKey) ?? 0) - extras.reduce((sum, tx) => sum + tx.amount, 0);
    // Ordinary purchases in the category's own mix of merchants, until the month is a spike.
    for (let topUps = 0; total < SPIKE_MULTIPLE_OF_TYPICAL * typical && topUps < SPIKE_MAX_TOP_UPS; topUps += 1) {
      let at = random.next() * weight;
      const spec = usual.find((s) => (at -= s.perMonth) < 0) ?? usual[usual.length - 1];
      if (!spec) break;
      const tx = spendingTransaction(ctx, random, spec, localInstant(ctx, dayIn(month), random), -random.int(spec.min, spec.max));
      late.push({ tx, month, source: "anomaly", specIndex: -1, tipped: false, ledger: true });
      extras.push(tx);
      total -= tx.amount;
    }
    truth.anomalies.push({
      kind: "category_spike",
      accountId: accountIds.card,
      transactionIds: extras.map((tx) => tx.id),
      merchantName: null,
      category: SPIKE_CATEGORY,
      date: monthDate(startDate, month, 1),
      detail: `${extras.length} extra dining purchases in month ${month}: ${total} against a typical month of ${typical}`,
    });
  }

  // A current account's feed carries only a date, not a time of day: a duplicate there must be found without one.
  const addLate = (tx: GeneratedTransaction, month: number, label: Omit<AnomalyLabel, "accountId" | "date">): void => {
    late.push({ tx, month, source: "anomaly", specIndex: -1, tipped: false, ledger: true });
    truth.anomalies.push({ ...label, accountId: tx.accountId, date: tx.date });
  };
  for (let i = 0; i < occurrences; i += 1) {
    const month = pickMonth();
    const candidates = drafts.filter((d) => d.source === "spending" && d.month === month && d.tx.accountId !== accountIds.card);
    if (candidates.length === 0) continue;
    const original = random.pick(candidates);
    const authorizedAt = addMs(original.tx.authorizedAt, random.int(1, 20) * MS_PER_MINUTE);
    const tx = makeTransaction(ctx, random, { ...original.tx, authorizedAt, postedAt: original.tx.postedAt ?? authorizedAt });
    addLate(tx, month, { kind: "duplicate_charge", transactionIds: [tx.id], merchantName: tx.merchantName, category: tx.category, detail: `charged twice: ${tx.id} repeats ${original.tx.id} minutes later` });
  }
  return late;
}

/** The category's spending per calendar month (YYYY-MM of the transaction date), net of refunds, injected anomalies left out. */
function monthlySpend(drafts: readonly Draft[], category: string): Map<string, number> {
  const byMonth = new Map<string, number>();
  for (const { tx, source } of drafts) {
    if (tx.category !== category || source === "anomaly") continue;
    const key = tx.date.slice(0, 7);
    byMonth.set(key, (byMonth.get(key) ?? 0) - tx.amount);
  }
  return byMonth;
}

function medianOf(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  if (sorted.length === 0) return 0;
  return sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : Math.round(((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2);
}

function injectPendingPhases(ctx: Context, drafts: Draft[], truth: GroundTruth, random: Random): void {
  const eligible = drafts.filter((d) => d.tx.postedAt !== null && d.tx.postedAt > d.tx.authorizedAt);
  for (const draft of eligible) {
    if (!random.chance(PENDING_PHASE_RATE)) continue;
    const tx = draft.tx;
    const postedAt = tx.postedAt ?? tx.authorizedAt;
    // A restaurant authorizes the bill before the tip; the posted amount is the larger final one.
    const pendingAmount = draft.tipped && random.chance(TIP_RATE) ? Math.round((tx.amount * 100) / (100 + random.int(15, 20))) : tx.amount;
    if (random.chance(PENDING_NEW_ID_RATE)) {
      const pending: GeneratedTransaction = {
        ...tx,
        id: makeId("txn", random, ctx.usedIds),
        postedAt: null,
        appearsAt: tx.authorizedAt,
        removedAt: postedAt,
        amount: pendingAmount,
        earlierVersions: [],
      };
      tx.pendingTransactionId = pending.id;
      drafts.push({ ...draft, tx: pending, ledger: false });
      truth.pendingPosted.push({ pendingId: pending.id, postedId: tx.id, pendingAmount, postedAmount: tx.amount });
    } else {
      tx.appearsAt = tx.authorizedAt;
      if (pendingAmount !== tx.amount) tx.earlierVersions.push({ amount: pendingAmount, description: tx.description, validUntil: postedAt });
      truth.pendingPosted.push({ pendingId: tx.id, postedId: tx.id, pendingAmount, postedAmount: tx.amount });
    }
  }
}

function injectCorrections(ctx: Context, drafts: Draft[], truth: GroundTruth, random: Random): void {
  const eligible = drafts.filter(
    (d) => d.ledger && d.tx.earlierVersions.length === 0 && d.tx.postedAt !== null && d.tx.appearsAt === d.tx.postedAt && d.tx.mcc !== null && addMs(d.tx.postedAt, 5 * MS_PER_DAY) < ctx.endsAt,
  );
  let chosen = eligible.filter(() => random.chance(CORRECTION_RATE));
  if (chosen.length === 0 && eligible.length > 0) chosen = [random.pick(eligible)];
  for (const { tx } of chosen) {
    const correctedAt = addMs(tx.postedAt ?? tx.authorizedAt, random.int(1, 4) * MS_PER_DAY);
    tx.earlierVersions.push({ amount: tx.amount, description: tx.description, validUntil: correctedAt });
    if (random.chance(0.5)) {
      const before = tx.amount;
      tx.amount = before + Math.sign(before) * random.int(1, Math.max(1, Math.round(Math.abs(before) / 20)));
      truth.corrections.push({ id: tx.id, field: "amount", before, after: tx.amount, correctedAt });
    } else {
      const before = tx.description;
      // Banks commonly enrich a terse descriptor with the merchant's city after settlement.
      tx.description = `${before} ${(tx.merchantCity ?? "REF").toUpperCase()}`;
      truth.corrections.push({ id: tx.id, field: "description", before, after: tx.description, correctedAt });
    }
  }
}

function injectRemovals(ctx: Context, drafts: Draft[], truth: GroundTruth, random: Random, months: number, startDate: string): void {
  const hold = ctx.persona.hold;
  for (let month = 0; month < months; month += 1) {
    if (!random.chance(HOLD_RATE_PER_MONTH)) continue;
    const authorizedAt = localInstant(ctx, monthDate(startDate, month, random.int(1, 28)), random);
    const removedAt = addMs(authorizedAt, random.int(1, 3) * MS_PER_DAY);
    const tx: GeneratedTransaction = {
      ...makeTransaction(ctx, random, {
        accountId: ctx.accountIds.card,
        authorizedAt,
        postedAt: authorizedAt,
        amount: -hold.amount,
        description: fillTemplate(hold.descriptor, random),
        merchantName: hold.merchantName,
        merchantCity: hold.city,
        mcc: hold.mcc,
        category: hold.category,
      }),
      postedAt: null,
      appearsAt: authorizedAt,
      removedAt,
    };
    drafts.push({ tx, month, source: "anomaly", specIndex: -1, tipped: false, ledger: false });
    truth.removals.push({ id: tx.id, removedAt });
  }
}

function injectDuplicates(ctx: Context, drafts: Draft[], truth: GroundTruth, random: Random): void {
  const eligible = drafts.filter((d) => d.ledger && d.tx.earlierVersions.length === 0 && d.tx.pendingTransactionId === null && d.tx.postedAt === d.tx.appearsAt);
  let chosen = eligible.filter(() => random.chance(DUPLICATE_RATE));
  if (chosen.length === 0 && eligible.length > 0) chosen = [random.pick(eligible)];
  for (const original of chosen) {
    const copy: GeneratedTransaction = {
      ...original.tx,
      id: makeId("txn", random, ctx.usedIds),
      appearsAt: addMs(original.tx.appearsAt, random.int(1, 3) * MS_PER_DAY),
      earlierVersions: [],
    };
    drafts.push({ ...original, tx: copy, ledger: false });
    truth.duplicates.push({ id: copy.id, duplicateOf: original.tx.id });
  }
}

/** Ledger balance after each posting and each later amount correction. */
function computeBalanceHistory(opening: number, ledger: Draft[], endsAt: string): Array<{ at: string; current: number }> {
  const events: Array<{ at: string; delta: number }> = [];
  for (const { tx } of ledger) {
    if (tx.postedAt === null) continue;
    const versions = [...tx.earlierVersions, { amount: tx.amount, validUntil: "9999" }];
    const atPosting = versions.find((v) => v.validUntil > (tx.postedAt ?? ""))?.amount ?? tx.amount;
    events.push({ at: tx.postedAt, delta: atPosting });
    let previous = atPosting;
    for (let i = 0; i < versions.length - 1; i += 1) {
      const changeAt = versions[i]?.validUntil ?? "";
      const next = versions[i + 1]?.amount ?? previous;
      if (changeAt > tx.postedAt && next !== previous) {
        events.push({ at: changeAt, delta: next - previous });
        previous = next;
      }
    }
  }
  events.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  const history: Array<{ at: string; current: number }> = [];
  let current = opening;
  for (const event of events) {
    if (event.at >= endsAt) continue;
    current += event.delta;
    const last = history[history.length - 1];
    if (last && last.at === event.at) last.current = current;
    else history.push({ at: event.at, current });
  }
  return history;
}
