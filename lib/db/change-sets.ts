/** Change sets: a reviewable catalogue, one object per row (catalog-objects.ts). */
import type { DbTx } from './client'

export const changeSetSelect = {
  id: true, workspaceId: true, number: true, title: true, description: true, status: true, origin: true,
  authorId: true, importRunId: true, contentHash: true, submittedAt: true, approvedAt: true, approvedById: true,
  publishedAt: true, createdAt: true, updatedAt: true,
} as const

export async function createChangeSet(
  tx: DbTx,
  a: { workspaceId: string; title: string; origin: 'manual' | 'auto_draft' | 'apply'; authorId: string | null; importRunId?: string | null; description?: string | null },
) {
  // Numbers are per workspace; the lock keeps two concurrent creations from taking the same one.
  await tx.$executeRawUnsafe(`SELECT pg_advisory_xact_lock(hashtext($1))`, `changeset:${a.workspaceId}`)
  const last = await tx.changeSet.findFirst({ where: { workspaceId: a.workspaceId }, orderBy: { number: 'desc' }, select: { number: true } })
  return tx.changeSet.create({
    data: { workspaceId: a.workspaceId, number: (last?.number ?? 0) + 1, title: a.title, origin: a.origin, authorId: a.authorId, importRunId: a.importRunId ?? null, description: a.description ?? null },
    select: changeSetSelect,
  })
}

export async function findLatestOpenChangeSet(db: DbTx, workspaceId: string) {
  return db.changeSet.findFirst({
    where: { workspaceId, status: { in: ['draft', 'in_review', 'approved', 'rejected'] } },
    orderBy: [{ updatedAt: 'desc' }, { number: 'desc' }],
    select: changeSetSelect,
  })
}

export async function findChangeSet(db: DbTx, workspaceId: string, id: string) {
  const isNumber = /^(cs-)?\d+$/i.test(id)
  return db.changeSet.findFirst({
    where: isNumber ? { workspaceId, number: Number(id.replace(/^cs-/i, '')) } : { workspaceId, id },
    select: changeSetSelect,
  })
}

export async function listChangeSets(db: DbTx, workspaceId: string) {
  return db.changeSet.findMany({ where: { workspaceId }, orderBy: { number: 'desc' }, select: changeSetSelect, take: 200 })
}
