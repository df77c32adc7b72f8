/**
 * Audit events are written in the same transaction as the mutation they describe (documenso's
 * audit-in-transaction): either both are stored or neither is.
 */
import type { DbTx } from './client'

export type AuditInput = {
  workspaceId: string | null
  actor: { id: string; email: string } | null
  action: string
  targetType?: string
  targetId?: string
  data?: Record<string, unknown>
}

export async function writeAudit(tx: DbTx, a: AuditInput): Promise<void> {
  await tx.auditEvent.create({
    data: {
      workspaceId: a.workspaceId,
      actorId: a.actor?.id ?? null,
      actorEmail: a.actor?.email ?? null,
      action: a.action,
      targetType: a.targetType ?? null,
      targetId: a.targetId ?? null,
      data: (a.data ?? {}) as object,
    },
  })
}

export async function listAudit(db: DbTx, workspaceId: string, opts: { take?: number; before?: Date } = {}) {
  return db.auditEvent.findMany({
    where: { workspaceId, ...(opts.before ? { createdAt: { lt: opts.before } } : {}) },
    orderBy: { createdAt: 'desc' },
    take: opts.take ?? 50,
    select: { id: true, action: true, actorEmail: true, targetType: true, targetId: true, data: true, createdAt: true },
  })
}
