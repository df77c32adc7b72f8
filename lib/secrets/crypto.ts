/**
 * AES-256-GCM for credentials at rest. Format: "v1:<iv b64>:<tag b64>:<ciphertext b64>".
 * The associated data binds a ciphertext to its purpose and workspace, so a row copied to another
 * workspace or column does not decrypt.
 */
import crypto from 'node:crypto'
import { loadMasterKey } from './master-key'

export function encryptSecret(plaintext: string, aad: string, key = loadMasterKey()): string {
  const iv = crypto.randomBytes(12)
  const cipher = crypto.createCipheriv('aes-256-gcm', key, iv)
  cipher.setAAD(Buffer.from(aad))
  const ct = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()])
  return ['v1', iv.toString('base64'), cipher.getAuthTag().toString('base64'), ct.toString('base64')].join(':')
}

export function decryptSecret(payload: string, aad: string, key = loadMasterKey()): string {
  const [v, iv, tag, ct] = payload.split(':')
  if (v !== 'v1' || !iv || !tag || !ct) throw new Error('stored secret has an unknown format')
  const decipher = crypto.createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64'))
  decipher.setAAD(Buffer.from(aad))
  decipher.setAuthTag(Buffer.from(tag, 'base64'))
  try {
    return Buffer.concat([decipher.update(Buffer.from(ct, 'base64')), decipher.final()]).toString('utf8')
  } catch {
    throw new Error('stored secret cannot be decrypted: RATECRAFT_SECRET_KEY differs from the key it was saved with')
  }
}

/** "sk_test_…4242": enough to recognise a key in the UI, useless to an attacker. */
export function secretHint(secret: string): string {
  const prefix = /^(sk|rk|pk)_(test|live)_/.exec(secret)?.[0] ?? secret.slice(0, 3)
  return `${prefix}…${secret.slice(-4)}`
}
