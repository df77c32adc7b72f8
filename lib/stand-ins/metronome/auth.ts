import { createHash } from 'node:crypto'

/** A token that is always refused, so tests can provoke a 401 without configuring anything. */
export const ALWAYS_REVOKED_TOKEN = 'revoked'

export function tokenHash(token: string): string {
  return createHash('sha256').update(token).digest('hex').slice(0, 32)
}

export function bearerToken(header: string | undefined): string | null {
  const match = /^Bearer\s+(.+)$/i.exec(header?.trim() ?? '')
  return match?.[1]?.trim() || null
}

export function isTokenAccepted(token: string, accepted: readonly string[] | 'any', revokedHashes: readonly string[]): boolean {
  if (token === ALWAYS_REVOKED_TOKEN) return false
  if (revokedHashes.includes(tokenHash(token))) return false
  return accepted === 'any' ? token.length > 0 : accepted.includes(token)
}
