/**
 * PostgreSQL extensions the migrations create (pg_trgm and btree_gin for text search), as PGlite bundles
 * them. Every embedded database (the app's, the migration tooling's shadow database, tests) loads these,
 * so the same migrations run on PGlite and on a real server.
 */
import { btree_gin } from "@electric-sql/pglite/contrib/btree_gin";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";

export const EMBEDDED_EXTENSIONS = { btree_gin, pg_trgm };
