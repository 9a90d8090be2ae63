/** Uploads past this size are refused before parsing; real monthly statements are far smaller. */
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;

/**
 * Rows per database transaction while a job runs. Each batch commits on its own so progress is visible
 * and one user's import never holds the (single-connection, when embedded) database for long. Dedup
 * scores each new row only against same-amount rows in its date window (lib/sync/dedup/assign-matches),
 * so a batch costs linear time and larger batches only save the fixed per-batch work (lock, lookups,
 * budget hook): 5,000 rows is 20 batches for a 100,000-row file.
 */
export const IMPORT_BATCH_ROWS = 5_000;

/** "14.2 MB": one decimal, binary megabytes, the way file pickers show sizes. */
export function formatMegabytes(bytes: number): string {
  const megabytes = bytes / (1024 * 1024);
  return `${Number.isInteger(megabytes) ? megabytes : megabytes.toFixed(1)} MB`;
}

/** The message a user sees for an oversized file, the same in the browser and from the API. */
export function describeOversizedFile(fileName: string, bytes: number): string {
  return `${fileName} is ${formatMegabytes(bytes)}; the limit is ${formatMegabytes(MAX_IMPORT_BYTES)}`;
}
