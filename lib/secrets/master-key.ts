/**
 * The master key that encrypts Stripe and Metronome credentials at rest. From RATECRAFT_SECRET_KEY
 * (32 bytes, base64 or hex) or, when unset, generated once into `.data/secret.key` (mode 0600) and
 * read from there by the app, the CLI and workers alike.
 */
import crypto from 'node:crypto'
import fs from 'node:fs'
import { dataDir, dataPath } from '@/lib/runtime/paths'

let cached: Buffer | null = null

export function parseMasterKey(text: string): Buffer {
  const t = text.trim()
  const key = /^[0-9a-fA-F]{64}$/.test(t) ? Buffer.from(t, 'hex') : Buffer.from(t, 'base64')
  if (key.length !== 32) throw new Error('RATECRAFT_SECRET_KEY must be 32 bytes, base64- or hex-encoded (e.g. `openssl rand -base64 32`)')
  return key
}

export function loadMasterKey(): Buffer {
  if (cached) return cached
  const fromEnv = process.env.RATECRAFT_SECRET_KEY
  if (fromEnv) return (cached = parseMasterKey(fromEnv))
  const file = dataPath('secret.key')
  if (!fs.existsSync(file)) {
    fs.mkdirSync(dataDir(), { recursive: true })
    try {
      // wx: if two processes race, exactly one writes and both read the same key.
      fs.writeFileSync(file, crypto.randomBytes(32).toString('base64') + '\n', { flag: 'wx', mode: 0o600 })
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e
    }
  }
  return (cached = parseMasterKey(fs.readFileSync(file, 'utf8')))
}

/** Tests switch keys; production code never calls this. */
export function resetMasterKeyCache(): void {
  cached = null
}
