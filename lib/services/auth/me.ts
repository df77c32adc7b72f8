import type { TMe } from '@/lib/contracts/auth'
import type { Db } from '@/lib/db/client'
import { listMemberWorkspaces } from '@/lib/db/workspaces'
import { DEMO_METRONOME_TOKEN, DEMO_STRIPE_KEY, demoMetronomeUrl, demoStripeUrl, isDemoMode } from '@/lib/env'
import type { SessionUser } from './sessions'

export async function getMe(db: Db, user: SessionUser | null): Promise<TMe> {
  const demo = isDemoMode()
  const demoConnections = demo && user ? { stripeKey: DEMO_STRIPE_KEY, stripeUrl: demoStripeUrl(), metronomeToken: DEMO_METRONOME_TOKEN, metronomeUrl: demoMetronomeUrl() } : null
  if (!user) return { user: null, workspaces: [], demo, demoConnections }
  const ws = await listMemberWorkspaces(db, user.id)
  return { user, workspaces: ws.map((w) => ({ slug: w.slug, name: w.name, role: w.role })), demo, demoConnections }
}
