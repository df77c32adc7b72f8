/** Connect Metronome: verify the token with a read first, then store it encrypted (audited). */
import type { z } from 'zod'
import type { ZConnectMetronome } from '@/lib/contracts/connections'
import { writeAudit } from '@/lib/db/audit'
import { verifyMetronomeToken } from '@/lib/metronome/verify-token'
import { auditActor, authorize, type WorkspaceCtx } from '../context'
import { encryptMetronomeToken } from './secrets'

export async function connectMetronome(ctx: WorkspaceCtx, input: z.infer<typeof ZConnectMetronome>, opts: { isDemo?: boolean } = {}) {
  authorize(ctx, 'connection.manage')
  const baseUrl = input.baseUrl || null
  const check = await verifyMetronomeToken(input.token, baseUrl)
  const data = {
    baseUrl,
    tokenCiphertext: encryptMetronomeToken(ctx.workspace.id, input.token),
    tokenHint: `…${input.token.slice(-4)}`,
    isDemo: !!opts.isDemo,
  }
  await ctx.db.$transaction(async (tx) => {
    await tx.metronomeConnection.upsert({ where: { workspaceId: ctx.workspace.id }, create: { workspaceId: ctx.workspace.id, ...data }, update: data })
    await writeAudit(tx, { workspaceId: ctx.workspace.id, actor: auditActor(ctx), action: 'metronome.connected', targetType: 'metronome', data: { tokenHint: data.tokenHint, baseUrl } })
  })
  return { baseUrl, tokenHint: data.tokenHint, pricingUnits: check.pricingUnits }
}

