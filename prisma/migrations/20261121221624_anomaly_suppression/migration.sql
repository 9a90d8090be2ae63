-- CreateTable
CREATE TABLE "AnomalySuppression" (
    "id" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "kind" "AnomalyKind" NOT NULL,
    "merchantKey" TEXT,
    "categoryKey" TEXT,
    "currency" CHAR(3) NOT NULL,
    "minAmount" BIGINT,
    "maxAmount" BIGINT,
    "anomalyId" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AnomalySuppression_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "AnomalySuppression_anomalyId_key" ON "AnomalySuppression"("anomalyId");

-- CreateIndex
CREATE INDEX "AnomalySuppression_userId_idx" ON "AnomalySuppression"("userId");

-- AddForeignKey
ALTER TABLE "AnomalySuppression" ADD CONSTRAINT "AnomalySuppression_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
