/** What Ratecraft recorded as published in Metronome (the base for diffs and immutability checks). */
import { CATALOG_KINDS, emptyCatalog, type CatalogKind, type TCatalog } from '@/lib/catalog/schemas'
import type { DbTx } from './client'

export type PublishedRecord = { kind: string; key: string; metronomeId: string; doc: unknown; publishedAt: Date; archivedAt: Date | null }

export async function listPublished(db: DbTx, workspaceId: string): Promise<PublishedRecord[]> {
  return db.publishedObject.findMany({
    where: { workspaceId },
    orderBy: { publishedAt: 'asc' },
    select: { kind: true, key: true, metronomeId: true, doc: true, publishedAt: true, archivedAt: true },
  })
}

export function publishedCatalog(records: PublishedRecord[]): TCatalog {
  const catalog = emptyCatalog()
  for (const r of records) {
    const arrayName = CATALOG_KINDS[r.kind as CatalogKind]
    if (arrayName && !r.archivedAt) (catalog[arrayName] as unknown[]).push(r.doc)
  }
  return catalog
}

export async function findPublished(db: DbTx, workspaceId: string, kind: CatalogKind, key: string) {
  return db.publishedObject.findUnique({
    where: { workspaceId_kind_key: { workspaceId, kind, key } },
    select: { metronomeId: true, doc: true, publishedAt: true, archivedAt: true, publishRunId: true },
  })
}

export async function recordPublished(tx: DbTx, a: { workspaceId: string; kind: CatalogKind; key: string; metronomeId: string; doc: unknown; runId: string; at: Date }) {
  await tx.publishedObject.upsert({
    where: { workspaceId_kind_key: { workspaceId: a.workspaceId, kind: a.kind, key: a.key } },
    create: { workspaceId: a.workspaceId, kind: a.kind, key: a.key, metronomeId: a.metronomeId, doc: a.doc as object, publishRunId: a.runId, publishedAt: a.at },
    update: { metronomeId: a.metronomeId, doc: a.doc as object, publishRunId: a.runId, publishedAt: a.at, archivedAt: null },
  })
}
