/**
 * Connect a Stripe account: verify the key against Stripe first (nothing is stored for a bad key or
 * an unreachable host), then store it encrypted with an audit event in one transaction. A workspace
 * holds one Stripe account's data: test and live data never mix.
 */
import type { z } from 'zod'
import type { ZConnectStripe } from '@/lib/contracts/connections'
import { ConflictError } from '@/lib/catalog/errors'
import { writeAudit } from '@/lib/db/audit'
import { hasImportedDataForOtherAccount } from '@/lib/db/connections'
import { secretHint } from '@/lib/secrets/crypto'
import { verifyStripeKey } from '@/lib/stripe/verify-key'
import { auditActor, authorize, type WorkspaceCtx } from '../context'
import { encryptStripeKey } from './secrets'

export async function connectStripe(ctx: WorkspaceCtx, input: z.infer<typeof ZConnectStripe>, opts: { isDemo?: boolean } = {}) {
  authorize(ctx, 'connection.manage')
  const baseUrl = input.baseUrl || null
  const account = await verifyStripeKey(input.key, baseUrl)
  const other = await hasImportedDataForOtherAccount(ctx.db, ctx.workspace.id, account.id)
  if (other) {
    throw new ConflictError(
      `This workspace already holds data imported from Stripe account ${other}; the key belongs to ${account.id}. ` +
        'Create a new workspace for the other account (test and live data never mix in one workspace).',
    )
  }
  const data = {
    accountId: account.id,
    accountName: account.name,
    livemode: account.livemode,
    baseUrl,
    keyCiphertext: encryptStripeKey(ctx.workspace.id, input.key),
    keyHint: secretHint(input.key),
    keyKind: input.key.startsWith('rk_') ? 'restricted' : 'secret',
    isDemo: !!opts.isDemo,
  }
  await ctx.db.$transaction(async (tx) => {
    await tx.stripeConnection.upsert({ where: { workspaceId: ctx.workspace.id }, create: { workspaceId: ctx.workspace.id, ...data }, update: data })
    await writeAudit(tx, {
      workspaceId: ctx.workspace.id,
      actor: auditActor(ctx),
      action: 'stripe.connected',
      targetType: 'stripe_account',
      targetId: account.id,
      data: { keyHint: data.keyHint, keyKind: data.keyKind, livemode: account.livemode, baseUrl },
    })
  })
  return { accountId: account.id, accountName: account.name, livemode: account.livemode, keyHint: data.keyHint, keyKind: data.keyKind, baseUrl }
}
