/** Stripe and Metronome connections. Secrets are stored encrypted and only decrypted server-side. */
import type { DbTx } from './client'

export async function getStripeConnection(db: DbTx, workspaceId: string) {
  return db.stripeConnection.findUnique({
    where: { workspaceId },
    select: { id: true, accountId: true, accountName: true, livemode: true, baseUrl: true, keyCiphertext: true, keyHint: true, keyKind: true, isDemo: true, updatedAt: true },
  })
}

export async function getMetronomeConnection(db: DbTx, workspaceId: string) {
  return db.metronomeConnection.findUnique({
    where: { workspaceId },
    select: { id: true, baseUrl: true, tokenCiphertext: true, tokenHint: true, isDemo: true, updatedAt: true },
  })
}

export async function hasImportedDataForOtherAccount(db: DbTx, workspaceId: string, accountId: string): Promise<string | null> {
  const other = await db.stripeObject.findFirst({ where: { workspaceId, NOT: { accountId } }, select: { accountId: true } })
  return other?.accountId ?? null
}
