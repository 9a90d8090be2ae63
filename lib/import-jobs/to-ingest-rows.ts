/**
 * Turns a parsed statement into rows for the shared ingest (lib/sync/ingest-canonical-transactions),
 * giving every row an id that is stable across re-imports of the same file:
 * - the file's own id (OFX FITID, camt reference, CSV "Transaction ID") when it has one;
 * - otherwise a hash of the row's content plus its occurrence index among identical rows in the file,
 *   so two real, identical purchases on one day stay two rows and a re-import matches each to itself.
 * Both are prefixed ("imp:") so an imported id can never collide with a bank's id from a sync of the
 * same account; overlap with synced rows is found by dedup's cross-source pass instead.
 */
import { hash } from "node:crypto";
import { reject } from "@/lib/imports/rejection";
import type { ParsedStatement, RejectedRow } from "@/lib/imports/types";
import { normalizeDescription } from "@/lib/sync/dedup/describe-similarity";
import type { IngestRow } from "@/lib/sync/ingest-canonical-transactions";

export interface ImportRows {
  rows: IngestRow[];
  rejected: RejectedRow[];
}

export function toIngestRows(statement: ParsedStatement, account: { id: string; currency: string }): ImportRows {
  const rows: IngestRow[] = [];
  const rejected: RejectedRow[] = [...statement.rejected];
  const occurrences = new Map<string, number>();
  const nextOccurrence = (key: string): number => {
    const n = (occurrences.get(key) ?? 0) + 1;
    occurrences.set(key, n);
    return n;
  };
  for (const parsed of statement.accounts) {
    for (const t of parsed.transactions) {
      if (t.currency !== account.currency) {
        rejected.push({ line: t.line ?? 0, ...reject("currencyMismatch", { currency: t.currency, accountCurrency: account.currency }) });
        continue;
      }
      let externalId: string;
      if (t.externalId) {
        // A file that repeats an id (some CSV exports reuse references) must not collapse those rows.
        const n = nextOccurrence(`id\u001f${t.externalId}`);
        externalId = n === 1 ? `imp:${t.externalId}` : `imp:${t.externalId}#${n}`;
      } else {
        const hash = contentHash(t.date, t.amount, t.currency, t.description);
        externalId = `imp:h:${hash}:${nextOccurrence(`h\u001f${hash}`)}`;
      }
      rows.push({
        accountId: account.id,
        externalId,
        amount: t.amount,
        currency: t.currency,
        pending: false,
        date: t.date,
        description: t.description,
        providerCategory: t.category ?? null,
        payload: { format: statement.format, line: t.line ?? null, raw: t.raw },
      });
    }
  }
  rejected.sort((a, b) => a.line - b.line);
  return { rows, rejected };
}

function contentHash(date: string, amount: number, currency: string, description: string): string {
  return hash("sha256", [date, String(amount), currency, normalizeDescription(description)].join("\u001f"), "hex").slice(0, 32);
}
