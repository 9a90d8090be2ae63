/**
 * A minimal SQL surface shared by node-postgres and embedded PGlite, for the few places that
 * bypass Prisma: migrations, health checks and bulk writes on hot paths.
 */
export interface SqlQueryable {
  query<Row = Record<string, unknown>>(text: string, params?: unknown[], options?: QueryOptions): Promise<{ rows: Row[] }>;
  /** Runs a script of several statements with no parameters. */
  exec(script: string): Promise<void>;
}

export interface SqlExecutor extends SqlQueryable {
  transaction<T>(work: (tx: SqlQueryable) => Promise<T>): Promise<T>;
}

export interface QueryOptions {
  /**
   * A prepared statement of this name on each PostgreSQL connection, for fixed-text queries on every
   * request (the session check, a detail read): the text is parsed once per connection, and once the
   * server settles on a generic plan it is no longer planned per call. One name, one text, always.
   * Embedded PGlite ignores it.
   */
  name?: string;
}
