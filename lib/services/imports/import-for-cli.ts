/**
 * What `ratecraft import` does: (re)connect Stripe when a key or URL is given, then resume an
 * unfinished run or start a new one, enqueue it (so a worker finishes it if this process dies) and
 * work it here until it ends.
 */
import { CatalogError } from '@/lib/catalog/errors'
import { getStripeConnection } from '@/lib/db/connections'
import { claimableRun } from '@/lib/db/import-runs'
import { COUNT_NAMES } from '@/lib/stripe/object-types'
import { connectStripe } from '../connections/connect-stripe'
import { decryptStripeKey } from '../connections/secrets'
import type { WorkspaceCtx } from '../context'
import { createImportRun } from './start-import'
import { workImportRun, type ImportProgress } from './work-import-run'

export type CliImportResult = {
  runId: string
  status: 'succeeded' | 'failed' | 'cancelled'
  counts: Record<keyof typeof COUNT_NAMES, number>
  changes: { created: number; updated: number; unchanged: number; removed: number }
  errors: Array<{ type: string; id: string; message: string }>
}

export async function importForCli(
  ctx: WorkspaceCtx,
  o: { key?: string; baseUrl?: string; enqueue?: (runId: string) => Promise<void>; onProgress?: (p: ImportProgress) => void; log?: (l: string) => void },
): Promise<CliImportResult> {
  const stored = await getStripeConnection(ctx.db, ctx.workspace.id)
  if (o.key || (o.baseUrl && stored && o.baseUrl !== stored.baseUrl)) {
    const key = o.key ?? decryptStripeKey(ctx.workspace.id, stored!.keyCiphertext)
    const c = await connectStripe(ctx, { key, baseUrl: o.baseUrl ?? (o.key ? undefined : stored?.baseUrl ?? undefined) })
    o.log?.(`connected Stripe account ${c.accountId}${c.livemode ? ' (live)' : ' (test)'}`)
  } else if (!stored) {
    throw new CatalogError('No Stripe key: pass --stripe-key, set STRIPE_SECRET_KEY, or connect Stripe in the studio first.', { status: 400, code: 'not_connected' })
  }
  const resumable = await claimableRun(ctx.db, ctx.workspace.id)
  const runId = resumable?.id ?? (await createImportRun(ctx, { trigger: 'cli' })).id
  if (resumable) o.log?.(`resuming import ${runId}`)
  await o.enqueue?.(runId)
  const run = await workImportRun(ctx.db, runId, { onProgress: o.onProgress, log: o.log })
  if (!run) throw new CatalogError(`Import ${runId} is being worked by another process; follow it in the studio.`, { status: 409, code: 'import_running' })
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
