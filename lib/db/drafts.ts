/**
 * Auto-draft change sets: the latest draft of a workspace, its report (options, recommendation,
 * group-key suggestions, re-draft summary) and superseding an older open draft.
 */
import { Prisma } from '@/lib/generated/prisma/client'
import { EDITABLE_STATUSES } from '@/lib/catalog/lifecycle'
import { changeSetSelect } from './change-sets'
import type { DbTx } from './client'

const withReport = { ...changeSetSelect, draftReport: true } as const


/** The workspace's latest auto-draft (any status but abandoned). */
export async function latestAutoDraft(db: DbTx, workspaceId: string) {
  return db.changeSet.findFirst({
    where: { workspaceId, origin: 'auto_draft', status: { not: 'abandoned' } },
    orderBy: { number: 'desc' },
    select: withReport,
  })
}

/** The latest auto-draft that can still be edited (re-dated, decisions changed). */
export async function openAutoDraft(db: DbTx, workspaceId: string) {
  return db.changeSet.findFirst({
    where: { workspaceId, origin: 'auto_draft', status: { in: [...EDITABLE_STATUSES] } },
    orderBy: { number: 'desc' },
    select: withReport,
  })
}

export async function findChangeSetWithReport(db: DbTx, workspaceId: string, id: string) {
  const isNumber = /^(cs-)?\d+$/i.test(id)
  return db.changeSet.findFirst({
    where: isNumber ? { workspaceId, number: Number(id.replace(/^cs-/i, '')) } : { workspaceId, id },
    select: withReport,
  })
}

export async function setDraftReport(tx: DbTx, changeSetId: string, report: unknown) {
  await tx.changeSet.update({ where: { id: changeSetId }, data: { draftReport: report as Prisma.InputJsonValue } })
}

/** Marks the workspace's other open (status draft) auto-drafts superseded; returns their numbers. */
export async function supersedeOpenAutoDrafts(tx: DbTx, workspaceId: string, exceptId: string): Promise<number[]> {
  const open = await tx.changeSet.findMany({ where: { workspaceId, origin: 'auto_draft', status: 'draft', NOT: { id: exceptId } }, select: { id: true, number: true } })
  if (open.length) await tx.changeSet.updateMany({ where: { id: { in: open.map((o) => o.id) } }, data: { status: 'superseded' } })
  return open.map((o) => o.number)
}

export async function touchChangeSet(tx: DbTx, changeSetId: string) {
  await tx.changeSet.update({ where: { id: changeSetId }, data: { updatedAt: new Date() } })
}

/** Locks a change set's row for the rest of the transaction: concurrent edits of one draft queue up. */
export async function lockChangeSet(tx: DbTx, changeSetId: string) {
  await tx.$executeRawUnsafe(`SELECT 1 FROM "ChangeSet" WHERE id = $1 FOR UPDATE`, changeSetId)
}

/** Rewrites the positions of one kind's objects to follow `keys` (export order). */
export async function setCatalogOrder(tx: DbTx, changeSetId: string, kind: string, keys: string[]) {
  const rows = await tx.catalogObject.findMany({ where: { changeSetId, kind }, select: { id: true, key: true, position: true } })
  const byKey = new Map(rows.map((r) => [r.key, r]))
  for (const [position, key] of keys.entries()) {
    const row = byKey.get(key)
    if (row && row.position !== position) await tx.catalogObject.update({ where: { id: row.id }, data: { position } })
  }
}
