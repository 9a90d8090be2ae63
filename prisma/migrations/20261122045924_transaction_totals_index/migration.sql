-- CreateIndex
CREATE INDEX "Transaction_totals_idx" ON "Transaction"("userId", "date", "amount", "currency", "accountId", "categoryId") WHERE ("mergedIntoId" IS NULL AND "removedAt" IS NULL);
