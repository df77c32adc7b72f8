/**
 * Membership management: list, change a role, set a password (how a CLI-created admin gets one),
 * remove. A workspace always keeps at least one admin.
 */
import type { z } from 'zod'
import { ConflictError, NotFoundError } from '@/lib/catalog/errors'
import type { TMember, ZUpdateMember } from '@/lib/contracts/members'
import { writeAudit } from '@/lib/db/audit'
import type { DbTx } from '@/lib/db/client'
import { listMembers } from '@/lib/db/workspaces'
import { hashPassword } from '../auth/passwords'
import { auditActor, authorize, type WorkspaceCtx } from '../context'

export async function listWorkspaceMembers(ctx: WorkspaceCtx): Promise<TMember[]> {
  authorize(ctx, 'workspace.read')
  return (await listMembers(ctx.db, ctx.workspace.id)).map((m) => ({ ...m, since: m.since.toISOString() }))
}

async function assertKeepsAnAdmin(tx: DbTx, workspaceId: string, userId: string) {
  const others = await tx.membership.count({ where: { workspaceId, role: 'admin', NOT: { userId } } })
  if (others === 0) throw new ConflictError('A workspace needs at least one admin: make someone else admin first.')
}

export async function updateMember(ctx: WorkspaceCtx, userId: string, input: z.infer<typeof ZUpdateMember>) {
  authorize(ctx, 'member.manage')
  const passwordHash = input.password ? await hashPassword(input.password) : undefined
  return ctx.db.$transaction(async (tx) => {
    const m = await tx.membership.findUnique({ where: { workspaceId_userId: { workspaceId: ctx.workspace.id, userId } }, select: { role: true, user: { select: { email: true } } } })
    if (!m) throw new NotFoundError('Member')
    if (input.role && input.role !== 'admin' && m.role === 'admin') await assertKeepsAnAdmin(tx, ctx.workspace.id, userId)
    if (input.role) await tx.membership.update({ where: { workspaceId_userId: { workspaceId: ctx.workspace.id, userId } }, data: { role: input.role } })
    if (passwordHash) {
      await tx.user.update({ where: { id: userId }, data: { passwordHash } })
      // A new password ends every session of that user.
      await tx.session.deleteMany({ where: { userId } })
    }
    await writeAudit(tx, { workspaceId: ctx.workspace.id, actor: auditActor(ctx), action: 'member.updated', targetType: 'user', targetId: userId, data: { email: m.user.email, ...(input.role ? { role: input.role } : {}), passwordSet: !!passwordHash } })
    return { userId, role: input.role ?? m.role }
  })
}

export async function removeMember(ctx: WorkspaceCtx, userId: string) {
  authorize(ctx, 'member.manage')
  return ctx.db.$transaction(async (tx) => {
    const m = await tx.membership.findUnique({ where: { workspaceId_userId: { workspaceId: ctx.workspace.id, userId } }, select: { role: true, user: { select: { email: true } } } })
    if (!m) throw new NotFoundError('Member')
    if (m.role === 'admin') await assertKeepsAnAdmin(tx, ctx.workspace.id, userId)
    await tx.membership.delete({ where: { workspaceId_userId: { workspaceId: ctx.workspace.id, userId } } })
    await writeAudit(tx, { workspaceId: ctx.workspace.id, actor: auditActor(ctx), action: 'member.removed', targetType: 'user', targetId: userId, data: { email: m.user.email } })
    return { userId }
  })
}
