/**
 * Scores anomaly detection against the generator's labelled anomalies.
 *   npm run eval:anomalies -- --seeds 1-5 [--personas us,uk,in] [--months 24] [--verbose]
 * Every seed runs for every persona (us, uk, in by default). Each history's final ledger is
 * replayed one day at a time: every day's new transactions are judged as a sync would judge them,
 * through detectForSync, the in-memory twin of detectAnomaliesForUser's SQL windows feeding the
 * same detectNewAnomalies. Card rows carry their authorization instant (bank-b's feed has one);
 * current-account rows only a date, as those banks send. Findings are stored once per dedupeKey,
 * like the ON CONFLICT insert. Then the same seeds without injections measure false alarms per
 * 1,000 transactions. --verbose prints every false finding and every missed label. The last line
 * printed is a JSON summary: per_kind precision/recall (all histories), per_persona, false alarms.
 */
import type { Anomaly, AnomalyKind, AnomalyTransaction } from "@/lib/anomalies/anomaly";
import { detectForSync } from "@/lib/anomalies/simulate-daily-detection";
import { generateHistory, type GeneratedHistory } from "@/lib/generator/generate-history";
import type { AnomalyLabel, AnomalyKind as LabelKind, PersonaKey } from "@/lib/generator/types";
import { addDays, daysBetween } from "@/lib/schedules/calendar-date";

const PERSONAS: PersonaKey[] = ["us", "uk", "in"];
/** Banks whose wire format carries the authorization instant (bank-b); bank-a and bank-c give only dates (lib/sync/normalize). */
const TIMED_BANKS = new Set(["bank-b"]);
/** Detector kind scored against each labelled kind; large-for-category has no label of its own. */
const LABEL_OF: Record<AnomalyKind, LabelKind | null> = {
  "large-merchant-spend": "large_for_merchant",
  "large-category-spend": null,
  "new-merchant-large-charge": "new_merchant_large",
  "duplicate-charge": "duplicate_charge",
  "subscription-price-rise": "price_rise",
  "missed-recurring": "missed_recurring",
  "category-spend-spike": "category_spike",
};
/** A missed payment is found by its expected date, which may be a weekend shift away from the label's. */
const MISSED_DATE_SLACK_DAYS = 7;

function readArgs(argv: string[]): { seeds: number[]; personas: PersonaKey[]; months: number; verbose: boolean } {
  const at = (flag: string) => argv[argv.indexOf(flag) + 1];
  const spec = argv.includes("--seeds") ? (at("--seeds") ?? "1-5") : "1-5";
  const seeds = spec.split(",").flatMap((part) => {
    const [from, to] = part.split("-").map(Number);
    if (from === undefined || !Number.isInteger(from)) throw new Error(`--seeds: bad range "${part}"`);
    const end = to ?? from;
    return Array.from({ length: end - from + 1 }, (_, i) => from + i);
  });
  const months = argv.includes("--months") ? Number(at("--months")) : 24;
  const personas = (argv.includes("--personas") ? (at("--personas") ?? "") : PERSONAS.join(",")).split(",").map((p) => {
    const persona = PERSONAS.find((known) => known === p.trim());
    if (!persona) throw new Error(`--personas: unknown persona "${p}" (known: ${PERSONAS.join(", ")})`);
    return persona;
  });
  return { seeds, personas, months, verbose: argv.includes("--verbose") };
}

/** The ledger a fully synced and deduplicated user would hold: no vanished rows, no re-delivered copies. */
function toLedger({ dataset, truth }: GeneratedHistory): AnomalyTransaction[] {
  const timed = new Set(dataset.accounts.filter((a) => TIMED_BANKS.has(a.bankId)).map((a) => a.id));
  const duplicates = new Set(truth.duplicates.map((d) => d.id));
  const transfers = new Set(truth.transfers.flatMap((t) => [t.debitId, t.creditId]));
  return dataset.transactions
    .filter((t) => t.removedAt === null && !duplicates.has(t.id))
    .map((t) => ({
      id: t.id,
      date: t.date,
      ...(timed.has(t.accountId) ? { authorizedAt: t.authorizedAt } : {}),
      amount: t.amount,
      currency: t.currency,
      merchantKey: t.merchantName ? t.merchantName.toLowerCase() : null,
      ...(t.merchantName ? { merchantName: t.merchantName } : {}),
      categoryKey: t.category,
      isTransfer: transfers.has(t.id) || t.category === "transfers",
    }))
    .sort((a, b) => (a.date === b.date ? (a.id < b.id ? -1 : 1) : a.date < b.date ? -1 : 1));
}

function replay(history: GeneratedHistory): { findings: Anomaly[]; transactions: number } {
  const ledger = toLedger(history);
  const stored = new Map<string, Anomaly>();
  const byDate = new Map<string, Set<string>>();
  for (const t of ledger) byDate.set(t.date, (byDate.get(t.date) ?? new Set()).add(t.id));
  const first = ledger[0]?.date;
  const last = history.dataset.endsAt.slice(0, 10);
  if (!first) return { findings: [], transactions: 0 };
  for (let day = first; day < last; day = addDays(day, 1)) {
    for (const finding of detectForSync(ledger, byDate.get(day) ?? new Set(), day)) {
      if (!stored.has(finding.dedupeKey)) stored.set(finding.dedupeKey, finding);
    }
  }
  return { findings: [...stored.values()], transactions: ledger.length };
}

