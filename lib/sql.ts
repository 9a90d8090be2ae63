/**
 * A minimal SQL surface shared by node-postgres and embedded PGlite, for the few places that
 * bypass Prisma: migrations, health checks and bulk writes on hot paths.
 */
export interface SqlQueryable {
  query<Row = Record<string, unknown>>(text: string, params?: unknown[]): Promise<{ rows: Row[] }>;
  /** Runs a script of several statements with no parameters. */
  exec(script: string): Promise<void>;
}

export interface SqlExecutor extends SqlQueryable {
  transaction<T>(work: (tx: SqlQueryable) => Promise<T>): Promise<T>;
}
