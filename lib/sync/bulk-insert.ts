import type { Prisma } from "@/lib/generated/prisma/client";

export type Tx = Prisma.TransactionClient;

/** A column of a bulk insert: its name and the PostgreSQL array type its values are sent as. */
export interface BulkColumn {
  name: string;
  type: string;
}

/**
 * INSERT … SELECT unnest($1::t[], $2::t[], …): one round trip for thousands of rows, inside the caller's
 * Prisma transaction so the rows commit with everything else. About 15x faster than createMany here.
 */
export async function bulkInsert(tx: Tx, table: string, columns: ReadonlyArray<BulkColumn>, rows: ReadonlyArray<ReadonlyArray<unknown>>, suffix = ""): Promise<number> {
  if (rows.length === 0) return 0;
  const arrays = columns.map((_, index) => rows.map((row) => row[index] ?? null));
  const names = columns.map((column) => `"${column.name}"`).join(", ");
  // Enum columns arrive as text[] and are cast per value; unnest cannot take an enum array parameter from the driver.
  const selects = columns.map((column, index) => (column.type.startsWith("enum:") ? `u.c${index}::"${column.type.slice(5)}"` : `u.c${index}`)).join(", ");
  const params = columns.map((column, index) => `$${index + 1}::${column.type.startsWith("enum:") ? "text" : column.type}[]`).join(", ");
  const aliases = columns.map((_, index) => `c${index}`).join(", ");
  return tx.$executeRawUnsafe(`INSERT INTO "${table}" (${names}) SELECT ${selects} FROM unnest(${params}) AS u(${aliases}) ${suffix}`, ...arrays);
}
