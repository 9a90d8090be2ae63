import type { CategorizationContext } from "@/lib/categorize/load-categorization-context";
import { categorizeRows, type IngestRow, type RowCategory } from "./ingest-canonical-transactions";

const CHUNK_ROWS = 500;

/**
 * Categorizes rows that a later batch will store, while the current batch is being written: in chunks,
 * yielding between them, so the batch in flight can send its next statement as soon as the database
 * answers (the categorizer is pure CPU, the database works on the other core). ingestCanonicalTransactions
 * takes the result as `precategorized` and uses it for the rows that turn out to be new.
 */
export async function categorizeAhead(context: CategorizationContext, rows: ReadonlyArray<IngestRow>): Promise<Map<IngestRow, RowCategory>> {
  const decided = new Map<IngestRow, RowCategory>();
  for (let start = 0; start < rows.length; start += CHUNK_ROWS) {
    await new Promise((resolve) => setImmediate(resolve));
    const chunk = rows.slice(start, start + CHUNK_ROWS);
    categorizeRows(context, chunk).forEach((category, index) => decided.set(chunk[index] as IngestRow, category));
  }
  return decided;
}
