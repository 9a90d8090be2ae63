-- Text search is ILIKE '%q%' on description and merchant within one user: GIN indexes on (userId, column
-- gin_trgm_ops). pg_trgm gives the trigram operator class, btree_gin the uuid one; both are trusted
-- extensions (PostgreSQL 13+), so the database owner may create them. Embedded PGlite loads both
-- (lib/embedded-extensions.ts).
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE EXTENSION IF NOT EXISTS btree_gin;

-- CreateIndex
CREATE INDEX "Transaction_userId_amount_id_idx" ON "Transaction"("userId", "amount", "id");

-- CreateIndex
CREATE INDEX "Transaction_userId_description_idx" ON "Transaction" USING GIN ("userId" uuid_ops, "description" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Transaction_userId_merchantName_idx" ON "Transaction" USING GIN ("userId" uuid_ops, "merchantName" gin_trgm_ops);
