/**
 * Scores the categorizer against a labelled CSV.
 *   npx tsx scripts/eval-categorize.ts --input <file.csv> [--learn <fraction> [--seed N] [--draws N]] [--errors]
 *   npx tsx scripts/eval-categorize.ts --generator-seed <N> [--months 12] [--persona us|uk|in] [--out <file.csv>] [--learn …]
 * The second form scores a synthetic history from lib/generator (its final ledger, labels from the
 * generator's ground truth), optionally writing it in the CSV format first.
 * Columns: description, category (a default display name) required; amount (signed, negative =
 * money out) and date optional. The last line printed is a JSON summary.
 * --draws N repeats the simulated user with correction draws --seed, --seed+1, … and reports the
 * mean: with 5% of rows corrected, one draw's gain depends mostly on whether it happened to
 * correct one of the few rows built-in knowledge gets wrong.
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

function readArgs(argv: string[]): { input?: string; generator?: GeneratorArgs; learn: number; seed: number; draws: number; errors: boolean } {
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
  const draws = Number(value("--draws") ?? "1");
  if (!Number.isInteger(seed)) throw new Error("--seed must be an integer");
  if (!Number.isInteger(draws) || draws < 1 || draws > 1000) throw new Error("--draws must be an integer from 1 to 1000");
  if (draws > 1 && learn === 0) throw new Error("--draws needs --learn");
  return { input, generator, learn, seed, draws, errors: argv.includes("--errors") };
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

interface DrawResult {
  scored: number;
  correct: number;
  /** Cold-start accuracy on exactly the scored rows, so the effect of learning is measured like for like. */
  baselineCorrect: number;
  corrections: number;
  confusion: Map<string, number>;
  errors: string[];
  broken: string[];
  byRegion: Map<string, { rows: number; correct: number }>;
  learning: {
    fixed: number;
    broken: number;
    seenMerchantRows: number;
    seenMerchantCorrect: number;
    seenMerchantBaselineCorrect: number;
    /** Rows wrong at cold start whose merchant the user had already corrected to the row's category: what a per-merchant learner can fix. */
    learnable: number;
    learnableFixed: number;
  };
}

