/**
 * What `ratecraft import` does: (re)connect Stripe when a key or URL is given, then resume an
 * unfinished run or start a new one, claim it and work it here until it ends (enqueued as well, so a
 * worker finishes it if this process dies). If another process is already working it, follow it.
 */
import { CatalogError } from '@/lib/catalog/errors'
import { getStripeConnection } from '@/lib/db/connections'
import { claimableRun, loadRun } from '@/lib/db/import-runs'
import { COUNT_NAMES } from '@/lib/stripe/object-types'
import { connectStripe } from '../connections/connect-stripe'
import { decryptStripeKey } from '../connections/secrets'
import type { WorkspaceCtx } from '../context'
import type { ProgressDoc } from './import-progress'
import { createImportRun } from './start-import'
import { workImportRun } from './work-import-run'

export type CliImportResult = {
  runId: string
  status: 'succeeded' | 'failed' | 'cancelled'
  counts: Record<keyof typeof COUNT_NAMES, number>
  changes: { created: number; updated: number; unchanged: number; removed: number }
  errors: Array<{ type: string; id: string; message: string }>
}

export type CliImportOptions = {
  key?: string
  baseUrl?: string
  requestsPerSecond?: number
  enqueue?: (runId: string) => Promise<void>
  /** Live progress, then once more (`final`) when the run has ended. */
  onProgress?: (p: ProgressDoc, final?: boolean) => void
  log?: (l: string) => void
  /** How often to look at a run another process is working (ms). */
  followEveryMs?: number
}

export async function importForCli(ctx: WorkspaceCtx, o: CliImportOptions): Promise<CliImportResult> {
  const stored = await getStripeConnection(ctx.db, ctx.workspace.id)
  if (o.key || (o.baseUrl && stored && o.baseUrl !== stored.baseUrl)) {
    const key = o.key ?? decryptStripeKey(ctx.workspace.id, stored!.keyCiphertext)
    const c = await connectStripe(ctx, { key, baseUrl: o.baseUrl ?? (o.key ? undefined : stored?.baseUrl ?? undefined) })
    o.log?.(`connected Stripe account ${c.accountId}${c.livemode ? ' (live)' : ' (test)'}`)
  } else if (!stored) {
    throw new CatalogError('No Stripe key: pass --stripe-key, set STRIPE_SECRET_KEY, or connect Stripe in the studio first.', { status: 400, code: 'not_connected' })
  }
  const resumable = await claimableRun(ctx.db, ctx.workspace.id)
  const runId = resumable?.id ?? (await createImportRun(ctx, { trigger: 'cli', requestsPerSecond: o.requestsPerSecond })).id
  if (resumable) o.log?.(`resuming import ${runId}`)
  // Claim (inside workImportRun) before enqueueing: a worker that picks the job up finds it claimed.
  let enqueued = false
  const enqueue = () => {
    if (enqueued) return
    enqueued = true
    void o.enqueue?.(runId).catch((e) => o.log?.(`could not enqueue the run for the workers: ${e instanceof Error ? e.message : String(e)}`))
  }
  let run = await workImportRun(ctx.db, runId, { onProgress: (p) => (enqueue(), o.onProgress?.(p)), log: o.log, compactHeap: true })
  if (!run) {
    o.log?.(`import ${runId} is being worked by another process; following it`)
    run = await follow(ctx, runId, o)
  }
  if (run.progress && typeof run.progress === 'object' && 'types' in run.progress) o.onProgress?.(run.progress as unknown as ProgressDoc, true)
  const byType = (run.counts ?? {}) as Record<string, number>
  const changes = (run.changes ?? {}) as Partial<CliImportResult['changes']>
  return {
    runId,
    status: run.status as CliImportResult['status'],
    counts: Object.fromEntries(Object.entries(COUNT_NAMES).map(([name, type]) => [name, byType[type] ?? 0])) as CliImportResult['counts'],
    changes: { created: changes.created ?? 0, updated: changes.updated ?? 0, unchanged: changes.unchanged ?? 0, removed: changes.removed ?? 0 },
    errors: (run.errors ?? []) as CliImportResult['errors'],
  }
}

async function follow(ctx: WorkspaceCtx, runId: string, o: CliImportOptions) {
  for (;;) {
    const r = await loadRun(ctx.db, runId)
    if (!r) throw new CatalogError(`Import ${runId} disappeared`, { status: 404, code: 'not_found' })
    if (['succeeded', 'failed', 'cancelled'].includes(r.status)) return r
    if (r.progress && typeof r.progress === 'object' && 'types' in r.progress) o.onProgress?.(r.progress as unknown as ProgressDoc)
    // The other process died: take the run over.
    const mine = await workImportRun(ctx.db, runId, { onProgress: o.onProgress, log: o.log, compactHeap: true })
    if (mine) return mine
    await new Promise((res) => setTimeout(res, o.followEveryMs ?? 1000))
  }
}
