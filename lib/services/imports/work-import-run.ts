/**
 * Works one import run to its end: each type is paged from its checkpointed cursor, every page is
 * stored in its own short transaction and the cursor saved after it, so a crash resumes where it
 * stopped. Removal marking happens only after a type completed a full pass in a run that
 * succeeded — never from a failed or cancelled run.
 */
import type { Db } from '@/lib/db/client'
import { writeAudit } from '@/lib/db/audit'
import { getStripeConnection } from '@/lib/db/connections'
import { claimImportRun } from '@/lib/db/import-runs'
import { countByType, markUnseenRemoved, upsertStripeObjects } from '@/lib/db/stripe-objects'
import { makeStripeClient } from '@/lib/stripe/client'
import { LISTERS, passesOf } from '@/lib/stripe/object-types'
import { StripeCallError, withStripeRetry } from '@/lib/stripe/with-retry'
import { decryptStripeKey } from '../connections/secrets'

type TypeCheckpoint = { pass: string; cursor: string | null; done: boolean; fetched: number }
type Checkpoint = Record<string, TypeCheckpoint>
type Changes = { created: number; updated: number; unchanged: number; removed: number }
export type ImportProgress = { type: string; fetched: number; done: boolean }

export type WorkOptions = { log?: (line: string) => void; onProgress?: (p: ImportProgress) => void }

export async function workImportRun(db: Db, runId: string, o: WorkOptions = {}) {
  const run = await db.importRun.findUnique({ where: { id: runId } })
  if (!run || ['succeeded', 'failed', 'cancelled'].includes(run.status)) return run
  // Someone else (another worker, the CLI) is on it: leave it to them.
  if (!(await claimImportRun(db, runId))) return null
  const conn = await getStripeConnection(db, run.workspaceId)
  if (!conn) return finish(db, runId, 'failed', [{ type: 'connection', id: run.workspaceId, message: 'The Stripe connection was removed' }])
  const key = decryptStripeKey(run.workspaceId, conn.keyCiphertext)
  const stripe = makeStripeClient({ key, baseUrl: conn.baseUrl })
  const checkpoint = (run.checkpoint ?? {}) as Checkpoint
  const changes = ((run.changes ?? {}) as Partial<Changes>)
  const totals: Changes = { created: changes.created ?? 0, updated: changes.updated ?? 0, unchanged: changes.unchanged ?? 0, removed: 0 }
  await db.importRun.update({ where: { id: runId }, data: { startedAt: run.startedAt ?? new Date(), heartbeatAt: new Date() } })

  try {
    for (const type of run.types) {
      const lister = LISTERS[type]
      if (!lister) continue
      const passes = passesOf(type)
      let cp: TypeCheckpoint = checkpoint[type] ?? { pass: passes[0]!, cursor: null, done: false, fetched: 0 }
      while (!cp.done) {
        if (await cancelRequested(db, runId)) return finish(db, runId, 'cancelled', [])
        const page = await withStripeRetry(() => lister(stripe, cp.cursor ?? undefined, cp.pass), conn.baseUrl, {
          onRetry: (f, n, ms) => o.log?.(`${type}: ${f.message}; retry ${n} in ${ms} ms`),
        })
        const r = await upsertStripeObjects(db, { workspaceId: run.workspaceId, accountId: run.accountId, type, runId, objects: page.data })
        totals.created += r.created
        totals.updated += r.updated
        totals.unchanged += r.unchanged
        const last = page.data.at(-1)?.id as string | undefined
        const nextPass = passes[passes.indexOf(cp.pass) + 1]
        cp = page.has_more && last
          ? { ...cp, cursor: last, fetched: cp.fetched + page.data.length }
          : nextPass
            ? { pass: nextPass, cursor: null, done: false, fetched: cp.fetched + page.data.length }
            : { ...cp, cursor: null, done: true, fetched: cp.fetched + page.data.length }
        checkpoint[type] = cp
        await db.importRun.update({
          where: { id: runId },
          data: { checkpoint, changes: totals, heartbeatAt: new Date(), progress: { [type]: { fetched: cp.fetched, done: cp.done } } },
        })
        o.onProgress?.({ type, fetched: cp.fetched, done: cp.done })
      }
    }
  } catch (e) {
    const message = e instanceof StripeCallError ? e.failure.message : e instanceof Error ? e.message : String(e)
    return finish(db, runId, 'failed', [{ type: 'run', id: runId, message }], totals)
  }

  for (const type of run.types) {
    if (checkpoint[type]?.done) totals.removed += await markUnseenRemoved(db, { workspaceId: run.workspaceId, accountId: run.accountId, type, runId, at: new Date() })
  }
  return finish(db, runId, 'succeeded', [], totals)
}

async function cancelRequested(db: Db, runId: string): Promise<boolean> {
  const r = await db.importRun.findUnique({ where: { id: runId }, select: { cancelRequested: true } })
  return !!r?.cancelRequested
}

async function finish(db: Db, runId: string, status: 'succeeded' | 'failed' | 'cancelled', errors: Array<{ type: string; id: string; message: string }>, totals?: Changes) {
  const run = await db.importRun.findUniqueOrThrow({ where: { id: runId }, select: { workspaceId: true, accountId: true, requestedById: true } })
  const counts = await countByType(db, run.workspaceId, run.accountId)
  return db.$transaction(async (tx) => {
    const updated = await tx.importRun.update({
      where: { id: runId },
      data: { status, finishedAt: new Date(), counts, errors, ...(totals ? { changes: totals } : {}) },
    })
    await writeAudit(tx, { workspaceId: run.workspaceId, actor: null, action: `import.${status}`, targetType: 'import_run', targetId: runId, data: { counts, errors: errors.length } })
    return updated
  })
}
