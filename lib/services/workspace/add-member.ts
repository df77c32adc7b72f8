/** Adds a member (creating the user without a password when new); changing an existing role is explicit. */
import { z } from 'zod'
import { ROLES } from '@/lib/auth/permissions'
import { writeAudit } from '@/lib/db/audit'
import { normalizeEmail } from '@/lib/db/users'
import { auditActor, authorize, type WorkspaceCtx } from '../context'
import { hashPassword } from '../auth/passwords'

export const ZAddMember = z.object({
  email: z.email({ error: 'Enter a valid email address' }),
  role: z.enum(ROLES, { error: `role must be one of ${ROLES.join(', ')}` }),
  password: z.string().min(8).max(200).optional(),
})

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
    await writeAudit(tx, { workspaceId: ctx.workspace.id, actor: auditActor(ctx), action: 'member.added', targetType: 'user', targetId: user.id, data: { email, role: input.role } })
    return { email, role: input.role }
  })
}