/** One simulated user: corrects the chosen rows in date order; every other row is categorized with what was learned so far. */
function scoreDraw(rows: ReadonlyArray<Row>, corrected: ReadonlySet<number>): DrawResult {
  // Corrections only help rows that come after them, as they would for a real user.
  const ordered = [...rows].sort((a, b) => (a.date ?? "").localeCompare(b.date ?? "") || a.index - b.index);
  const corrections: CategoryCorrection[] = [];
  const examples: TrainingExample[] = [];
  const evidenceCorrections: EvidenceCorrection[] = [];
  let mappings: MerchantMapping[] = [];
  let evidenceMappings: MerchantMapping[] = [];
  let model: CategoryModel | null = null;
  // The learning loop, measured directly: rows whose merchant the simulated user had already corrected.
  const correctedMerchants = new Map<string, Set<string>>();
  const result: DrawResult = {
    scored: 0, correct: 0, baselineCorrect: 0, corrections: corrected.size, confusion: new Map(), errors: [], broken: [], byRegion: new Map(),
    learning: { fixed: 0, broken: 0, seenMerchantRows: 0, seenMerchantCorrect: 0, seenMerchantBaselineCorrect: 0, learnable: 0, learnableFixed: 0 },
  };
  const { learning } = result;

  for (const row of ordered) {
    const tx = { description: row.description, amount: row.amount, currency: "USD" };
    if (corrected.has(row.index)) {
      const merchant = normalizeMerchant(row.description);
      corrections.push({ merchant, categoryKey: row.label, correctedAt: row.date ?? row.index });
      const labels = correctedMerchants.get(toMerchantKey(merchant)) ?? new Set<string>();
      correctedMerchants.set(toMerchantKey(merchant), labels.add(row.label));
      examples.push({ description: row.description, amount: row.amount, categoryKey: row.label, merchant });
      mappings = deriveMerchantMappings(corrections);
      const builtin = categorizeWithBuiltin(tx);
      evidenceCorrections.push({ evidence: builtin?.evidence, builtinCategoryKey: builtin ? getTopLevelCategoryKey(builtin.categoryKey) : undefined, categoryKey: row.label, correctedAt: row.date ?? row.index });
      evidenceMappings = deriveEvidenceMappings(evidenceCorrections);
      model = trainModel(examples);
      continue;
    }
    const decided = categorizeTransaction(tx, { merchantMappings: mappings, evidenceMappings, model });
    const predicted = getTopLevelCategoryKey(decided.categoryKey);
    const coldRight = getTopLevelCategoryKey(categorizeTransaction(tx).categoryKey) === row.label;
    const right = predicted === row.label;
    const line = `  ${nameOf(row.label)} <- ${nameOf(predicted)} [${decided.source} ${decided.confidence.toFixed(2)}] ${row.description}`;
    if (coldRight) result.baselineCorrect += 1;
    result.scored += 1;
    if (right) result.correct += 1;
    if (right && !coldRight) learning.fixed += 1;
    if (!right && coldRight) {
      learning.broken += 1;
      result.broken.push(line);
    }
    const seenLabels = correctedMerchants.get(toMerchantKey(decided.merchant));
    if (seenLabels) {
      learning.seenMerchantRows += 1;
      if (right) learning.seenMerchantCorrect += 1;
      if (coldRight) learning.seenMerchantBaselineCorrect += 1;
      if (!coldRight && seenLabels.has(row.label)) {
        learning.learnable += 1;
        if (right) learning.learnableFixed += 1;
      }
    }
    if (row.region) {
      const group = result.byRegion.get(row.region) ?? { rows: 0, correct: 0 };
      group.rows += 1;
      if (right) group.correct += 1;
      result.byRegion.set(row.region, group);
    }
    if (!right) result.errors.push(line);
    const cell = `${row.label}|${predicted}`;
    result.confusion.set(cell, (result.confusion.get(cell) ?? 0) + 1);
  }
  return result;
}

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
  const seeds = Array.from({ length: args.draws }, (_, i) => args.seed + i);
  const draws = seeds.map((seed) => scoreDraw(rows, pickCorrectedRows(rows.length, args.learn, seed)));
  const first = draws[0];
  if (!first) throw new Error("no draws");
  // Counts are summed over draws: with one draw they are that draw's, with several every figure is the mean over draws.
  const sum = (pick: (draw: DrawResult) => number): number => draws.reduce((total, draw) => total + pick(draw), 0);
  const scored = sum((d) => d.scored);
  const correct = sum((d) => d.correct);
  const baselineCorrect = sum((d) => d.baselineCorrect);
  const confusion = new Map<string, number>();
  const byRegion = new Map<string, { rows: number; correct: number }>();
  for (const draw of draws) {
    for (const [cell, count] of draw.confusion) confusion.set(cell, (confusion.get(cell) ?? 0) + count);
    for (const [region, group] of draw.byRegion) {
      const total = byRegion.get(region) ?? { rows: 0, correct: 0 };
      byRegion.set(region, { rows: total.rows + group.rows, correct: total.correct + group.correct });
    }
  }
  const learning = {
    fixed: sum((d) => d.learning.fixed), broken: sum((d) => d.learning.broken),
    seenMerchantRows: sum((d) => d.learning.seenMerchantRows), seenMerchantCorrect: sum((d) => d.learning.seenMerchantCorrect),
    seenMerchantBaselineCorrect: sum((d) => d.learning.seenMerchantBaselineCorrect),
    learnable: sum((d) => d.learning.learnable), learnableFixed: sum((d) => d.learning.learnableFixed),
  };
  const corrections = first.corrections;

  const perCategory: Record<string, { precision: number; recall: number; support: number }> = {};
  console.log(`rows scored: ${first.scored} of ${rows.length}${corrections > 0 ? ` (${corrections} used as corrections${draws.length > 1 ? `; mean of ${draws.length} draws, --seed ${args.seed}..${args.seed + draws.length - 1}` : ""})` : ""}`);
  console.log(`${"category".padEnd(20)} ${"precision".padStart(9)} ${"recall".padStart(7)} ${"support".padStart(7)}`);
  for (const key of TOP_LEVEL_CATEGORY_KEYS) {
    const truePositives = confusion.get(`${key}|${key}`) ?? 0;
    const support = TOP_LEVEL_CATEGORY_KEYS.reduce((total, p) => total + (confusion.get(`${key}|${p}`) ?? 0), 0);
    const predicted = TOP_LEVEL_CATEGORY_KEYS.reduce((total, a) => total + (confusion.get(`${a}|${key}`) ?? 0), 0);
    const precision = predicted === 0 ? 0 : truePositives / predicted;
    const recall = support === 0 ? 0 : truePositives / support;
    const meanSupport = Math.round(support / draws.length);
    perCategory[nameOf(key)] = { precision: round(precision), recall: round(recall), support: meanSupport };
    console.log(`${nameOf(key).padEnd(20)} ${precision.toFixed(3).padStart(9)} ${recall.toFixed(3).padStart(7)} ${String(meanSupport).padStart(7)}`);
  }
  const accuracy = ratio(correct, scored);
  const baselineAccuracy = ratio(baselineCorrect, scored);
  const accuracies = draws.map((d) => ratio(d.correct, d.scored));
  console.log(`accuracy: ${accuracy.toFixed(4)}${draws.length > 1 ? ` (draws from ${Math.min(...accuracies).toFixed(4)} to ${Math.max(...accuracies).toFixed(4)})` : ""}`);
  if (corrections > 0) console.log(`cold-start accuracy on the same rows: ${baselineAccuracy.toFixed(4)}`);
  const perRegion = Object.fromEntries([...byRegion.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([region, group]) => [region, { accuracy: round(ratio(group.correct, group.rows)), rows: Math.round(group.rows / draws.length) }]));
  for (const [region, group] of Object.entries(perRegion)) console.log(`  ${region.padEnd(6)} ${group.accuracy.toFixed(3)} (${group.rows} rows)`);

  console.log(`\nconfusion matrix (rows = actual, columns = predicted${draws.length > 1 ? `, summed over ${draws.length} draws` : ""}):`);
  const abbreviations = TOP_LEVEL_CATEGORY_KEYS.map((k) => k.slice(0, 5));
  console.log(`${"".padEnd(20)} ${abbreviations.map((a) => a.padStart(5)).join(" ")}`);
  for (const actual of TOP_LEVEL_CATEGORY_KEYS) {
    const cells = TOP_LEVEL_CATEGORY_KEYS.map((p) => String(confusion.get(`${actual}|${p}`) ?? 0).padStart(5));
    console.log(`${nameOf(actual).padEnd(20)} ${cells.join(" ")}`);
  }
  if (args.errors && first.errors.length > 0) console.log(`\nmisses (actual <- predicted)${draws.length > 1 ? ", first draw" : ""}:\n${first.errors.join("\n")}`);
  const broken = draws.flatMap((d) => d.broken);
  if (args.errors && broken.length > 0) console.log(`\nright at cold start, wrong after learning:\n${broken.join("\n")}`);
  const perDraw = (n: number): number => round(n / draws.length);
  if (corrections > 0) {
    console.log(
      `learning: ${perDraw(learning.fixed)} rows fixed, ${perDraw(learning.broken)} broken${draws.length > 1 ? " per draw" : ""}; ` +
        `${perDraw(learning.learnableFixed)} of ${perDraw(learning.learnable)} wrong rows of a merchant already corrected to their category fixed; ` +
        `rows of already-corrected merchants: ${perDraw(learning.seenMerchantRows)}, accuracy ${ratio(learning.seenMerchantBaselineCorrect, learning.seenMerchantRows).toFixed(3)} -> ` +
        `${ratio(learning.seenMerchantCorrect, learning.seenMerchantRows).toFixed(3)}`,
    );
  }

  console.log(
    JSON.stringify({
      accuracy: round(accuracy),
      baseline_accuracy: round(baselineAccuracy),
      rows: first.scored,
      total_rows: rows.length,
      corrections,
      learn: args.learn,
      seed: args.seed,
      ...(draws.length > 1 ? { draws: draws.length, accuracy_min: round(Math.min(...accuracies)), accuracy_max: round(Math.max(...accuracies)) } : {}),
      per_category: perCategory,
      ...(byRegion.size > 0 ? { per_region: perRegion } : {}),
      ...(corrections > 0
        ? {
            learning: {
              gain: round(accuracy - baselineAccuracy),
              rows_fixed: perDraw(learning.fixed),
              rows_broken: perDraw(learning.broken),
              learnable_rows: perDraw(learning.learnable),
              learnable_rows_fixed: perDraw(learning.learnableFixed),
              corrected_merchant_rows: perDraw(learning.seenMerchantRows),
              corrected_merchant_baseline_accuracy: round(ratio(learning.seenMerchantBaselineCorrect, learning.seenMerchantRows)),
              corrected_merchant_accuracy: round(ratio(learning.seenMerchantCorrect, learning.seenMerchantRows)),
            },
          }
        : {}),
    }),
  );
}

main();
