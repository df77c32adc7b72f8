/** Adds a member (creating the user, without a password unless one is given) or changes their role. */
import type { z } from 'zod'
import type { ZAddMember } from '@/lib/contracts/members'
import { writeAudit } from '@/lib/db/audit'
import { normalizeEmail } from '@/lib/db/users'
import { hashPassword } from '../auth/passwords'
import { auditActor, authorize, type WorkspaceCtx } from '../context'

export { ZAddMember } from '@/lib/contracts/members'

export async function addMember(ctx: WorkspaceCtx, input: z.infer<typeof ZAddMember>) {
  authorize(ctx, 'member.manage')
  const email = normalizeEmail(input.email)
  const passwordHash = input.password ? await hashPassword(input.password) : undefined
  return ctx.db.$transaction(async (tx) => {
    const user = await tx.user.upsert({ where: { email }, create: { email, passwordHash: passwordHash ?? null }, update: passwordHash ? { passwordHash } : {}, select: { id: true, email: true } })
    await tx.membership.upsert({
      where: { workspaceId_userId: { workspaceId: ctx.workspace.id, userId: user.id } },
      create: { workspaceId: ctx.workspace.id, userId: user.id, role: input.role },
      update: { role: input.role },
    })
    await writeAudit(tx, { workspaceId: ctx.workspace.id, actor: auditActor(ctx), action: 'member.added', targetType: 'user', targetId: user.id, data: { email, role: input.role, passwordSet: !!passwordHash } })
    return { email, role: input.role }
  })
}
