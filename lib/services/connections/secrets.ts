/**
 * Decrypting stored credentials happens only here, on the server, at the moment a call needs them.
 * The associated data binds each ciphertext to its workspace and purpose.
 */
import { decryptSecret, encryptSecret } from '@/lib/secrets/crypto'

export const stripeKeyAad = (workspaceId: string) => `stripe-key:${workspaceId}`
export const metronomeTokenAad = (workspaceId: string) => `metronome-token:${workspaceId}`

export const encryptStripeKey = (workspaceId: string, key: string) => encryptSecret(key, stripeKeyAad(workspaceId))
export const decryptStripeKey = (workspaceId: string, c: string) => decryptSecret(c, stripeKeyAad(workspaceId))
export const encryptMetronomeToken = (workspaceId: string, t: string) => encryptSecret(t, metronomeTokenAad(workspaceId))
export const decryptMetronomeToken = (workspaceId: string, c: string) => decryptSecret(c, metronomeTokenAad(workspaceId))
