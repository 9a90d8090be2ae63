import { writeFileSync } from "node:fs";
import { generateHistory } from "@/lib/generator/generate-history";

/** I/O shell around the pure generator: `npx tsx scripts/generate.ts --seed 42 --months 24 --out data.json [--truth truth.json] [--persona us|uk|in] [--start 2024-01-01] [--clean]` */
function readArgs(argv: string[]): Map<string, string> {
  const args = new Map<string, string>();
  for (let i = 0; i < argv.length; i += 1) {
    const key = argv[i];
    if (!key?.startsWith("--")) throw new Error(`Unexpected argument "${key}"`);
    const value = argv[i + 1];
    if (value === undefined || value.startsWith("--")) {
      args.set(key.slice(2), "true");
    } else {
      args.set(key.slice(2), value);
      i += 1;
    }
  }
  return args;
}

const args = readArgs(process.argv.slice(2));
const out = args.get("out");
if (!out) {
  console.error("usage: tsx scripts/generate.ts --seed 42 --months 24 --out data.json [--truth truth.json] [--persona us|uk|in] [--start 2024-01-01] [--clean]");
  process.exit(2);
}
const persona = args.get("persona") ?? "us";
if (persona !== "us" && persona !== "uk" && persona !== "in") throw new Error(`--persona must be us, uk or in, not "${persona}"`);

const { dataset, truth } = generateHistory({
  seed: Number(args.get("seed") ?? "42"),
  months: Number(args.get("months") ?? "24"),
  persona,
  startDate: args.get("start") ?? "2024-01-01",
  injections: args.get("clean") !== "true",
});

writeFileSync(out, `${JSON.stringify(dataset, null, 2)}\n`);
const truthPath = args.get("truth");
if (truthPath) writeFileSync(truthPath, `${JSON.stringify(truth, null, 2)}\n`);
console.log(`wrote ${dataset.transactions.length} transactions over ${dataset.accounts.length} accounts to ${out}${truthPath ? ` and labels to ${truthPath}` : ""}`);
