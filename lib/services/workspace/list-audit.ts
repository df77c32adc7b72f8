import { listAudit } from '@/lib/db/audit'
import { authorize, type WorkspaceCtx } from '../context'

export async function listAuditEvents(ctx: WorkspaceCtx, before?: string) {
  authorize(ctx, 'workspace.read')
  const rows = await listAudit(ctx.db, ctx.workspace.id, { take: 100, before: before ? new Date(before) : undefined })
  return rows.map((r) => ({ ...r, createdAt: r.createdAt.toISOString() }))
}
