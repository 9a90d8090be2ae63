-- DropIndex
DROP INDEX "ProviderRecord_userId_contentHash_idx";
