/** A change set's catalogue, its canonical serialisation and content hash (what an approval is for). */
import crypto from 'node:crypto'
import { serializeCatalog } from '@/lib/catalog/format/serialize-catalog'
import { loadCatalog } from '@/lib/db/catalog-objects'
import type { DbTx } from '@/lib/db/client'

export async function changeSetContent(db: DbTx, changeSetId: string) {
  const catalog = await loadCatalog(db, changeSetId)
  const hash = crypto.createHash('sha256').update(serializeCatalog(catalog)).digest('hex')
  return { catalog, hash }
}
