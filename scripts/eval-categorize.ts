/**
 * Scores the categorizer against a labelled CSV.
 *   npx tsx scripts/eval-categorize.ts --input <file.csv> [--learn <fraction>] [--seed N] [--errors]
 *   npx tsx scripts/eval-categorize.ts --generator-seed <N> [--months 12] [--persona us|uk|in] [--out <file.csv>] [--learn …]
 * The second form scores a synthetic history from lib/generator (its final ledger, labels from the
 * generator's ground truth), optionally writing it in the CSV format first.
 * Columns: description, category (a default display name) required; amount (signed, negative =
 * money out) and date optional. The last line printed is a JSON summary.
 */
import { readFileSync, writeFileSync } from "node:fs";
import Papa from "papaparse";
import { categorizeTransaction } from "@/lib/categorize/categorize-transaction";
import {
  DEFAULT_CATEGORIES,
  findTopLevelKeyByName,
  getTopLevelCategoryKey,
  TOP_LEVEL_CATEGORY_KEYS,
  type TopLevelCategoryKey,
} from "@/lib/categorize/default-categories";
import { deriveMerchantMappings, toMerchantKey, type CategoryCorrection } from "@/lib/categorize/derive-merchant-mappings";
import { categorizeWithBuiltin } from "@/lib/categorize/categorize-with-builtin";
import { deriveEvidenceMappings, type EvidenceCorrection } from "@/lib/categorize/derive-evidence-mappings";
import { normalizeMerchant } from "@/lib/categorize/normalize-merchant";
import { trainModel, type CategoryModel, type TrainingExample } from "@/lib/categorize/train-model";
import type { MerchantMapping } from "@/lib/categorize/derive-merchant-mappings";
import { generateHistory } from "@/lib/generator/generate-history";
import { formatMinorAsDecimal } from "@/lib/money";

interface Row {
  index: number;
  description: string;
  amount: number;
  date?: string;
  label: TopLevelCategoryKey;
  /** Optional grouping column (US, UK, IN, EU): accuracy is also reported per group. */
  region?: string;
}

interface GeneratorArgs {
  seed: number;
  months: number;
  persona: "us" | "uk" | "in";
  out?: string;
}

function readArgs(argv: string[]): { input?: string; generator?: GeneratorArgs; learn: number; seed: number; errors: boolean } {
  const value = (flag: string): string | undefined => {
    const at = argv.indexOf(flag);
    return at >= 0 ? argv[at + 1] : undefined;
  };
  const input = value("--input");
  const generatorSeed = value("--generator-seed");
  if (!input && generatorSeed === undefined) {
    throw new Error("usage: eval-categorize (--input <file.csv> | --generator-seed N [--months M] [--persona us|uk|in] [--out <file.csv>]) [--learn <fraction>] [--seed N] [--errors]");
  }
  let generator: GeneratorArgs | undefined;
  if (generatorSeed !== undefined) {
    const persona = value("--persona") ?? "us";
    if (persona !== "us" && persona !== "uk" && persona !== "in") throw new Error("--persona must be us, uk or in");
    generator = { seed: Number(generatorSeed), months: Number(value("--months") ?? "12"), persona, out: value("--out") };
    if (!Number.isInteger(generator.seed) || generator.seed < 0) throw new Error("--generator-seed must be a non-negative integer");
    if (!Number.isInteger(generator.months) || generator.months < 1) throw new Error("--months must be a positive integer");
  }
  const learn = Number(value("--learn") ?? "0");
  const seed = Number(value("--seed") ?? "42");
  if (!(learn >= 0 && learn < 1)) throw new Error("--learn must be a fraction in [0, 1)");
  if (!Number.isInteger(seed)) throw new Error("--seed must be an integer");
  return { input, generator, learn, seed, errors: argv.includes("--errors") };
}

/** Amounts in the CSV are decimal major units; the categorizer wants integer minor units. */
function toMinorUnits(text: string | undefined): number {
  if (text === undefined || text.trim() === "") return -1;
  const normalized = text.trim().replace(/[,\s]/g, "");
  const value = Number(normalized);
  if (!Number.isFinite(value)) throw new Error(`"${text}" is not an amount`);
  return Math.round(value * 100);
}

function readRows(text: string): Row[] {
  const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
  return parsed.data.map((record, index) => {
    const description = record.description ?? "";
    const label = findTopLevelKeyByName(record.category ?? "");
    if (!label) throw new Error(`row ${index + 2}: unknown category "${record.category ?? ""}"`);
    const date = record.date?.trim() || undefined;
    const region = record.region?.trim() || undefined;
    return { index, description, amount: toMinorUnits(record.amount), date, label, ...(region ? { region } : {}) };
  });
}

