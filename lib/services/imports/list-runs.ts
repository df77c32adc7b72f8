import { CatalogError, NotFoundError } from '@/lib/catalog/errors'
import { writeAudit } from '@/lib/db/audit'
import { auditActor, authorize, type WorkspaceCtx } from '../context'

const runSelect = {
  id: true, accountId: true, status: true, trigger: true, types: true, counts: true, changes: true, errors: true,
  progress: true, checkpoint: true, cancelRequested: true, queuedAt: true, startedAt: true, finishedAt: true, heartbeatAt: true,
} as const

type RunRow = { queuedAt: Date; startedAt: Date | null; finishedAt: Date | null; heartbeatAt: Date | null }
const dto = <T extends RunRow>(r: T) => ({
  ...r,
  queuedAt: r.queuedAt.toISOString(),
  startedAt: r.startedAt?.toISOString() ?? null,
  finishedAt: r.finishedAt?.toISOString() ?? null,
  heartbeatAt: r.heartbeatAt?.toISOString() ?? null,
  durationMs: r.startedAt ? (r.finishedAt ?? new Date()).getTime() - r.startedAt.getTime() : null,
})

export async function listImportRuns(ctx: WorkspaceCtx) {
  authorize(ctx, 'workspace.read')
  const rows = await ctx.db.importRun.findMany({ where: { workspaceId: ctx.workspace.id }, orderBy: { queuedAt: 'desc' }, take: 50, select: runSelect })
  return rows.map(dto)
}

export async function getImportRun(ctx: WorkspaceCtx, id: string) {
  authorize(ctx, 'workspace.read')
  const r = await ctx.db.importRun.findFirst({ where: { id, workspaceId: ctx.workspace.id }, select: runSelect })
  if (!r) throw new NotFoundError(`Import run ${id}`)
  return dto(r)
}

/** Cancel is cooperative: the worker stops at its next page and marks the run cancelled. */
export async function cancelImportRun(ctx: WorkspaceCtx, id: string) {
  authorize(ctx, 'import.run')
  return ctx.db.$transaction(async (tx) => {
    const r = await tx.importRun.updateMany({ where: { id, workspaceId: ctx.workspace.id, status: { in: ['queued', 'running'] } }, data: { cancelRequested: true } })
    if (r.count === 0) throw new CatalogError('This import has already finished.', { status: 409, code: 'not_running' })
    // A queued run no worker has picked up yet can be cancelled right away.
    await tx.importRun.updateMany({ where: { id, status: 'queued' }, data: { status: 'cancelled', finishedAt: new Date() } })
    await writeAudit(tx, { workspaceId: ctx.workspace.id, actor: auditActor(ctx), action: 'import.cancel_requested', targetType: 'import_run', targetId: id })
    return { id, cancelRequested: true }
  })
}
