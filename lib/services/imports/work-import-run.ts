/**
 * Works one run to its end — whoever calls it: the app's worker, a standalone worker or the CLI. The
 * run is claimed first (a run someone else is working is left to them), resumed from its checkpoint,
 * and finished in one transaction with its removal marks, counts and audit event. Removal marks are
 * made only when the run succeeded, and only for types whose full pass completed: a failed or
 * cancelled run never marks anything removed.
 */
import { writeAudit } from '@/lib/db/audit'
import type { Db } from '@/lib/db/client'
import { getStripeConnection } from '@/lib/db/connections'
import { assertClaim, baselineCounts, claimImportRun, finishRun, loadRun, LostClaimError, markStarted, runChain, type ImportRunRow, type RunClaim } from '@/lib/db/import-runs'
import { analyzeImportTables, countByType, markUnseenRemoved } from '@/lib/db/stripe-objects'
import { countUsageSummaries } from '@/lib/db/usage-summaries'
import { defaultRequestsPerSecond } from '@/lib/stripe/request-budget'
import { decryptStripeKey } from '../connections/secrets'
import { CATALOG_STREAMS, runCatalogImport, TYPE_STREAMS } from './catalog-import'
import { runUsageFetch, USAGE_STREAMS, type UsageParams } from './fetch-usage'
import { sumChanges, type ProgressDoc } from './import-progress'
import { RunSession, type RunError, type WorkOptions } from './run-session'

export type { WorkOptions } from './run-session'
export type ImportProgress = ProgressDoc

const TERMINAL = new Set(['succeeded', 'failed', 'cancelled'])

export async function workImportRun(db: Db, runId: string, o: WorkOptions = {}) {
  const run = await loadRun(db, runId)
  if (!run || TERMINAL.has(run.status)) return run
  const claim = await claimImportRun(db, runId)
  // Someone else (another worker, the CLI) is on it: leave it to them.
  if (!claim) return null
  await markStarted(db, claim, new Date())
  const conn = await getStripeConnection(db, run.workspaceId)
  if (!conn || conn.accountId !== run.accountId) {
    const message = conn ? `The workspace is now connected to Stripe account ${conn.accountId}, not ${run.accountId}` : 'The Stripe connection was removed'
    return finish(db, run, claim, null, 'failed', [{ type: 'connection', id: run.accountId, message }])
  }
  let key: string
  try {
    key = decryptStripeKey(run.workspaceId, conn.keyCiphertext)
  } catch {
    return finish(db, run, claim, null, 'failed', [{ type: 'connection', id: run.accountId, message: 'The stored Stripe key cannot be decrypted (was RATECRAFT_SECRET_KEY changed?). Connect Stripe again.' }])
  }
  const params = (run.params ?? {}) as { requestsPerSecond?: number }
  const session = new RunSession(
    db,
    run,
    claim,
    run.kind === 'usage' ? [...USAGE_STREAMS] : [...CATALOG_STREAMS],
    await runChain(db, run.id),
    run.kind === 'usage' ? usageBaseline(run) : await baselineCounts(db, run.workspaceId, run.accountId),
    { key, baseUrl: conn.baseUrl, requestsPerSecond: params.requestsPerSecond ?? defaultRequestsPerSecond(conn.livemode) },
    o,
  )
  session.startHeartbeat()
  try {
    await (run.kind === 'usage' ? runUsageFetch(session) : runCatalogImport(session))
  } catch (e) {
    if (!session.stopReason) session.stop('failed', e)
  } finally {
    await session.stopHeartbeat()
    await session.analyzing
  }
  // A run that loaded many objects refreshes the statistics once more, for the next run's lookups.
  if (session.created >= 1000) await analyzeImportTables(db).catch(() => {})
  switch (session.stopReason) {
    case null:
      return finish(db, run, claim, session, 'succeeded', session.warnings)
    case 'cancel':
      o.log?.('cancelled')
      return finish(db, run, claim, session, 'cancelled', session.warnings)
    case 'failed': {
      const message = RunSession.describe(session.failure)
      o.log?.(`failed: ${message}`)
      return finish(db, run, claim, session, 'failed', [...session.warnings, { type: run.kind === 'usage' ? 'usage' : 'import', id: run.id, message }])
    }
    case 'stop':
      await release(db, claim)
      return null
    case 'lost':
      return null
  }
}

function usageBaseline(run: ImportRunRow): Record<string, number> {
  const p = (run.params ?? {}) as Partial<UsageParams>
  return { usage: (p.customerIds?.length ?? 0) * (p.meterIds?.length ?? 0) }
}

/** A worker told to stop hands the run back (queued, unclaimed) so another one resumes it at once. */
async function release(db: Db, claim: RunClaim) {
  await db.importRun.updateMany({ where: { id: claim.runId, ownerId: claim.ownerId, status: 'running' }, data: { status: 'queued', ownerId: null, heartbeatAt: null } })
}

async function finish(db: Db, run: ImportRunRow, claim: RunClaim, s: RunSession | null, status: 'succeeded' | 'failed' | 'cancelled', errors: RunError[]) {
  const at = new Date()
  const scope = { workspaceId: run.workspaceId, accountId: run.accountId }
  try {
    await db.$transaction(async (tx) => {
      await assertClaim(tx, claim)
      const removed: Record<string, number> = {}
      if (status === 'succeeded' && s && run.kind === 'catalog') {
        for (const [type, streams] of Object.entries(TYPE_STREAMS)) {
          if (streams.every((k) => s.streams[k]?.done)) removed[type] = await markUnseenRemoved(tx, { scope, type, seenRunIds: s.seenRunIds, runId: run.id, at })
        }
      }
      const { byType, total } = sumChanges(Object.values(s?.streams ?? {}))
      const changes = {
        ...total,
        removed: Object.values(removed).reduce((a, b) => a + b, 0),
        byType: Object.fromEntries(
          [...new Set([...Object.keys(byType), ...Object.keys(removed)])].map((t) => [t, { ...(byType[t] ?? { created: 0, updated: 0, unchanged: 0 }), removed: removed[t] ?? 0 }]),
        ),
      }
      const counts = run.kind === 'usage' ? { usage_summary: await countUsageSummaries(tx, run.id) } : await countByType(tx, run.workspaceId, run.accountId)
      const progress = s ? { ...s.progress(), ...(status === 'succeeded' ? { percent: 100, etaSeconds: 0, remainingRequests: 0 } : {}) } : undefined
      await finishRun(tx, { claim, runId: run.id, status, counts, changes, errors, progress, at })
      await writeAudit(tx, {
        workspaceId: run.workspaceId,
        actor: null,
        action: `import.${status}`,
        targetType: 'import_run',
        targetId: run.id,
        data: { kind: run.kind, counts, changes: total, removed: changes.removed, errors: errors.length, ...(status === 'failed' ? { reason: errors.at(-1)?.message } : {}) },
      })
    })
  } catch (e) {
    if (e instanceof LostClaimError) return null
    throw e
  }
  return loadRun(db, run.id)
}