/** mulberry32: tiny, seedable, good enough to pick which rows the simulated user corrects. */
function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pickCorrectedRows(count: number, fraction: number, seed: number): Set<number> {
  const wanted = fraction > 0 ? Math.max(1, Math.round(count * fraction)) : 0;
  const random = createRandom(seed);
  const indices = Array.from({ length: count }, (_, i) => i);
  for (let i = indices.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    const swap = indices[i] ?? 0;
    indices[i] = indices[j] ?? 0;
    indices[j] = swap;
  }
  return new Set(indices.slice(0, wanted));
}

function quoteCsv(text: string): string {
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * A generated history's final ledger as eval CSV text: what a bank would finally show (removed
 * pending rows left out), labelled with the generator's true category.
 */
function exportGeneratorCsv(args: GeneratorArgs): string {
  const { dataset } = generateHistory({ seed: args.seed, months: args.months, persona: args.persona });
  const lines = ["date,description,amount,category"];
  for (const tx of dataset.transactions) {
    if (tx.removedAt !== null) continue;
    const name = DEFAULT_CATEGORIES.find((category) => category.key === tx.category)?.name ?? tx.category;
    lines.push([tx.date, quoteCsv(tx.description), formatMinorAsDecimal(tx.amount, tx.currency), quoteCsv(name)].join(","));
  }
  return `${lines.join("\n")}\n`;
}

const NAMES = new Map(DEFAULT_CATEGORIES.map((c) => [c.key, c.name]));
const nameOf = (key: string): string => NAMES.get(key) ?? key;
const round = (n: number): number => Math.round(n * 1000) / 1000;
const ratio = (part: number, whole: number): number => (whole === 0 ? 0 : part / whole);

