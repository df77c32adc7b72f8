/**
 * Demo mode: the `default` workspace with three demo users, the Stripe emulator's demo account and the
 * Metronome emulator connected, and the catalogue imported — so `npm run dev` opens on real data.
 * Idempotent: re-running changes nothing that exists (passwords users changed are kept).
 */
import type { Db } from '@/lib/db/client'
import { writeAudit } from '@/lib/db/audit'
import { DEMO_METRONOME_TOKEN, DEMO_PASSWORD, DEMO_STRIPE_KEY } from '@/lib/env'
import { hashPassword } from '../auth/passwords'
import { connectMetronome } from '../connections/connect-metronome'
import { connectStripe } from '../connections/connect-stripe'
import { createImportRun } from '../imports/start-import'
import { workImportRun } from '../imports/work-import-run'
import { systemClock, type WorkspaceCtx } from '../context'
import { ensureWorkspace } from '../workspace/resolve-actor'

export const DEMO_USERS = [
  { email: 'admin@ratecraft.local', role: 'admin', name: 'Ada Admin' },
  { email: 'editor@ratecraft.local', role: 'editor', name: 'Eli Editor' },
  { email: 'reviewer@ratecraft.local', role: 'reviewer', name: 'Rae Reviewer' },
] as const

export async function seedDemo(db: Db, o: { stripeUrl: string; metronomeUrl: string; log?: (l: string) => void }) {
  const ws = await ensureWorkspace(db, 'default')
  const hash = await hashPassword(DEMO_PASSWORD)
  for (const u of DEMO_USERS) {
    const user = await db.user.upsert({ where: { email: u.email }, create: { email: u.email, name: u.name, passwordHash: hash }, update: {}, select: { id: true, passwordHash: true } })
    if (!user.passwordHash) await db.user.update({ where: { id: user.id }, data: { passwordHash: hash, name: u.name } })
    const had = await db.membership.findUnique({ where: { workspaceId_userId: { workspaceId: ws.id, userId: user.id } } })
    if (!had) {
      await db.$transaction(async (tx) => {
        await tx.membership.create({ data: { workspaceId: ws.id, userId: user.id, role: u.role } })
        await writeAudit(tx, { workspaceId: ws.id, actor: null, action: 'member.added', targetType: 'user', targetId: user.id, data: { email: u.email, role: u.role, via: 'demo seed' } })
      })
    }
  }
  const admin = await db.user.findUniqueOrThrow({ where: { email: DEMO_USERS[0].email }, select: { id: true, email: true } })
  const ctx: WorkspaceCtx = { db, workspace: ws, actor: { ...admin, role: 'admin' }, clock: systemClock }

  if (!(await db.stripeConnection.findUnique({ where: { workspaceId: ws.id } }))) {
    await connectStripe(ctx, { key: DEMO_STRIPE_KEY, baseUrl: o.stripeUrl }, { isDemo: true })
    o.log?.('connected the demo Stripe account')
  }
  if (!(await db.metronomeConnection.findUnique({ where: { workspaceId: ws.id } }))) {
    await connectMetronome(ctx, { token: DEMO_METRONOME_TOKEN, baseUrl: o.metronomeUrl }, { isDemo: true })
    o.log?.('connected the Metronome emulator')
  }
  const imported = await db.importRun.findFirst({ where: { workspaceId: ws.id, status: 'succeeded' }, select: { id: true } })
  if (!imported) {
    const run = await createImportRun(ctx, { trigger: 'demo' })
    const done = await workImportRun(db, run.id)
    o.log?.(`imported the demo catalogue (${done?.status ?? 'in progress'})`)
  }
  return ws
}
