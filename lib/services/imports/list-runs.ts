/** Import runs for the studio: the list, one run, and the cooperative cancel. */
import { CatalogError, NotFoundError } from '@/lib/catalog/errors'
import type { TImportRun } from '@/lib/contracts/imports'
import { writeAudit } from '@/lib/db/audit'
import { requestCancel } from '@/lib/db/import-runs'
import { auditActor, authorize, type WorkspaceCtx } from '../context'

const runSelect = {
  id: true, kind: true, accountId: true, status: true, trigger: true, types: true, params: true, counts: true, changes: true, errors: true,
  progress: true, cancelRequested: true, resumedFromRunId: true, queuedAt: true, startedAt: true, finishedAt: true, heartbeatAt: true,
} as const

type RunRow = { queuedAt: Date; startedAt: Date | null; finishedAt: Date | null; heartbeatAt: Date | null }

function dto<T extends RunRow>(r: T, now: Date): TImportRun {
  return {
    ...(r as unknown as TImportRun),
    queuedAt: r.queuedAt.toISOString(),
    startedAt: r.startedAt?.toISOString() ?? null,
    finishedAt: r.finishedAt?.toISOString() ?? null,
    heartbeatAt: r.heartbeatAt?.toISOString() ?? null,
    durationMs: r.startedAt ? (r.finishedAt ?? now).getTime() - r.startedAt.getTime() : null,
  }
}

export async function listImportRuns(ctx: WorkspaceCtx, o: { kind?: 'catalog' | 'usage' } = {}) {
  authorize(ctx, 'workspace.read')
  const rows = await ctx.db.importRun.findMany({ where: { workspaceId: ctx.workspace.id, ...(o.kind ? { kind: o.kind } : {}) }, orderBy: { queuedAt: 'desc' }, take: 50, select: runSelect })
  return rows.map((r) => dto(r, ctx.clock.now()))
}

export async function getImportRun(ctx: WorkspaceCtx, id: string) {
  authorize(ctx, 'workspace.read')
  const r = await ctx.db.importRun.findFirst({ where: { id, workspaceId: ctx.workspace.id }, select: runSelect })
  if (!r) throw new NotFoundError(`Import run ${id}`)
  return dto(r, ctx.clock.now())
}

/** Cancel is cooperative: the worker stops at its next request and marks the run cancelled. */
export async function cancelImportRun(ctx: WorkspaceCtx, id: string) {
  authorize(ctx, 'import.run')
  return ctx.db.$transaction(async (tx) => {
    const outcome = await requestCancel(tx, ctx.workspace.id, id, ctx.clock.now())
    if (outcome === 'finished') throw new CatalogError('This import has already finished.', { status: 409, code: 'not_running' })
    await writeAudit(tx, { workspaceId: ctx.workspace.id, actor: auditActor(ctx), action: 'import.cancel_requested', targetType: 'import_run', targetId: id })
    return { id, cancelRequested: true, status: outcome === 'cancelled' ? 'cancelled' : 'running' }
  })
}
