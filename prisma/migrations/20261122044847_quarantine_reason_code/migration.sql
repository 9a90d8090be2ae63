-- AlterTable
ALTER TABLE "QuarantinedRecord" ADD COLUMN     "reasonCode" TEXT,
ADD COLUMN     "reasonParams" JSONB;
