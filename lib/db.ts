/**
 * The Prisma client and its raw-SQL sibling. With DATABASE_URL set it is node-postgres through
 * @prisma/adapter-pg; without it, embedded PostgreSQL (PGlite) persisted under PGLITE_DATA_DIR.
 * Everything above this module is the same code path for both.
 */
import { mkdirSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { EMBEDDED_EXTENSIONS } from "@/lib/embedded-extensions";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import pg from "pg";
import { env } from "@/lib/env";
import { logWarn } from "@/lib/log";
import { PrismaClient } from "@/lib/generated/prisma/client";
import type { SqlExecutor, SqlQueryable } from "@/lib/sql";

/**
 * Prisma's default 5 s limit on an interactive transaction is tight on a small, busy machine (two
 * cores under a parallel test run or a sync): a slow-but-healthy transaction must commit, not roll back.
 */
const TRANSACTION_OPTIONS = { maxWait: 10_000, timeout: 30_000 } as const;

export interface Database {
  prisma: PrismaClient;
  sql: SqlExecutor;
  kind: "postgres" | "embedded";
  close(): Promise<void>;
}

function openPostgres(url: string): Database {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  // An idle connection the server closes (a restart, a terminated backend) is reported here; unhandled,
  // node-postgres would crash the process. The pool replaces the connection on next use.
  pool.on("error", (error) => logWarn("idle database connection closed", { error: error.message }));
  const wrap = (client: pg.Pool | pg.PoolClient): SqlQueryable => ({
    query: async (text, params, options) => ({ rows: (await (options?.name ? client.query({ name: options.name, text, values: params }) : client.query(text, params))).rows }),
    exec: async (script) => {
      await client.query(script);
    },
  });
  const sql: SqlExecutor = {
    ...wrap(pool),
    async transaction(work) {
      const client = await pool.connect();
      try {
        await client.query("BEGIN");
        const result = await work(wrap(client));
        await client.query("COMMIT");
        return result;
      } catch (error) {
        await client.query("ROLLBACK");
        throw error;
      } finally {
        client.release();
      }
    },
  };
  const prisma = new PrismaClient({ adapter: new PrismaPg(pool), transactionOptions: TRANSACTION_OPTIONS });
  return {
    prisma,
    sql,
    kind: "postgres",
    async close() {
      await prisma.$disconnect();
      await pool.end();
    },
  };
}

function openEmbedded(dataDir: string): Database {
  if (!dataDir.startsWith("memory://")) mkdirSync(dataDir, { recursive: true });
  const lite = new PGlite(dataDir, { extensions: EMBEDDED_EXTENSIONS });
  const wrap = (client: Pick<PGlite, "query" | "exec">): SqlQueryable => ({
    query: async (text, params) => ({ rows: (await client.query(text, params)).rows as never[] }),
    exec: async (script) => {
      await client.exec(script);
    },
  });
  const sql: SqlExecutor = { ...wrap(lite), transaction: (work) => lite.transaction((tx) => work(wrap(tx))) };
  const prisma = new PrismaClient({ adapter: new PrismaPGlite(lite), transactionOptions: TRANSACTION_OPTIONS });
  return {
    prisma,
    sql,
    kind: "embedded",
    async close() {
      await prisma.$disconnect();
      await lite.close();
    },
  };
}

export function openDatabase(options: { url?: string; dataDir?: string } = {}): Database {
  const url = options.url ?? env().DATABASE_URL;
  return url ? openPostgres(url) : openEmbedded(options.dataDir ?? env().PGLITE_DATA_DIR);
}

// One database per process, kept across Next's hot reloads in development.
const holder = globalThis as typeof globalThis & { fathomDatabase?: Database };

export function database(): Database {
  holder.fathomDatabase ??= openDatabase();
  return holder.fathomDatabase;
}

/** The Prisma client for data-access modules in lib/. */
export function prisma(): PrismaClient {
  return database().prisma;
}

export async function closeDatabase(): Promise<void> {
  const current = holder.fathomDatabase;
  holder.fathomDatabase = undefined;
  await current?.close();
}
