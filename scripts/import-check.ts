/**
 * Parses one statement file without a database and reports what an import would see.
 * Usage: npx tsx scripts/import-check.ts <file> [--format auto|csv|ofx|qif|camt] [--currency EUR]
 * The last line of stdout is always JSON; the exit code is non-zero only when the file
 * cannot be parsed at all (the reason also goes to stderr).
 */
import { readFileSync } from "node:fs";
import { isCurrencyCode } from "@/lib/money";
import { parseStatement, type ParseStatementOptions } from "@/lib/imports/parse-statement";
import { summarizeStatement } from "@/lib/imports/summarize-statement";

const FORMATS: Record<string, ParseStatementOptions["format"]> = {
  auto: "auto",
  csv: "csv",
  ofx: "ofx",
  qfx: "ofx",
  qif: "qif",
  camt: "camt053",
  camt053: "camt053",
};

function fail(reason: string): never {
  process.stderr.write(`import-check: ${reason}\n`);
  process.stdout.write(`${JSON.stringify({ error: reason })}\n`);
  process.exit(1);
}

function readArguments(argv: readonly string[]): { file: string; options: ParseStatementOptions } {
  let file: string | undefined;
  const options: ParseStatementOptions = {};
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] ?? "";
    const [flag, inline] = arg.startsWith("--") ? arg.split("=", 2) : [arg, undefined];
    const value = (): string => inline ?? argv[++i] ?? fail(`${flag} needs a value`);
    if (flag === "--format") {
      const format = FORMATS[value().toLowerCase()];
      if (!format) fail("--format must be one of auto, csv, ofx, qif, camt");
      options.format = format;
    } else if (flag === "--currency") {
      const currency = value().toUpperCase();
      if (!isCurrencyCode(currency)) fail("--currency must be a three-letter ISO 4217 code");
      options.defaultCurrency = currency;
    } else if (flag === "--help" || flag === "-h") {
      process.stdout.write("usage: import-check <file> [--format auto|csv|ofx|qif|camt] [--currency CODE]\n");
      process.exit(0);
    } else if (!file && flag && !flag.startsWith("--")) {
      file = flag;
    } else {
      fail(`unexpected argument ${arg}`);
    }
  }
  if (!file) fail("usage: import-check <file> [--format auto|csv|ofx|qif|camt] [--currency CODE]");
  return { file, options };
}

function main(): void {
  const { file, options } = readArguments(process.argv.slice(2));
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(readFileSync(file));
  } catch (error) {
    fail(`cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
  const result = parseStatement(bytes, options);
  if (!result.ok) fail(result.reason);
  const summary = summarizeStatement(result.statement);
  process.stdout.write(`file: ${file}\n`);
  process.stdout.write(`format: ${summary.format} (${summary.encoding})\n`);
  for (const account of summary.account_details) {
    process.stdout.write(
      `account ${account.id ?? "(unnamed)"} ${account.currency}: ${account.transactions} transactions` +
        (account.stated_balance ? `, stated balance ${account.stated_balance}` : "") +
        "\n",
    );
  }
  for (const row of summary.rejected.slice(0, 50)) process.stdout.write(`rejected line ${row.line}: ${row.reason}\n`);
  for (const warning of summary.warnings) process.stdout.write(`warning: ${warning}\n`);
  process.stdout.write(`${JSON.stringify(summary)}\n`);
}

main();
