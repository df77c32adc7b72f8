/**
 * Shared plumbing of the draft services: decision rows ↔ the core's decisions, the change set a
 * request means, and writing a catalogue change as row updates.
 */
import { isEditableStatus } from '@/lib/catalog/lifecycle'
import { CATALOG_KINDS, type CatalogKind, type TCatalog } from '@/lib/catalog/schemas'
import { ConflictError, NotFoundError } from '@/lib/catalog/errors'
import type { DecisionTarget, DecisionWithState, Fidelity, MappingRule, UserState } from '@/lib/catalog/mapping/types'
import type { StripeObjectType } from '@/lib/catalog/stripe/snapshot'
import type { TChangeSetRef, TDecisionRow, TDraftReport } from '@/lib/contracts/drafts'
import { deleteCatalogObject, putCatalogObject } from '@/lib/db/catalog-objects'
import type { DbTx } from '@/lib/db/client'
import { findChangeSetWithReport, latestAutoDraft, setCatalogOrder } from '@/lib/db/drafts'
import type { DecisionRow } from '@/lib/db/mapping-decisions'
import { sameJson } from '@/lib/catalog/drafting/stable-json'
import type { WorkspaceCtx } from '../context'

export type ChangeSetWithReport = NonNullable<Awaited<ReturnType<typeof latestAutoDraft>>>

export function toDecisionWithState(r: DecisionRow): DecisionWithState {
  return {
    key: r.decisionKey,
    stripeType: r.stripeType as StripeObjectType,
    stripeId: r.stripeId,
    targets: (r.targets ?? []) as DecisionTarget[],
    fidelity: r.fidelity as Fidelity,
    rule: r.rule as MappingRule,
    reason: r.reason,
    ...(r.lost ? { lost: r.lost } : {}),
    sourceHash: r.sourceHash ?? '',
    userState: r.userState as UserState,
  }
}

export type RowContext = { names: Map<string, { name: string | null; removed: boolean }>; report: TDraftReport | null }

export function toDecisionRow(r: DecisionRow, rc: RowContext): TDecisionRow {
  const source = `${r.stripeType}:${r.stripeId}`
  const named = rc.names.get(source)
  const changed = rc.report?.redraft?.changedSources.some((c) => c.key === r.decisionKey) ?? false
  const isNew = rc.report?.redraft?.newSources.some((s) => `${s.stripeType}:${s.stripeId}` === source) ?? false
  return {
    id: r.id,
    key: r.decisionKey,
    stripeType: r.stripeType,
    stripeId: r.stripeId,
    stripeName: named?.name ?? null,
    stripeRemoved: named?.removed ?? false,
    targets: (r.targets ?? []) as DecisionTarget[],
    fidelity: r.fidelity as Fidelity,
    rule: r.rule,
    reason: r.reason,
    lost: r.lost,
    userState: r.userState as UserState,
    userNote: r.userNote,
    sourceChanged: changed,
    isNew,
    stashed: Array.isArray(r.excludedObjects) ? r.excludedObjects.length : 0,
  }
}

export function changeSetRef(cs: ChangeSetWithReport): TChangeSetRef {
  return { id: cs.id, number: cs.number, title: cs.title, status: cs.status, origin: cs.origin, createdAt: cs.createdAt.toISOString(), updatedAt: cs.updatedAt.toISOString() }
}

export const reportOf = (cs: { draftReport: unknown }): TDraftReport | null => (cs.draftReport && typeof cs.draftReport === 'object' ? (cs.draftReport as TDraftReport) : null)

/** The change set a request names ("latest" or nothing = the latest auto-draft). */
export async function resolveDraftChangeSet(ctx: WorkspaceCtx, ref: string | undefined | null, db: DbTx = ctx.db): Promise<ChangeSetWithReport> {
  const cs = !ref || ref === 'latest' ? await latestAutoDraft(db, ctx.workspace.id) : await findChangeSetWithReport(db, ctx.workspace.id, ref)
  if (!cs) throw new NotFoundError(!ref || ref === 'latest' ? 'An auto-draft (run one from the Auto-draft page, or `npx ratecraft draft`)' : `Change set "${ref}"`)
  return cs
}

export function assertEditable(cs: { number: number; status: string }): void {
  if (!isEditableStatus(cs.status)) {
    throw new ConflictError(`CS-${cs.number} is ${cs.status.replace('_', ' ')}: its content can change only while it is a draft. Re-draft to get a new one.`)
  }
}

const same = sameJson

/** Writes the difference between two catalogues of a change set as row deletes and upserts; returns the rows touched. */
export async function writeCatalogChange(tx: DbTx, changeSetId: string, before: TCatalog, after: TCatalog): Promise<number> {
  let touched = 0
  for (const [kind, name] of Object.entries(CATALOG_KINDS) as Array<[CatalogKind, keyof TCatalog]>) {
    const prev = new Map((before[name] as Array<{ key: string }>).map((o) => [o.key, o]))
    const next = new Map((after[name] as Array<{ key: string }>).map((o) => [o.key, o]))
    for (const key of prev.keys()) {
      if (!next.has(key)) {
        await deleteCatalogObject(tx, changeSetId, kind, key)
        touched++
      }
    }
    for (const [key, doc] of next) {
      if (!same(prev.get(key), doc)) {
        await putCatalogObject(tx, changeSetId, kind, doc)
        touched++
      }
    }
    // Objects put back where they were (un-excluding): keep the export order of the catalogue.
    const remaining = [...prev.keys()].filter((k) => next.has(k))
    const order = [...next.keys()]
    const appendedOnly = order.slice(0, remaining.length).every((k, i) => k === remaining[i])
    if (!appendedOnly) await setCatalogOrder(tx, changeSetId, kind, order)
  }
  return touched
}
