/**
 * Catalogue objects of a change set ↔ the catalogue document (lib/catalog/schemas.ts). Rows hold each
 * object's catalogue-JSON form; `loadCatalog` assembles the document the pure core works on.
 */
import { CATALOG_KINDS, emptyCatalog, type CatalogKind, type TCatalog } from '@/lib/catalog/schemas'
import type { DbTx } from './client'

type Doc = { key: string; name?: string; product?: string; billable_metric?: string; rate_card?: string }

function projection(kind: CatalogKind, doc: Doc) {
  return {
    name: typeof doc.name === 'string' ? doc.name : null,
    refKey: kind === 'product' ? (doc.billable_metric ?? null) : kind === 'rate' ? (doc.product ?? null) : null,
    parentKey: kind === 'rate' ? (doc.rate_card ?? null) : null,
  }
}

export async function loadCatalog(db: DbTx, changeSetId: string): Promise<TCatalog> {
  const rows = await db.catalogObject.findMany({
    where: { changeSetId },
    orderBy: [{ kind: 'asc' }, { position: 'asc' }],
    select: { kind: true, doc: true },
  })
  const catalog = emptyCatalog()
  for (const r of rows) {
    const arrayName = CATALOG_KINDS[r.kind as CatalogKind]
    if (arrayName) (catalog[arrayName] as unknown[]).push(r.doc)
  }
  return catalog
}

export async function getCatalogObject(db: DbTx, changeSetId: string, kind: CatalogKind, key: string) {
  return db.catalogObject.findUnique({ where: { changeSetId_kind_key: { changeSetId, kind, key } }, select: { doc: true, updatedAt: true } })
}

/** Inserts or replaces one object; new objects go to the end of their kind. */
export async function putCatalogObject(tx: DbTx, changeSetId: string, kind: CatalogKind, doc: Doc): Promise<'created' | 'updated'> {
  const existing = await tx.catalogObject.findUnique({ where: { changeSetId_kind_key: { changeSetId, kind, key: doc.key } }, select: { id: true } })
  if (existing) {
    await tx.catalogObject.update({ where: { id: existing.id }, data: { doc: doc as object, ...projection(kind, doc) } })
    return 'updated'
  }
  const last = await tx.catalogObject.findFirst({ where: { changeSetId, kind }, orderBy: { position: 'desc' }, select: { position: true } })
  await tx.catalogObject.create({ data: { changeSetId, kind, key: doc.key, position: (last?.position ?? -1) + 1, doc: doc as object, ...projection(kind, doc) } })
  return 'created'
}

export async function deleteCatalogObject(tx: DbTx, changeSetId: string, kind: CatalogKind, key: string): Promise<boolean> {
  const r = await tx.catalogObject.deleteMany({ where: { changeSetId, kind, key } })
  return r.count > 0
}

/** Replaces the whole catalogue of a change set (auto-draft, apply), keeping array order as position. */
export async function replaceCatalog(tx: DbTx, changeSetId: string, catalog: TCatalog): Promise<void> {
  await tx.catalogObject.deleteMany({ where: { changeSetId } })
  const data = (Object.entries(CATALOG_KINDS) as Array<[CatalogKind, keyof TCatalog]>).flatMap(([kind, arrayName]) =>
    (catalog[arrayName] as Doc[]).map((doc, position) => ({ changeSetId, kind, key: doc.key, position, doc: doc as object, ...projection(kind, doc) })),
  )
  for (let i = 0; i < data.length; i += 1000) await tx.catalogObject.createMany({ data: data.slice(i, i + 1000) })
}

export async function countCatalogObjects(db: DbTx, changeSetId: string): Promise<Record<string, number>> {
  const rows = await db.catalogObject.groupBy({ by: ['kind'], where: { changeSetId }, _count: { _all: true } })
  return Object.fromEntries(rows.map((r) => [r.kind, r._count._all]))
}
