/**
 * Catalogue as code, out: a change set's design as the canonical catalogue JSON (lib/catalog/format).
 * Default change set: the workspace's latest open one. Export → apply → export is byte-identical.
 */
import { NotFoundError } from '@/lib/catalog/errors'
import { serializeCatalog } from '@/lib/catalog/format/serialize-catalog'
import { CATALOG_SCHEMA_ID, type TCatalog } from '@/lib/catalog/schemas'
import type { TCatalogCounts } from '@/lib/contracts/drafts'
import { loadCatalog } from '@/lib/db/catalog-objects'
import { findChangeSet, findLatestOpenChangeSet, listChangeSets } from '@/lib/db/change-sets'
import { authorize, type WorkspaceCtx } from '../context'

export function catalogCounts(c: TCatalog): TCatalogCounts {
  return {
    billableMetrics: c.billableMetrics.length,
    products: c.products.length,
    rateCards: c.rateCards.length,
    rates: c.rates.length,
    pricingUnits: c.pricingUnits.length,
    packages: c.packages.length,
    contracts: c.contracts.length,
  }
}

export type ExportResult = { changeSet: { id: string; number: number; title: string; status: string }; text: string; counts: TCatalogCounts; fileName: string }

export async function exportCatalog(ctx: WorkspaceCtx, changeSetId?: string | null): Promise<ExportResult> {
  authorize(ctx, 'workspace.read')
  const ref = changeSetId?.trim()
  const cs = ref ? await findChangeSet(ctx.db, ctx.workspace.id, ref) : await findLatestOpenChangeSet(ctx.db, ctx.workspace.id)
  if (!cs) {
    throw new NotFoundError(ref ? `Change set "${ref}" in workspace "${ctx.workspace.slug}"` : `An open change set in workspace "${ctx.workspace.slug}" (draft one with \`npx ratecraft draft\`, or pass --change-set)`)
  }
  const catalog = await loadCatalog(ctx.db, cs.id)
  const text = serializeCatalog({ $schema: CATALOG_SCHEMA_ID, ...catalog })
  return { changeSet: { id: cs.id, number: cs.number, title: cs.title, status: cs.status }, text, counts: catalogCounts(catalog), fileName: `${ctx.workspace.slug}-cs-${cs.number}.catalog.json` }
}

export async function listExportableChangeSets(ctx: WorkspaceCtx) {
  authorize(ctx, 'workspace.read')
  const rows = await listChangeSets(ctx.db, ctx.workspace.id)
  const latestOpen = await findLatestOpenChangeSet(ctx.db, ctx.workspace.id)
  return {
    latestOpenId: latestOpen?.id ?? null,
    changeSets: rows.map((r) => ({ id: r.id, number: r.number, title: r.title, status: r.status, origin: r.origin, createdAt: r.createdAt.toISOString(), updatedAt: r.updatedAt.toISOString() })),
  }
}
