/**
 * Sign-up. The first user of the installation becomes admin of the first workspace (created as
 * `default` when none exists); later users start without a workspace until an admin adds them.
 */
import type { z } from 'zod'
import type { ZSignUp } from '@/lib/contracts/auth'
import { ConflictError } from '@/lib/catalog/errors'
import type { Db } from '@/lib/db/client'
import { writeAudit } from '@/lib/db/audit'
import { normalizeEmail } from '@/lib/db/users'
import { hashPassword } from './passwords'

export async function signUp(db: Db, input: z.infer<typeof ZSignUp>) {
  const email = normalizeEmail(input.email)
  const passwordHash = await hashPassword(input.password)
  return db.$transaction(async (tx) => {
    // Serialise sign-ups so two simultaneous "first users" cannot both become admin.
    await tx.$executeRawUnsafe(`SELECT pg_advisory_xact_lock(hashtext('ratecraft.signup'))`)
    if (await tx.user.findUnique({ where: { email }, select: { id: true } })) {
      throw new ConflictError('An account with this email already exists. Sign in instead.')
    }
    const isFirst = (await tx.user.count()) === 0
    const user = await tx.user.create({ data: { email, passwordHash, name: input.name || null }, select: { id: true, email: true } })
    let workspaceSlug: string | null = null
    if (isFirst) {
      const ws =
        (await tx.workspace.findFirst({ orderBy: { createdAt: 'asc' }, select: { id: true, slug: true } })) ??
        (await tx.workspace.create({ data: { slug: 'default', name: 'Default workspace' }, select: { id: true, slug: true } }))
      await tx.membership.create({ data: { workspaceId: ws.id, userId: user.id, role: 'admin' } })
      workspaceSlug = ws.slug
      await writeAudit(tx, { workspaceId: ws.id, actor: user, action: 'member.added', targetType: 'user', targetId: user.id, data: { role: 'admin', reason: 'first sign-up' } })
    }
    await writeAudit(tx, { workspaceId: null, actor: user, action: 'user.signed_up', targetType: 'user', targetId: user.id })
    return { user, workspaceSlug }
  })
}
