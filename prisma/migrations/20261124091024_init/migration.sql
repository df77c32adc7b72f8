-- CreateEnum
CREATE TYPE "Role" AS ENUM ('admin', 'editor', 'reviewer', 'viewer');

-- CreateTable
CREATE TABLE "Workspace" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "cutoverAt" TIMESTAMPTZ(3),
    "integrationPattern" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Workspace_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT,
    "passwordHash" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Membership" (
    "workspaceId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Membership_pkey" PRIMARY KEY ("workspaceId","userId")
);

-- CreateTable
CREATE TABLE "Session" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastSeenAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Session_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StripeConnection" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "accountId" TEXT NOT NULL,
    "accountName" TEXT,
    "livemode" BOOLEAN NOT NULL,
    "baseUrl" TEXT,
    "keyCiphertext" TEXT NOT NULL,
    "keyHint" TEXT NOT NULL,
    "keyKind" TEXT NOT NULL,
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "StripeConnection_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MetronomeConnection" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "baseUrl" TEXT,
    "tokenCiphertext" TEXT NOT NULL,
    "tokenHint" TEXT NOT NULL,
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "MetronomeConnection_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ImportRun" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "accountId" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "trigger" TEXT NOT NULL,
    "requestedById" TEXT,
    "types" TEXT[],
    "checkpoint" JSONB NOT NULL DEFAULT '{}',
    "counts" JSONB NOT NULL DEFAULT '{}',
    "changes" JSONB NOT NULL DEFAULT '{}',
    "errors" JSONB NOT NULL DEFAULT '[]',
    "progress" JSONB NOT NULL DEFAULT '{}',
    "cancelRequested" BOOLEAN NOT NULL DEFAULT false,
    "jobId" TEXT,
    "queuedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "startedAt" TIMESTAMPTZ(3),
    "finishedAt" TIMESTAMPTZ(3),
    "heartbeatAt" TIMESTAMPTZ(3),

    CONSTRAINT "ImportRun_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StripeObject" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "accountId" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "stripeId" TEXT NOT NULL,
    "raw" JSONB NOT NULL,
    "hash" TEXT NOT NULL,
    "name" TEXT,
    "active" BOOLEAN,
    "status" TEXT,
    "currency" TEXT,
    "productId" TEXT,
    "meterId" TEXT,
    "customerId" TEXT,
    "livemode" BOOLEAN NOT NULL,
    "stripeCreated" TIMESTAMPTZ(3),
    "firstSeenRunId" TEXT NOT NULL,
    "lastSeenRunId" TEXT NOT NULL,
    "updatedRunId" TEXT,
    "removedAt" TIMESTAMPTZ(3),
    "removedByRunId" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "StripeObject_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "UsageSummary" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "accountId" TEXT NOT NULL,
    "meterId" TEXT NOT NULL,
    "customerId" TEXT NOT NULL,
    "startTime" TIMESTAMPTZ(3) NOT NULL,
    "endTime" TIMESTAMPTZ(3) NOT NULL,
    "value" DECIMAL(38,12) NOT NULL,
    "importRunId" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "UsageSummary_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SampleEventSet" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "eventCount" INTEGER NOT NULL,
    "uploadedById" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SampleEventSet_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SampleEvent" (
    "id" BIGSERIAL NOT NULL,
    "setId" TEXT NOT NULL,
    "eventName" TEXT NOT NULL,
    "timestamp" TIMESTAMPTZ(3) NOT NULL,
    "identifier" TEXT,
    "payload" JSONB NOT NULL,

    CONSTRAINT "SampleEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ChangeSet" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT,
    "status" TEXT NOT NULL DEFAULT 'draft',
    "origin" TEXT NOT NULL DEFAULT 'manual',
    "authorId" TEXT,
    "importRunId" TEXT,
    "contentHash" TEXT,
    "submittedAt" TIMESTAMPTZ(3),
    "approvedAt" TIMESTAMPTZ(3),
    "approvedById" TEXT,
    "publishedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ChangeSet_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CatalogObject" (
    "id" TEXT NOT NULL,
    "changeSetId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "doc" JSONB NOT NULL,
    "name" TEXT,
    "refKey" TEXT,
    "parentKey" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "CatalogObject_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MappingDecision" (
    "id" TEXT NOT NULL,
    "changeSetId" TEXT NOT NULL,
    "decisionKey" TEXT NOT NULL,
    "stripeType" TEXT NOT NULL,
    "stripeId" TEXT NOT NULL,
    "targets" JSONB NOT NULL,
    "fidelity" TEXT NOT NULL,
    "rule" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "lost" TEXT,
    "sourceHash" TEXT,
    "userState" TEXT NOT NULL DEFAULT 'proposed',
    "userNote" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "MappingDecision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Comment" (
    "id" TEXT NOT NULL,
    "changeSetId" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "path" TEXT,
    "body" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Comment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Approval" (
    "id" TEXT NOT NULL,
    "changeSetId" TEXT NOT NULL,
    "reviewerId" TEXT NOT NULL,
    "decision" TEXT NOT NULL,
    "contentHash" TEXT NOT NULL,
    "comment" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Approval_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PublishedObject" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "metronomeId" TEXT NOT NULL,
    "doc" JSONB NOT NULL,
    "publishRunId" TEXT,
    "publishedAt" TIMESTAMPTZ(3) NOT NULL,
    "archivedAt" TIMESTAMPTZ(3),

    CONSTRAINT "PublishedObject_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PublishRun" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "changeSetId" TEXT,
    "planHash" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "requestedById" TEXT,
    "metronomeBaseUrl" TEXT,
    "error" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "startedAt" TIMESTAMPTZ(3),
    "finishedAt" TIMESTAMPTZ(3),

    CONSTRAINT "PublishRun_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PublishStep" (
    "id" TEXT NOT NULL,
    "runId" TEXT NOT NULL,
    "n" INTEGER NOT NULL,
    "action" TEXT NOT NULL,
    "objectKind" TEXT NOT NULL,
    "objectKey" TEXT NOT NULL,
    "idempotencyKey" TEXT NOT NULL,
    "request" JSONB NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "response" JSONB,
    "error" TEXT,
    "metronomeId" TEXT,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "PublishStep_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT,
    "actorId" TEXT,
    "actorEmail" TEXT,
    "action" TEXT NOT NULL,
    "targetType" TEXT,
    "targetId" TEXT,
    "data" JSONB NOT NULL DEFAULT '{}',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Workspace_slug_key" ON "Workspace"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "Membership_userId_idx" ON "Membership"("userId");

-- CreateIndex
CREATE INDEX "Session_userId_idx" ON "Session"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "StripeConnection_workspaceId_key" ON "StripeConnection"("workspaceId");

-- CreateIndex
CREATE UNIQUE INDEX "MetronomeConnection_workspaceId_key" ON "MetronomeConnection"("workspaceId");

-- CreateIndex
CREATE INDEX "ImportRun_workspaceId_queuedAt_idx" ON "ImportRun"("workspaceId", "queuedAt");

-- CreateIndex
CREATE INDEX "StripeObject_workspaceId_accountId_type_name_idx" ON "StripeObject"("workspaceId", "accountId", "type", "name");

-- CreateIndex
CREATE INDEX "StripeObject_workspaceId_accountId_productId_idx" ON "StripeObject"("workspaceId", "accountId", "productId");

-- CreateIndex
CREATE INDEX "StripeObject_workspaceId_accountId_meterId_idx" ON "StripeObject"("workspaceId", "accountId", "meterId");

-- CreateIndex
CREATE INDEX "StripeObject_workspaceId_accountId_customerId_idx" ON "StripeObject"("workspaceId", "accountId", "customerId");

-- CreateIndex
CREATE UNIQUE INDEX "StripeObject_workspaceId_accountId_type_stripeId_key" ON "StripeObject"("workspaceId", "accountId", "type", "stripeId");

-- CreateIndex
CREATE UNIQUE INDEX "UsageSummary_workspaceId_accountId_meterId_customerId_start_key" ON "UsageSummary"("workspaceId", "accountId", "meterId", "customerId", "startTime", "endTime");

-- CreateIndex
CREATE INDEX "SampleEventSet_workspaceId_createdAt_idx" ON "SampleEventSet"("workspaceId", "createdAt");

-- CreateIndex
CREATE INDEX "SampleEvent_setId_eventName_idx" ON "SampleEvent"("setId", "eventName");

-- CreateIndex
CREATE INDEX "ChangeSet_workspaceId_status_idx" ON "ChangeSet"("workspaceId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "ChangeSet_workspaceId_number_key" ON "ChangeSet"("workspaceId", "number");

-- CreateIndex
CREATE INDEX "CatalogObject_changeSetId_kind_position_idx" ON "CatalogObject"("changeSetId", "kind", "position");

-- CreateIndex
CREATE UNIQUE INDEX "CatalogObject_changeSetId_kind_key_key" ON "CatalogObject"("changeSetId", "kind", "key");

-- CreateIndex
CREATE INDEX "MappingDecision_changeSetId_fidelity_idx" ON "MappingDecision"("changeSetId", "fidelity");

-- CreateIndex
CREATE UNIQUE INDEX "MappingDecision_changeSetId_decisionKey_key" ON "MappingDecision"("changeSetId", "decisionKey");

-- CreateIndex
CREATE INDEX "Comment_changeSetId_createdAt_idx" ON "Comment"("changeSetId", "createdAt");

-- CreateIndex
CREATE INDEX "Approval_changeSetId_createdAt_idx" ON "Approval"("changeSetId", "createdAt");

-- CreateIndex
CREATE INDEX "PublishedObject_workspaceId_metronomeId_idx" ON "PublishedObject"("workspaceId", "metronomeId");

-- CreateIndex
CREATE UNIQUE INDEX "PublishedObject_workspaceId_kind_key_key" ON "PublishedObject"("workspaceId", "kind", "key");

-- CreateIndex
CREATE INDEX "PublishRun_workspaceId_createdAt_idx" ON "PublishRun"("workspaceId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "PublishStep_runId_n_key" ON "PublishStep"("runId", "n");

-- CreateIndex
CREATE INDEX "AuditEvent_workspaceId_createdAt_idx" ON "AuditEvent"("workspaceId", "createdAt");

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Session" ADD CONSTRAINT "Session_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StripeConnection" ADD CONSTRAINT "StripeConnection_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MetronomeConnection" ADD CONSTRAINT "MetronomeConnection_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ImportRun" ADD CONSTRAINT "ImportRun_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SampleEvent" ADD CONSTRAINT "SampleEvent_setId_fkey" FOREIGN KEY ("setId") REFERENCES "SampleEventSet"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChangeSet" ADD CONSTRAINT "ChangeSet_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CatalogObject" ADD CONSTRAINT "CatalogObject_changeSetId_fkey" FOREIGN KEY ("changeSetId") REFERENCES "ChangeSet"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MappingDecision" ADD CONSTRAINT "MappingDecision_changeSetId_fkey" FOREIGN KEY ("changeSetId") REFERENCES "ChangeSet"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Comment" ADD CONSTRAINT "Comment_changeSetId_fkey" FOREIGN KEY ("changeSetId") REFERENCES "ChangeSet"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Approval" ADD CONSTRAINT "Approval_changeSetId_fkey" FOREIGN KEY ("changeSetId") REFERENCES "ChangeSet"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PublishStep" ADD CONSTRAINT "PublishStep_runId_fkey" FOREIGN KEY ("runId") REFERENCES "PublishRun"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEvent" ADD CONSTRAINT "AuditEvent_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;