function matches(finding: Anomaly, label: AnomalyLabel): boolean {
  if (LABEL_OF[finding.kind] !== label.kind) return false;
  switch (label.kind) {
    case "missed_recurring":
      return (
        finding.merchantKey === label.merchantName?.toLowerCase() &&
        typeof finding.facts.expectedDate === "string" &&
        Math.abs(daysBetween(finding.facts.expectedDate, label.date)) <= MISSED_DATE_SLACK_DAYS
      );
    case "category_spike":
      return finding.categoryKey === label.category && String(finding.facts.periodStart).slice(0, 7) === label.date.slice(0, 7);
    default:
      return label.transactionIds.some((id) => finding.transactionIds.includes(id));
  }
}

interface Tally {
  findings: number;
  truePositives: number;
  labels: number;
  found: number;
}
type Tallies = Map<string, Tally>;

function tally(tallies: Tallies, kind: string): Tally {
  const existing = tallies.get(kind);
  if (existing) return existing;
  const fresh = { findings: 0, truePositives: 0, labels: 0, found: 0 };
  tallies.set(kind, fresh);
  return fresh;
}

const round = (n: number) => Math.round(n * 1000) / 1000;

function summarize(tallies: Tallies): Record<string, { precision: number | null; recall: number | null; findings: number; labels: number }> {
  const out: Record<string, { precision: number | null; recall: number | null; findings: number; labels: number }> = {};
  for (const [kind, t] of [...tallies].sort(([a], [b]) => (a < b ? -1 : 1))) {
    out[kind] = {
      precision: t.findings === 0 ? null : round(t.truePositives / t.findings),
      recall: t.labels === 0 ? null : round(t.found / t.labels),
      findings: t.findings,
      labels: t.labels,
    };
  }
  return out;
}

const { seeds, personas, months, verbose } = readArgs(process.argv.slice(2));
const overall: Tallies = new Map();
const byPersona = new Map<PersonaKey, { tallies: Tallies; cleanFindings: number; cleanTransactions: number }>();
let cleanFindings = 0;
let cleanTransactions = 0;

for (const persona of personas) {
  const mine = { tallies: new Map() as Tallies, cleanFindings: 0, cleanTransactions: 0 };
  byPersona.set(persona, mine);
  for (const seed of seeds) {
    const labelled = generateHistory({ seed, months, persona });
    const { findings } = replay(labelled);
    const labels = labelled.truth.anomalies;
    for (const finding of findings) {
      const kind = LABEL_OF[finding.kind] ?? "large_for_category";
      const hit = finding.kind === "large-category-spend"
        ? labels.some((l) => (l.kind === "large_for_merchant" || l.kind === "new_merchant_large") && l.transactionIds.some((id) => finding.transactionIds.includes(id)))
        : labels.some((l) => matches(finding, l));
      for (const t of [tally(overall, kind), tally(mine.tallies, kind)]) {
        t.findings += 1;
        if (hit) t.truePositives += 1;
      }
      if (!hit && verbose) console.log(`  ${persona} seed ${seed} false ${finding.kind}: ${finding.message}`);
    }
    for (const label of labels) {
      const found = findings.some((f) => matches(f, label));
      for (const t of [tally(overall, label.kind), tally(mine.tallies, label.kind)]) {
        t.labels += 1;
        if (found) t.found += 1;
      }
      if (!found && verbose) console.log(`  ${persona} seed ${seed} missed ${label.kind}: ${label.detail} (${label.date})`);
    }
    const clean = replay(generateHistory({ seed, months, persona, injections: false }));
    mine.cleanFindings += clean.findings.length;
    mine.cleanTransactions += clean.transactions;
    cleanFindings += clean.findings.length;
    cleanTransactions += clean.transactions;
    if (verbose) for (const f of clean.findings) console.log(`  ${persona} seed ${seed} clean alarm ${f.kind}: ${f.message}`);
    console.log(`${persona} seed ${seed}: ${findings.length} findings, ${labels.length} labels; clean run ${clean.findings.length} alarms in ${clean.transactions} transactions`);
  }
}

const perKind = summarize(overall);
for (const [kind, s] of Object.entries(perKind)) {
  console.log(`${kind.padEnd(20)} precision ${s.precision ?? "n/a"}  recall ${s.recall ?? "n/a"}  (${s.findings} findings, ${s.labels} labels)`);
}
const perMille = (findings: number, transactions: number) => (transactions === 0 ? 0 : round((findings * 1000) / transactions));
const falseAlarms = perMille(cleanFindings, cleanTransactions);
console.log(`false alarms per 1,000 clean transactions: ${falseAlarms} (${cleanFindings} in ${cleanTransactions})`);
const perPersona = Object.fromEntries(
  [...byPersona].map(([persona, p]) => [persona, { per_kind: summarize(p.tallies), false_alarms_per_1000: perMille(p.cleanFindings, p.cleanTransactions) }]),
);
console.log(JSON.stringify({ seeds, personas, months, histories: seeds.length * personas.length, path: "in-memory twin of the SQL windows (detectForSync)", per_kind: perKind, false_alarms_per_1000: falseAlarms, per_persona: perPersona }));
