/** The Auto-draft page: the latest auto-draft, its report and counts, and the drafting settings. */
import { defaultCutover, formatCutover } from '@/lib/catalog/drafting/cutover'
import { NotFoundError } from '@/lib/catalog/errors'
import { canonicalTargetDoc } from '@/lib/catalog/drafting/target-docs'
import { findObject } from '@/lib/catalog/mapping/catalog-objects'
import type { DecisionTarget, Fidelity, IntegrationPattern, TargetType, UserState } from '@/lib/catalog/mapping/types'
import { CATALOG_KINDS } from '@/lib/catalog/schemas'
import { can } from '@/lib/auth/permissions'
import type { TDesignObject, TDraftOverview } from '@/lib/contracts/drafts'
import { countCatalogObjects, loadCatalog } from '@/lib/db/catalog-objects'
import { latestCatalogImport } from '@/lib/db/draft-sources'
import { countDecisions, listDecisions } from '@/lib/db/mapping-decisions'
import { readDraftSettings } from '@/lib/db/workspace-settings'
import { authorize, type WorkspaceCtx } from '../context'
import { changeSetRef, reportOf, resolveDraftChangeSet, toDecisionRow } from './draft-data'
import { latestAutoDraft, findChangeSetWithReport } from '@/lib/db/drafts'
import { importedObjectNames } from '@/lib/db/draft-sources'

export async function getDraftOverview(ctx: WorkspaceCtx, ref?: string | null): Promise<TDraftOverview> {
  authorize(ctx, 'workspace.read')
  const cs = ref ? await findChangeSetWithReport(ctx.db, ctx.workspace.id, ref) : await latestAutoDraft(ctx.db, ctx.workspace.id)
  if (ref && !cs) throw new NotFoundError(`Change set "${ref}"`)
  const row = await readDraftSettings(ctx.db, ctx.workspace.id)
  const fallback = defaultCutover(ctx.clock.now())
  const settings = {
    cutoverAt: row.cutoverAt ? formatCutover(row.cutoverAt) : fallback,
    cutoverIsDefault: !row.cutoverAt,
    defaultCutoverAt: fallback,
    integrationPattern: (row.integrationPattern as IntegrationPattern | null) ?? null,
  }
  const fidelity: Record<Fidelity, number> = { exact: 0, approximate: 0, unsupported: 0 }
  const state: Record<UserState, number> = { proposed: 0, accepted: 0, changed: 0, excluded: 0 }
  let objects: Record<string, number> = {}
  let decisions = 0
  if (cs) {
    for (const c of await countDecisions(ctx.db, cs.id)) {
      fidelity[c.fidelity as Fidelity] = (fidelity[c.fidelity as Fidelity] ?? 0) + c.count
      state[c.userState as UserState] = (state[c.userState as UserState] ?? 0) + c.count
      decisions += c.count
    }
    const byKind = await countCatalogObjects(ctx.db, cs.id)
    objects = Object.fromEntries(Object.entries(CATALOG_KINDS).map(([kind, name]) => [name, byKind[kind] ?? 0]))
  }
  const importAvailable = !!(await latestCatalogImport(ctx.db, ctx.workspace.id, null))
  const report = cs ? reportOf(cs) : null
  const stripeNames: Record<string, string | null> = {}
  if (report?.recommendation.drivers.length) {
    const wanted = new Set(report.recommendation.drivers.map((d) => `${d.stripeType}:${d.stripeId}`))
    for (const r of await importedObjectNames(ctx.db, ctx.workspace.id, report.import.accountId)) if (wanted.has(`${r.type}:${r.stripeId}`)) stripeNames[`${r.type}:${r.stripeId}`] = r.name
  }
  return {
    changeSet: cs ? { ...changeSetRef(cs), importRunId: cs.importRunId } : null,
    report,
    counts: { objects, fidelity, state, decisions },
    settings,
    canEdit: can(ctx.actor.role, 'catalog.edit'),
    importAvailable,
    stripeNames,
  }
}

const KINDS = Object.keys(CATALOG_KINDS)
const TERMS = ['commit', 'credit', 'override', 'subscription']

/** One design object of a change set, with the decisions that target it. */
export async function getDesignObject(ctx: WorkspaceCtx, ref: string | null | undefined, kind: string, key: string): Promise<TDesignObject> {
  authorize(ctx, 'workspace.read')
  if (!KINDS.includes(kind) && !TERMS.includes(kind)) throw new NotFoundError(`Object type "${kind}"`)
  const cs = await resolveDraftChangeSet(ctx, ref)
  const catalog = await loadCatalog(ctx.db, cs.id)
  const found = findObject(catalog, kind as TargetType, key)
  if (!found) throw new NotFoundError(`${kind.replace('_', ' ')} "${key}" in CS-${cs.number}`)
  const rows = await listDecisions(ctx.db, cs.id)
  const report = reportOf(cs)
  const names = new Map<string, { name: string | null; removed: boolean }>()
  const targeting = rows.filter((r) => ((r.targets ?? []) as DecisionTarget[]).some((t) => t.type === kind && t.key === key))
  if (report && targeting.length) {
    const wanted = new Set(targeting.map((r) => `${r.stripeType}:${r.stripeId}`))
    for (const r of await importedObjectNames(ctx.db, ctx.workspace.id, report.import.accountId)) if (wanted.has(`${r.type}:${r.stripeId}`)) names.set(`${r.type}:${r.stripeId}`, { name: r.name, removed: !!r.removedAt })
  }
  return {
    changeSet: changeSetRef(cs),
    kind,
    key,
    ...(found.holder ? { holder: found.holder } : {}),
    doc: canonicalTargetDoc(kind, found.value),
    decisions: targeting.map((r) => toDecisionRow(r, { names, report })),
  }
}
