/** Connection status for the UI and CLI: never includes a key or token, only hints. */
import { getMetronomeConnection, getStripeConnection } from '@/lib/db/connections'
import { authorize, type WorkspaceCtx } from '../context'

export async function getConnections(ctx: WorkspaceCtx) {
  authorize(ctx, 'workspace.read')
  const [s, m] = await Promise.all([getStripeConnection(ctx.db, ctx.workspace.id), getMetronomeConnection(ctx.db, ctx.workspace.id)])
  return {
    stripe: s && { accountId: s.accountId, accountName: s.accountName, livemode: s.livemode, baseUrl: s.baseUrl, keyHint: s.keyHint, keyKind: s.keyKind, isDemo: s.isDemo, updatedAt: s.updatedAt.toISOString() },
    metronome: m && { baseUrl: m.baseUrl, tokenHint: m.tokenHint, isDemo: m.isDemo, updatedAt: m.updatedAt.toISOString() },
  }
}
