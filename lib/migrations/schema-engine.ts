/**
 * Prisma's schema engine compiled to WebAssembly, driven through the PGlite adapter. It computes
 * migration SQL offline (Prisma's native engine cannot be downloaded here). Tooling only: scripts
 * and tests use it, the app never loads it. The package is an internal Prisma API, so its version
 * is pinned exactly in package.json and covered by tests/integration/migrations.test.ts.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { EMBEDDED_EXTENSIONS } from "@/lib/embedded-extensions";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { MIGRATIONS_DIR, readMigrations } from "@/lib/migrations/apply-migrations";

/** Prisma's lock file content: names the connector the migrations were written for. */
export const MIGRATION_LOCK = 'provider = "postgresql"\n';

export const SCHEMA_PATH = path.join(process.cwd(), "prisma", "schema.prisma");

interface SchemaFile {
  path: string;
  content: string;
}

type DiffTarget =
  | { tag: "empty" }
  | { tag: "schemaDatamodel"; files: SchemaFile[] }
  | {
      tag: "migrations";
      baseDir: string;
      lockfile: { path: string; content: string | null };
      shadowDbInitScript: string;
      migrationDirectories: { path: string; migrationFile: { path: string; content: { tag: "ok"; value: string } } }[];
    };

interface WasmSchemaEngine {
  diff(params: { from: DiffTarget; to: DiffTarget; script: boolean; exitCode: boolean | null; filters: SchemaFilter }): Promise<{ exitCode: number; stdout: string | null }>;
  applyMigrations(input: { migrationsList: Extract<DiffTarget, { tag: "migrations" }>; filters: SchemaFilter }): Promise<{ appliedMigrationNames: string[] }>;
  free(): void;
}

interface SchemaFilter {
  externalTables: string[];
  externalEnums: string[];
}

const NO_FILTER: SchemaFilter = { externalTables: [], externalEnums: [] };

interface WasmModule {
  SchemaEngine: { new: (options: { datamodels: [string, string][] }, log: (line: string) => void, adapter: object) => Promise<WasmSchemaEngine> };
  __wbg_set_wasm(exports: WebAssembly.Exports): void;
}

let loaded: Promise<WasmModule> | undefined;

// The package's entry imports the .wasm file as an ES module, which Node cannot; instantiate it by hand.
async function loadWasm(): Promise<WasmModule> {
  const require = createRequire(import.meta.url);
  const dir = path.dirname(require.resolve("@prisma/schema-engine-wasm"));
  const glue = (await import(/* webpackIgnore: true */ path.join(dir, "schema_engine_bg.js"))) as WasmModule;
  const { instance } = await WebAssembly.instantiate(readFileSync(path.join(dir, "schema_engine_bg.wasm")), {
    "./schema_engine_bg.js": glue as unknown as WebAssembly.ModuleImports,
  });
  glue.__wbg_set_wasm(instance.exports);
  const start = instance.exports.__wbindgen_start;
  if (typeof start === "function") start();
  return glue;
}

export function schemaTarget(content = readFileSync(SCHEMA_PATH, "utf8")): DiffTarget {
  return { tag: "schemaDatamodel", files: [{ path: "schema.prisma", content }] };
}

export function migrationsTarget(dir = MIGRATIONS_DIR): Extract<DiffTarget, { tag: "migrations" }> {
  return {
    tag: "migrations",
    baseDir: dir,
    lockfile: { path: "migration_lock.toml", content: MIGRATION_LOCK },
    shadowDbInitScript: "",
    migrationDirectories: readMigrations(dir).map((migration) => ({
      path: migration.name,
      migrationFile: { path: "migration.sql", content: { tag: "ok", value: migration.sql } },
    })),
  };
}

// The adapter's shadow database is a bare PGlite; the migrations need our extensions (pg_trgm) there too.
class PGliteWithExtensions extends PrismaPGlite {
  override connectToShadowDb() {
    return new PrismaPGlite(new PGlite({ dataDir: "memory://shadow", extensions: EMBEDDED_EXTENSIONS })).connect();
  }
}

async function withEngine<T>(lite: PGlite, work: (engine: WasmSchemaEngine) => Promise<T>): Promise<T> {
  loaded ??= loadWasm();
  const wasm = await loaded;
  const schema = readFileSync(SCHEMA_PATH, "utf8");
  const adapter = bindMigrationAwareSqlAdapterFactory(new PGliteWithExtensions(lite));
  const engine = await wasm.SchemaEngine.new({ datamodels: [["schema.prisma", schema]] }, () => undefined, adapter);
  try {
    return await work(engine);
  } finally {
    engine.free();
  }
}

/** SQL that turns `from` into `to`; an empty string when they agree. The shadow database is an in-memory PGlite. */
export async function diffSql(from: DiffTarget, to: DiffTarget): Promise<string> {
  const sql = await withEngine(new PGlite({ extensions: EMBEDDED_EXTENSIONS }), async (engine) => (await engine.diff({ from, to, script: true, exitCode: null, filters: NO_FILTER })).stdout ?? "");
  // An empty diff is reported as a comment-only script.
  return sql.replace(/^--.*$/gm, "").trim() === "" ? "" : sql;
}

/** Prisma's own `migrate deploy` logic on a PGlite database: proves our bookkeeping is the same as Prisma's. */
export async function applyMigrationsWithPrismaEngine(lite: PGlite, dir = MIGRATIONS_DIR): Promise<string[]> {
  return withEngine(lite, async (engine) => (await engine.applyMigrations({ migrationsList: migrationsTarget(dir), filters: NO_FILTER })).appliedMigrationNames);
}
