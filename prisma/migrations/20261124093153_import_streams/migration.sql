-- AlterTable
ALTER TABLE "ImportRun" ADD COLUMN     "kind" TEXT NOT NULL DEFAULT 'catalog',
ADD COLUMN     "ownerId" TEXT,
ADD COLUMN     "params" JSONB NOT NULL DEFAULT '{}',
ADD COLUMN     "resumedFromRunId" TEXT;

-- AlterTable
ALTER TABLE "StripeObject" ADD COLUMN     "search" TEXT,
ADD COLUMN     "subtype" TEXT;

-- AlterTable
ALTER TABLE "UsageSummary" ADD COLUMN     "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;

-- CreateTable
CREATE TABLE "StripeObjectLink" (
    "workspaceId" TEXT NOT NULL,
    "accountId" TEXT NOT NULL,
    "fromType" TEXT NOT NULL,
    "fromId" TEXT NOT NULL,
    "toType" TEXT NOT NULL,
    "toId" TEXT NOT NULL,
    "role" TEXT NOT NULL,

    CONSTRAINT "StripeObjectLink_pkey" PRIMARY KEY ("workspaceId","accountId","fromType","fromId","toType","toId","role")
);

-- CreateIndex
CREATE INDEX "StripeObjectLink_workspaceId_accountId_toType_toId_idx" ON "StripeObjectLink"("workspaceId", "accountId", "toType", "toId");

-- CreateIndex
CREATE INDEX "ImportRun_status_idx" ON "ImportRun"("status");

-- CreateIndex
CREATE INDEX "UsageSummary_workspaceId_accountId_customerId_startTime_idx" ON "UsageSummary"("workspaceId", "accountId", "customerId", "startTime");
