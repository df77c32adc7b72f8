/** A Metronome client for the workspace's stored connection (token decrypted only here). */
import { CatalogError } from '@/lib/catalog/errors'
import type { DbTx } from '@/lib/db/client'
import { getMetronomeConnection } from '@/lib/db/connections'
import { makeMetronomeClient } from '@/lib/metronome/client'
import { decryptMetronomeToken } from './secrets'

export async function metronomeForWorkspace(db: DbTx, workspaceId: string, override?: { token?: string; baseUrl?: string }) {
  if (override?.token) return { client: makeMetronomeClient({ token: override.token, baseUrl: override.baseUrl ?? null }), baseUrl: override.baseUrl ?? null }
  const conn = await getMetronomeConnection(db, workspaceId)
  if (!conn) throw new CatalogError('Connect Metronome first (Settings → Connections).', { status: 409, code: 'not_connected' })
  const baseUrl = override?.baseUrl ?? conn.baseUrl
  return { client: makeMetronomeClient({ token: decryptMetronomeToken(workspaceId, conn.tokenCiphertext), baseUrl }), baseUrl }
}
