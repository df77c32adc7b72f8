-- AlterTable
ALTER TABLE "ChangeSet" ADD COLUMN     "draftReport" JSONB;

-- AlterTable
ALTER TABLE "MappingDecision" ADD COLUMN     "excludedObjects" JSONB,
ADD COLUMN     "position" INTEGER NOT NULL DEFAULT 0;
