-- DropForeignKey
ALTER TABLE "Transaction" DROP CONSTRAINT "Transaction_userId_fkey";

-- DropIndex
DROP INDEX "Transaction_accountId_amount_date_idx";

-- DropIndex
DROP INDEX "Transaction_accountId_dedupKey_idx";

-- DropIndex
DROP INDEX "Transaction_pendingTransactionId_key";

-- DropIndex
DROP INDEX "Transaction_scheduledOccurrenceId_key";

-- DropIndex
DROP INDEX "TransactionEvent_userId_createdAt_idx";

-- CreateIndex
CREATE INDEX "Transaction_accountId_dedupKey_idx" ON "Transaction"("accountId", "dedupKey") WHERE ("externalId" IS NULL);

-- CreateIndex
CREATE UNIQUE INDEX "Transaction_pendingTransactionId_key" ON "Transaction"("pendingTransactionId") WHERE ("pendingTransactionId" IS NOT NULL);

-- CreateIndex
CREATE UNIQUE INDEX "Transaction_scheduledOccurrenceId_key" ON "Transaction"("scheduledOccurrenceId") WHERE ("scheduledOccurrenceId" IS NOT NULL);
