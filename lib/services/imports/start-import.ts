/** Creates an import run (queued) for the workspace's connected Stripe account, audited. */
import { CatalogError } from '@/lib/catalog/errors'
import { writeAudit } from '@/lib/db/audit'
import { getStripeConnection } from '@/lib/db/connections'
import { IMPORT_TYPES } from '@/lib/stripe/object-types'
import { auditActor, authorize, type WorkspaceCtx } from '../context'

export async function createImportRun(ctx: WorkspaceCtx, opts: { trigger: 'ui' | 'cli' | 'demo' | 'api'; types?: string[] }) {
  authorize(ctx, 'import.run')
  const conn = await getStripeConnection(ctx.db, ctx.workspace.id)
  if (!conn) throw new CatalogError('Connect a Stripe account first (Settings → Connections).', { status: 409, code: 'not_connected' })
  const active = await ctx.db.importRun.findFirst({
    where: { workspaceId: ctx.workspace.id, status: { in: ['queued', 'running'] } },
    select: { id: true },
  })
  if (active) throw new CatalogError('An import is already running for this workspace; wait for it or cancel it.', { status: 409, code: 'import_running', details: { runId: active.id } })
  const types = opts.types ?? [...IMPORT_TYPES]
  return ctx.db.$transaction(async (tx) => {
    const run = await tx.importRun.create({
      data: { workspaceId: ctx.workspace.id, accountId: conn.accountId, status: 'queued', trigger: opts.trigger, requestedById: ctx.actor.id, types },
      select: { id: true, accountId: true, types: true },
    })
    await writeAudit(tx, { workspaceId: ctx.workspace.id, actor: auditActor(ctx), action: 'import.started', targetType: 'import_run', targetId: run.id, data: { accountId: conn.accountId, types, trigger: opts.trigger } })
    return run
  })
}
