/**
 * Creates an import run (queued) for the workspace's connected Stripe account, audited. One run at a
 * time per workspace: they share the account's rate limit. A run that follows a failed one (a revoked
 * key, Stripe down) within a day continues from where it stopped: it takes over the checkpoint, and
 * the objects the failed run stored count as seen by the new one.
 */
import { CatalogError, ConflictError } from '@/lib/catalog/errors'
import { writeAudit } from '@/lib/db/audit'
import { getStripeConnection } from '@/lib/db/connections'
import { activeRun, createRun, latestFinishedRun } from '@/lib/db/import-runs'
import { lockWorkspace } from '@/lib/db/workspaces-lock'
import { IMPORT_TYPES } from '@/lib/stripe/object-types'
import { auditActor, authorize, type WorkspaceCtx } from '../context'

export const CONTINUE_FAILED_WITHIN_MS = 24 * 3600 * 1000

export type CreateImportOptions = {
  trigger: 'ui' | 'cli' | 'demo' | 'api'
  /** The shared request budget; default 90 req/s for live keys, 22 for test keys. */
  requestsPerSecond?: number
}

export async function createImportRun(ctx: WorkspaceCtx, opts: CreateImportOptions) {
  authorize(ctx, 'import.run')
  const conn = await getStripeConnection(ctx.db, ctx.workspace.id)
  if (!conn) throw new CatalogError('Connect a Stripe account first (Settings → Connections).', { status: 409, code: 'not_connected' })
  const now = ctx.clock.now()
  return ctx.db.$transaction(async (tx) => {
    await lockWorkspace(tx, ctx.workspace.id)
    const active = await activeRun(tx, ctx.workspace.id)
    if (active) throw new ConflictError('An import is already running for this workspace; wait for it or cancel it.', { runId: active.id })
    const last = await latestFinishedRun(tx, ctx.workspace.id, conn.accountId)
    const continues =
      last?.status === 'failed' && last.finishedAt && now.getTime() - last.finishedAt.getTime() < CONTINUE_FAILED_WITHIN_MS && Object.keys((last.checkpoint ?? {}) as object).length > 0 ? last : null
    const types = [...IMPORT_TYPES]
    const run = await createRun(tx, {
      workspaceId: ctx.workspace.id,
      accountId: conn.accountId,
      kind: 'catalog',
      status: 'queued',
      trigger: opts.trigger,
      requestedById: ctx.actor.id,
      types,
      params: opts.requestsPerSecond ? { requestsPerSecond: opts.requestsPerSecond } : {},
      checkpoint: continues ? (continues.checkpoint as object) : {},
      resumedFromRunId: continues?.id ?? null,
    })
    await writeAudit(tx, {
      workspaceId: ctx.workspace.id,
      actor: auditActor(ctx),
      action: 'import.started',
      targetType: 'import_run',
      targetId: run.id,
      data: { accountId: conn.accountId, types, trigger: opts.trigger, ...(continues ? { continues: continues.id } : {}) },
    })
    return run
  })
}
