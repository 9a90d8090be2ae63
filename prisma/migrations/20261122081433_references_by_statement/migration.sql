-- A sync writes, for every new row, a Transaction, a TransactionEvent and a ProviderRecord. Their foreign
-- keys checked each inserted row with a query and a row lock of its own: five checks per synced row, about
-- a third of a 10,000-row sync's database time (bench:sync). The references below are checked by the
-- statement-level triggers at the end of this file instead: all of a statement's rows with one query each.
-- They also check more than the keys did: the referenced row must belong to the same user (every one of
-- these tables carries userId). They keep the keys' guarantees:
--   * a reference written by INSERT or UPDATE names an existing row of the same user, else the statement
--     fails with SQLSTATE 23503 (foreign_key_violation), as a foreign key would;
--   * the referenced rows are locked FOR KEY SHARE, as a foreign key locks them, so a concurrent delete of
--     one waits for the writing transaction, then removes what it wrote;
--   * deletes do what the keys' ON DELETE actions did: deleting an account deletes its transactions, a
--     transaction its events; deleting a category, transaction, connection or import job clears the
--     references to it (Transaction.categoryId, ProviderRecord.transactionId, connectionId, importJobId).
-- Referenced ids are never updated (uuid primary keys), so no ON UPDATE action needs replacing.

-- DropForeignKey
ALTER TABLE "ProviderRecord" DROP CONSTRAINT "ProviderRecord_connectionId_fkey";

-- DropForeignKey
ALTER TABLE "ProviderRecord" DROP CONSTRAINT "ProviderRecord_importJobId_fkey";

-- DropForeignKey
ALTER TABLE "ProviderRecord" DROP CONSTRAINT "ProviderRecord_transactionId_fkey";

-- DropForeignKey
ALTER TABLE "Transaction" DROP CONSTRAINT "Transaction_accountId_fkey";

-- DropForeignKey
ALTER TABLE "Transaction" DROP CONSTRAINT "Transaction_categoryId_fkey";

-- DropForeignKey
ALTER TABLE "TransactionEvent" DROP CONSTRAINT "TransactionEvent_transactionId_fkey";

-- AlterTable: the payload's hash was computed for every record and read by nothing since a record is kept
-- per received version (20261122045037_provider_record_per_version).
ALTER TABLE "ProviderRecord" DROP COLUMN "contentHash";

-- AFTER INSERT / AFTER UPDATE, FOR EACH STATEMENT, REFERENCING NEW TABLE AS new_rows.
-- TG_ARGV[0]: the referencing column; TG_ARGV[1]: the referenced table (with id and "userId").
CREATE FUNCTION "fathom_check_owned_reference"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  missing text;
BEGIN
  EXECUTE format(
    'SELECT r.ref::text FROM (SELECT DISTINCT %1$I AS ref, "userId" AS owner FROM new_rows WHERE %1$I IS NOT NULL) r
      WHERE NOT EXISTS (SELECT 1 FROM %2$I p WHERE p.id = r.ref AND p."userId" = r.owner FOR KEY SHARE)
      LIMIT 1',
    TG_ARGV[0], TG_ARGV[1]) INTO missing;
  IF missing IS NOT NULL THEN
    RAISE EXCEPTION 'insert or update on table "%" violates its reference "%" to "%"', TG_TABLE_NAME, TG_ARGV[0], TG_ARGV[1]
      USING ERRCODE = 'foreign_key_violation',
            DETAIL = format('Key (%s)=(%s) is not a row of the same user in table "%s".', TG_ARGV[0], missing, TG_ARGV[1]);
  END IF;
  RETURN NULL;
END $$;

-- AFTER DELETE, FOR EACH STATEMENT, REFERENCING OLD TABLE AS old_rows, on the referenced table.
-- TG_ARGV[0]: the referencing table; TG_ARGV[1]: its column; TG_ARGV[2]: 'cascade' or 'set null'.
-- Rows are matched on ("userId", column), so an index led by userId serves as well as one on the column.
CREATE FUNCTION "fathom_release_references"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_ARGV[2] = 'cascade' THEN
    EXECUTE format('DELETE FROM %1$I WHERE ("userId", %2$I) IN (SELECT "userId", id FROM old_rows)', TG_ARGV[0], TG_ARGV[1]);
  ELSE
    EXECUTE format('UPDATE %1$I SET %2$I = NULL WHERE ("userId", %2$I) IN (SELECT "userId", id FROM old_rows)', TG_ARGV[0], TG_ARGV[1]);
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER "Transaction_accountId_insert" AFTER INSERT ON "Transaction" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "fathom_check_owned_reference"('accountId', 'Account');
CREATE TRIGGER "Transaction_accountId_update" AFTER UPDATE ON "Transaction" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "fathom_check_owned_reference"('accountId', 'Account');
CREATE TRIGGER "Transaction_categoryId_insert" AFTER INSERT ON "Transaction" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "fathom_check_owned_reference"('categoryId', 'Category');
CREATE TRIGGER "Transaction_categoryId_update" AFTER UPDATE ON "Transaction" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "fathom_check_owned_reference"('categoryId', 'Category');
CREATE TRIGGER "TransactionEvent_transactionId_insert" AFTER INSERT ON "TransactionEvent" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "fathom_check_owned_reference"('transactionId', 'Transaction');
CREATE TRIGGER "TransactionEvent_transactionId_update" AFTER UPDATE ON "TransactionEvent" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "fathom_check_owned_reference"('transactionId', 'Transaction');
CREATE TRIGGER "ProviderRecord_transactionId_insert" AFTER INSERT ON "ProviderRecord" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "fathom_check_owned_reference"('transactionId', 'Transaction');
CREATE TRIGGER "ProviderRecord_transactionId_update" AFTER UPDATE ON "ProviderRecord" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "fathom_check_owned_reference"('transactionId', 'Transaction');
CREATE TRIGGER "ProviderRecord_connectionId_insert" AFTER INSERT ON "ProviderRecord" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "fathom_check_owned_reference"('connectionId', 'BankConnection');
CREATE TRIGGER "ProviderRecord_connectionId_update" AFTER UPDATE ON "ProviderRecord" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "fathom_check_owned_reference"('connectionId', 'BankConnection');
CREATE TRIGGER "ProviderRecord_importJobId_insert" AFTER INSERT ON "ProviderRecord" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "fathom_check_owned_reference"('importJobId', 'ImportJob');
CREATE TRIGGER "ProviderRecord_importJobId_update" AFTER UPDATE ON "ProviderRecord" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "fathom_check_owned_reference"('importJobId', 'ImportJob');

CREATE TRIGGER "Account_delete_transactions" AFTER DELETE ON "Account" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "fathom_release_references"('Transaction', 'accountId', 'cascade');
CREATE TRIGGER "Category_release_transactions" AFTER DELETE ON "Category" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "fathom_release_references"('Transaction', 'categoryId', 'set null');
CREATE TRIGGER "Transaction_delete_events" AFTER DELETE ON "Transaction" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "fathom_release_references"('TransactionEvent', 'transactionId', 'cascade');
CREATE TRIGGER "Transaction_release_provider_records" AFTER DELETE ON "Transaction" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "fathom_release_references"('ProviderRecord', 'transactionId', 'set null');
CREATE TRIGGER "BankConnection_release_provider_records" AFTER DELETE ON "BankConnection" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "fathom_release_references"('ProviderRecord', 'connectionId', 'set null');
CREATE TRIGGER "ImportJob_release_provider_records" AFTER DELETE ON "ImportJob" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "fathom_release_references"('ProviderRecord', 'importJobId', 'set null');