function main(): void {
  const args = readArgs(process.argv.slice(2));
  let text: string;
  if (args.generator) {
    text = exportGeneratorCsv(args.generator);
    if (args.generator.out) writeFileSync(args.generator.out, text);
  } else {
    text = readFileSync(args.input ?? "", "utf8");
  }
  const rows = readRows(text);
  const corrected = pickCorrectedRows(rows.length, args.learn, args.seed);
  // Corrections only help rows that come after them, as they would for a real user.
  const ordered = [...rows].sort((a, b) => (a.date ?? "").localeCompare(b.date ?? "") || a.index - b.index);

  const corrections: CategoryCorrection[] = [];
  const examples: TrainingExample[] = [];
  const evidenceCorrections: EvidenceCorrection[] = [];
  let mappings: MerchantMapping[] = [];
  let evidenceMappings: MerchantMapping[] = [];
  let model: CategoryModel | null = null;

  const confusion = new Map<string, number>();
  const errors: string[] = [];
  let scored = 0;
  let correct = 0;
  // Cold-start accuracy on exactly the scored rows, so the effect of learning is measured like for like.
  let baselineCorrect = 0;
  // The learning loop, measured directly: rows whose merchant the simulated user had already corrected.
  const correctedMerchants = new Set<string>();
  const learning = { fixed: 0, broken: 0, seenMerchantRows: 0, seenMerchantCorrect: 0, seenMerchantBaselineCorrect: 0 };
  const broken: string[] = [];
  const byRegion = new Map<string, { rows: number; correct: number }>();

  for (const row of ordered) {
    const tx = { description: row.description, amount: row.amount, currency: "USD" };
    if (corrected.has(row.index)) {
      const merchant = normalizeMerchant(row.description);
      corrections.push({ merchant, categoryKey: row.label, correctedAt: row.date ?? row.index });
      correctedMerchants.add(toMerchantKey(merchant));
      examples.push({ description: row.description, amount: row.amount, categoryKey: row.label, merchant });
      mappings = deriveMerchantMappings(corrections);
      const builtin = categorizeWithBuiltin(tx);
      evidenceCorrections.push({ evidence: builtin?.evidence, builtinCategoryKey: builtin ? getTopLevelCategoryKey(builtin.categoryKey) : undefined, categoryKey: row.label, correctedAt: row.date ?? row.index });
      evidenceMappings = deriveEvidenceMappings(evidenceCorrections);
      model = trainModel(examples);
      continue;
    }
    const result = categorizeTransaction(tx, { merchantMappings: mappings, evidenceMappings, model });
    const predicted = getTopLevelCategoryKey(result.categoryKey);
    const coldRight = getTopLevelCategoryKey(categorizeTransaction(tx).categoryKey) === row.label;
    const right = predicted === row.label;
    if (coldRight) baselineCorrect += 1;
    scored += 1;
    if (right) correct += 1;
    if (right && !coldRight) learning.fixed += 1;
    if (!right && coldRight) {
      learning.broken += 1;
      broken.push(`  ${nameOf(row.label)} <- ${nameOf(predicted)} [${result.source} ${result.confidence.toFixed(2)}] ${row.description}`);
    }
    if (correctedMerchants.has(toMerchantKey(result.merchant))) {
      learning.seenMerchantRows += 1;
      if (right) learning.seenMerchantCorrect += 1;
      if (coldRight) learning.seenMerchantBaselineCorrect += 1;
    }
    if (row.region) {
      const group = byRegion.get(row.region) ?? { rows: 0, correct: 0 };
      group.rows += 1;
      if (right) group.correct += 1;
      byRegion.set(row.region, group);
    }
    if (!right) errors.push(`  ${nameOf(row.label)} <- ${nameOf(predicted)} [${result.source} ${result.confidence.toFixed(2)}] ${row.description}`);
    const cell = `${row.label}|${predicted}`;
    confusion.set(cell, (confusion.get(cell) ?? 0) + 1);
  }

  const perCategory: Record<string, { precision: number; recall: number; support: number }> = {};
  console.log(`rows scored: ${scored} of ${rows.length}${corrected.size > 0 ? ` (${corrected.size} used as corrections)` : ""}`);
  console.log(`${"category".padEnd(20)} ${"precision".padStart(9)} ${"recall".padStart(7)} ${"support".padStart(7)}`);
  for (const key of TOP_LEVEL_CATEGORY_KEYS) {
    const truePositives = confusion.get(`${key}|${key}`) ?? 0;
    const support = TOP_LEVEL_CATEGORY_KEYS.reduce((sum, p) => sum + (confusion.get(`${key}|${p}`) ?? 0), 0);
    const predicted = TOP_LEVEL_CATEGORY_KEYS.reduce((sum, a) => sum + (confusion.get(`${a}|${key}`) ?? 0), 0);
    const precision = predicted === 0 ? 0 : truePositives / predicted;
    const recall = support === 0 ? 0 : truePositives / support;
    perCategory[nameOf(key)] = { precision: round(precision), recall: round(recall), support };
    console.log(`${nameOf(key).padEnd(20)} ${precision.toFixed(3).padStart(9)} ${recall.toFixed(3).padStart(7)} ${String(support).padStart(7)}`);
  }
  const accuracy = scored === 0 ? 0 : correct / scored;
  const baselineAccuracy = scored === 0 ? 0 : baselineCorrect / scored;
  console.log(`accuracy: ${accuracy.toFixed(4)}`);
  if (corrected.size > 0) console.log(`cold-start accuracy on the same rows: ${baselineAccuracy.toFixed(4)}`);
  const perRegion = Object.fromEntries([...byRegion.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([region, group]) => [region, { accuracy: round(ratio(group.correct, group.rows)), rows: group.rows }]));
  for (const [region, group] of Object.entries(perRegion)) console.log(`  ${region.padEnd(6)} ${group.accuracy.toFixed(3)} (${group.rows} rows)`);

  console.log("\nconfusion matrix (rows = actual, columns = predicted):");
  const abbreviations = TOP_LEVEL_CATEGORY_KEYS.map((k) => k.slice(0, 5));
  console.log(`${"".padEnd(20)} ${abbreviations.map((a) => a.padStart(5)).join(" ")}`);
  for (const actual of TOP_LEVEL_CATEGORY_KEYS) {
    const cells = TOP_LEVEL_CATEGORY_KEYS.map((p) => String(confusion.get(`${actual}|${p}`) ?? 0).padStart(5));
    console.log(`${nameOf(actual).padEnd(20)} ${cells.join(" ")}`);
  }
  if (args.errors && errors.length > 0) console.log(`\nmisses (actual <- predicted):\n${errors.join("\n")}`);
  if (args.errors && broken.length > 0) console.log(`\nright at cold start, wrong after learning:\n${broken.join("\n")}`);
  if (corrected.size > 0) {
    console.log(
      `learning: ${learning.fixed} rows fixed, ${learning.broken} broken; rows of already-corrected merchants: ` +
        `${learning.seenMerchantRows}, accuracy ${ratio(learning.seenMerchantBaselineCorrect, learning.seenMerchantRows).toFixed(3)} -> ` +
        `${ratio(learning.seenMerchantCorrect, learning.seenMerchantRows).toFixed(3)}`,
    );
  }

  console.log(
    JSON.stringify({
      accuracy: round(accuracy),
      baseline_accuracy: round(baselineAccuracy),
      rows: scored,
      total_rows: rows.length,
      corrections: corrected.size,
      learn: args.learn,
      seed: args.seed,
      per_category: perCategory,
      ...(byRegion.size > 0 ? { per_region: perRegion } : {}),
      ...(corrected.size > 0
        ? {
            learning: {
              rows_fixed: learning.fixed,
              rows_broken: learning.broken,
              corrected_merchant_rows: learning.seenMerchantRows,
              corrected_merchant_baseline_accuracy: round(ratio(learning.seenMerchantBaselineCorrect, learning.seenMerchantRows)),
              corrected_merchant_accuracy: round(ratio(learning.seenMerchantCorrect, learning.seenMerchantRows)),
            },
          }
        : {}),
    }),
  );
}

main();
