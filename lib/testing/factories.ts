/**
 * Test factories: every test gets its own workspace and users (random slugs and emails), so test
 * files can share one database and run in parallel.
 */
import crypto from 'node:crypto'
import type { Role } from '@/lib/auth/permissions'
import { getDb, type Db } from '@/lib/db/client'
import { systemClock, type Clock, type WorkspaceCtx } from '@/lib/services/context'

export const uid = (prefix = 't') => `${prefix}-${crypto.randomBytes(5).toString('hex')}`

export async function makeWorkspace(db: Db = getDb(), o: { role?: Role; clock?: Clock } = {}): Promise<WorkspaceCtx> {
  const slug = uid('ws')
  const ws = await db.workspace.create({ data: { slug, name: `Test ${slug}` }, select: { id: true, slug: true, name: true, cutoverAt: true, integrationPattern: true } })
  const user = await db.user.create({ data: { email: `${uid('u')}@test.local` }, select: { id: true, email: true } })
  const role = o.role ?? 'admin'
  await db.membership.create({ data: { workspaceId: ws.id, userId: user.id, role } })
  return { db, workspace: ws, actor: { ...user, role }, clock: o.clock ?? systemClock }
}

/** Another member of the same workspace with another role. */
export async function addMemberCtx(ctx: WorkspaceCtx, role: Role): Promise<WorkspaceCtx> {
  const user = await ctx.db.user.create({ data: { email: `${uid(role)}@test.local` }, select: { id: true, email: true } })
  await ctx.db.membership.create({ data: { workspaceId: ctx.workspace.id, userId: user.id, role } })
  return { ...ctx, actor: { ...user, role } }
}

export const fixedClock = (iso: string): Clock => ({ now: () => new Date(iso) })
