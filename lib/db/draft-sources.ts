/**
 * What the auto-draft reads from the import: the latest catalogue import run and the imported,
 * non-removed Stripe objects of the account (raw JSON, exactly as Stripe returned them).
 */
import type { DbTx } from './client'

/** The latest catalogue import of the workspace that ended (succeeded preferred) for the account. */
export async function latestCatalogImport(db: DbTx, workspaceId: string, accountId: string | null) {
  const where = { workspaceId, kind: 'catalog', ...(accountId ? { accountId } : {}) }
  const select = { id: true, accountId: true, status: true, finishedAt: true, queuedAt: true } as const
  return (
    (await db.importRun.findFirst({ where: { ...where, status: 'succeeded' }, orderBy: { queuedAt: 'desc' }, select })) ??
    (await db.importRun.findFirst({ where: { ...where, status: { in: ['failed', 'cancelled'] } }, orderBy: { queuedAt: 'desc' }, select }))
  )
}

export async function runningCatalogImport(db: DbTx, workspaceId: string) {
  return db.importRun.findFirst({ where: { workspaceId, kind: 'catalog', status: { in: ['queued', 'running'] } }, select: { id: true, status: true, queuedAt: true } })
}

export async function loadImportedObjects(db: DbTx, workspaceId: string, accountId: string, types: readonly string[]) {
  return db.stripeObject.findMany({
    where: { workspaceId, accountId, removedAt: null, type: { in: [...types] } },
    orderBy: [{ type: 'asc' }, { stripeId: 'asc' }],
    select: { type: true, stripeId: true, raw: true, name: true },
  })
}

/** Names of imported objects, for the migration map's Stripe column. */
export async function importedObjectNames(db: DbTx, workspaceId: string, accountId: string) {
  const rows = await db.stripeObject.findMany({ where: { workspaceId, accountId }, select: { type: true, stripeId: true, name: true, removedAt: true } })
  return rows
}
