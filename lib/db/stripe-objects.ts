/**
 * Imported Stripe objects: upserted in small batches (one short transaction each — the embedded
 * server serialises transactions, so long ones would stall every other client), classified as
 * created / updated / unchanged by the hash of their canonical JSON.
 */
import { hashJson } from '@/lib/runtime/canonical-json'
import { typedColumns } from '@/lib/stripe/object-types'
import type { Db } from './client'

export type UpsertResult = { created: number; updated: number; unchanged: number }

export async function upsertStripeObjects(
  db: Db,
  a: { workspaceId: string; accountId: string; type: string; runId: string; objects: Array<Record<string, unknown>> },
): Promise<UpsertResult> {
  const result: UpsertResult = { created: 0, updated: 0, unchanged: 0 }
  const rows = a.objects
    .filter((o) => typeof o.id === 'string')
    .map((o) => ({ raw: JSON.parse(JSON.stringify(o)) as Record<string, unknown>, id: o.id as string }))
  if (rows.length === 0) return result
  await db.$transaction(async (tx) => {
    const existing = await tx.stripeObject.findMany({
      where: { workspaceId: a.workspaceId, accountId: a.accountId, type: a.type, stripeId: { in: rows.map((r) => r.id) } },
      select: { stripeId: true, hash: true, removedAt: true },
    })
    const byId = new Map(existing.map((e) => [e.stripeId, e]))
    const unchangedIds: string[] = []
    const creates = []
    for (const r of rows) {
      const hash = hashJson(r.raw)
      const prev = byId.get(r.id)
      const cols = typedColumns(a.type, r.raw)
      if (!prev) {
        creates.push({ workspaceId: a.workspaceId, accountId: a.accountId, type: a.type, stripeId: r.id, raw: r.raw as object, hash, ...cols, firstSeenRunId: a.runId, lastSeenRunId: a.runId, updatedRunId: a.runId })
        result.created++
      } else if (prev.hash !== hash || prev.removedAt) {
        await tx.stripeObject.update({
          where: { workspaceId_accountId_type_stripeId: { workspaceId: a.workspaceId, accountId: a.accountId, type: a.type, stripeId: r.id } },
          data: { raw: r.raw as object, hash, ...cols, lastSeenRunId: a.runId, updatedRunId: a.runId, removedAt: null, removedByRunId: null },
        })
        result.updated++
      } else {
        unchangedIds.push(r.id)
        result.unchanged++
      }
    }
    if (creates.length) await tx.stripeObject.createMany({ data: creates, skipDuplicates: true })
    if (unchangedIds.length) {
      await tx.stripeObject.updateMany({
        where: { workspaceId: a.workspaceId, accountId: a.accountId, type: a.type, stripeId: { in: unchangedIds } },
        data: { lastSeenRunId: a.runId },
      })
    }
  })
  return result
}

/** Marks objects of a type not seen by this (complete) run as removed. Never deletes. */
export async function markUnseenRemoved(db: Db, a: { workspaceId: string; accountId: string; type: string; runId: string; at: Date }): Promise<number> {
  const r = await db.stripeObject.updateMany({
    where: { workspaceId: a.workspaceId, accountId: a.accountId, type: a.type, removedAt: null, NOT: { lastSeenRunId: a.runId } },
    data: { removedAt: a.at, removedByRunId: a.runId },
  })
  return r.count
}

export async function countByType(db: Db, workspaceId: string, accountId: string): Promise<Record<string, number>> {
  const rows = await db.stripeObject.groupBy({
    by: ['type'],
    where: { workspaceId, accountId, removedAt: null },
    _count: { _all: true },
  })
  return Object.fromEntries(rows.map((r) => [r.type, r._count._all]))
}
