import type { TMe } from '@/lib/contracts/auth'
import type { Db } from '@/lib/db/client'
import { listMemberWorkspaces } from '@/lib/db/workspaces'
import { demoMetronomeUrl, demoStripeUrl, isDemoMode } from '@/lib/env'
import type { SessionUser } from './sessions'

export async function getMe(db: Db, user: SessionUser | null): Promise<TMe> {
  const demo = isDemoMode()
  const demoConnections = demo && user ? { stripeUrl: demoStripeUrl(), metronomeUrl: demoMetronomeUrl() } : null
  if (!user) return { user: null, workspaces: [], demo, demoConnections }
  const ws = await listMemberWorkspaces(db, user.id)
  return { user, workspaces: ws.map((w) => ({ slug: w.slug, name: w.name, role: w.role })), demo, demoConnections }
}
