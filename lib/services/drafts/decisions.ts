/**
 * The migration map's decisions: list, detail (target objects, what excluding would remove), and the
 * user's verdict — accept, exclude (its objects leave the draft), restore, or change (edit the target
 * objects; each checked against the draft schema, references checked across the catalogue). Every
 * change is audited in the same transaction, under a row lock on the change set.
 */
import { applyUserStates, diffRemovals, restoreStash, stashSummary, type StashEntry } from '@/lib/catalog/drafting/exclusion'
import { canonicalTargetDoc, checkTargetDoc, TERM_TYPES } from '@/lib/catalog/drafting/target-docs'
import { InvalidInputError, NotFoundError } from '@/lib/catalog/errors'
import { isEditableStatus } from '@/lib/catalog/lifecycle'
import { referenceProblems } from '@/lib/catalog/format/catalog-references'
import { findObject, putObject } from '@/lib/catalog/mapping/catalog-objects'
import type { DecisionTarget, DecisionWithState, TargetType, UserState } from '@/lib/catalog/mapping/types'
import type { TCatalog } from '@/lib/catalog/schemas'
import { validateCatalog } from '@/lib/catalog/validation'
import { loadValidationContext } from '../validation/validation-context'
import type { z } from 'zod'
import type { TBulkResult, TDecisionDetail, TDecisionList, TDecisionMutation, TDecisionRow, ZBulkDecisions, ZChangeTargets, ZDecisionAction } from '@/lib/contracts/drafts'
import { writeAudit } from '@/lib/db/audit'
import { loadCatalog } from '@/lib/db/catalog-objects'
import type { DbTx } from '@/lib/db/client'
import { importedObjectNames } from '@/lib/db/draft-sources'
import { lockChangeSet, touchChangeSet } from '@/lib/db/drafts'
import { findDecision, listDecisions, setDecisionStates, updateDecisionState, type DecisionRow } from '@/lib/db/mapping-decisions'
import { auditActor, authorize, type WorkspaceCtx } from '../context'
import { assertEditable, changeSetRef, reportOf, resolveDraftChangeSet, toDecisionRow, toDecisionWithState, writeCatalogChange, type ChangeSetWithReport, type RowContext } from './draft-data'

async function rowContext(db: DbTx, workspaceId: string, cs: ChangeSetWithReport): Promise<RowContext> {
  const report = reportOf(cs)
  const accountId = report?.import.accountId
  const names = new Map<string, { name: string | null; removed: boolean }>()
  if (accountId) for (const r of await importedObjectNames(db, workspaceId, accountId)) names.set(`${r.type}:${r.stripeId}`, { name: r.name, removed: !!r.removedAt })
  return { names, report }
}

const editable = (cs: { status: string }) => isEditableStatus(cs.status)

/** One decision edit: a transaction holding the change set's row lock, refused unless it is editable. */
function inLockedDraft<T>(ctx: WorkspaceCtx, ref: string | null | undefined, work: (tx: DbTx, cs: ChangeSetWithReport) => Promise<T>): Promise<T> {
  return ctx.db.$transaction(
    async (tx) => {
      const cs = await resolveDraftChangeSet(ctx, ref, tx)
      assertEditable(cs)
      await lockChangeSet(tx, cs.id)
      return work(tx, cs)
    },
    { timeout: 60_000, maxWait: 20_000 },
  )
}

export async function listDraftDecisions(ctx: WorkspaceCtx, ref?: string | null): Promise<TDecisionList> {
  authorize(ctx, 'workspace.read')
  const cs = await resolveDraftChangeSet(ctx, ref)
  const [rows, rc] = await Promise.all([listDecisions(ctx.db, cs.id), rowContext(ctx.db, ctx.workspace.id, cs)])
  return { changeSet: changeSetRef(cs), editable: editable(cs), decisions: rows.map((r) => toDecisionRow(r, rc)) }
}

async function loadDecision(db: DbTx, cs: ChangeSetWithReport, id: string): Promise<DecisionRow> {
  const d = await findDecision(db, cs.id, id)
  if (!d) throw new NotFoundError(`Decision "${id}" in CS-${cs.number}`)
  return d
}

/** Objects the first decision targeting them produced (the re-draft's rule for exclusions). */
function producers(decisions: DecisionWithState[]): Map<string, string> {
  const out = new Map<string, string>()
  for (const d of decisions) for (const t of d.targets) if (!out.has(`${t.type}:${t.key}`)) out.set(`${t.type}:${t.key}`, d.key)
  return out
}

function withState(decisions: DecisionWithState[], key: string, state: UserState): DecisionWithState[] {
  return decisions.map((d) => (d.key === key ? { ...d, userState: state } : d))
}

export async function getDecisionDetail(ctx: WorkspaceCtx, ref: string | null | undefined, id: string): Promise<TDecisionDetail> {
  authorize(ctx, 'workspace.read')
  const cs = await resolveDraftChangeSet(ctx, ref)
  const row = await loadDecision(ctx.db, cs, id)
  const [rows, catalog, rc] = await Promise.all([listDecisions(ctx.db, cs.id), loadCatalog(ctx.db, cs.id), rowContext(ctx.db, ctx.workspace.id, cs)])
  const all = rows.map(toDecisionWithState)
  const made = producers(all)
  const targets = ((row.targets ?? []) as DecisionTarget[]).map((t) => {
    const found = findObject(catalog, t.type, t.key)
    return { type: t.type, key: t.key, ...(found?.holder ? { holder: found.holder } : {}), doc: found ? canonicalTargetDoc(t.type, found.value) : null, producedBy: made.get(`${t.type}:${t.key}`) ?? null }
  })
  let exclusionPreview: TDecisionDetail['exclusionPreview'] = []
  if (row.userState !== 'excluded') {
    const after = applyUserStates(catalog, withState(all, row.decisionKey, 'excluded'))
    exclusionPreview = stashSummary(diffRemovals(catalog, after))
  }
  return {
    decision: toDecisionRow(row, rc),
    targets,
    exclusionPreview,
    stash: (Array.isArray(row.excludedObjects) ? row.excludedObjects : []) as StashEntry[],
    editable: editable(cs),
  }
}

const STATE_FOR: Record<z.infer<typeof ZDecisionAction>['action'], UserState> = { accept: 'accepted', exclude: 'excluded', restore: 'proposed', reset: 'proposed' }
const AUDIT_FOR: Record<z.infer<typeof ZDecisionAction>['action'], string> = { accept: 'decision.accepted', exclude: 'decision.excluded', restore: 'decision.restored', reset: 'decision.reset' }

export async function actOnDecision(ctx: WorkspaceCtx, ref: string | null | undefined, id: string, input: z.infer<typeof ZDecisionAction>): Promise<TDecisionMutation> {
  authorize(ctx, 'catalog.edit')
  return inLockedDraft(ctx, ref, async (tx, cs) => {
      const row = await loadDecision(tx, cs, id)
      if (input.action === 'restore' && row.userState !== 'excluded') throw new InvalidInputError(`Decision ${row.decisionKey} is ${row.userState}, not excluded: there is nothing to restore.`)
      const next = STATE_FOR[input.action]
      const rows = await listDecisions(tx, cs.id)
      const before = await loadCatalog(tx, cs.id)
      let after: TCatalog = before
      let stash: StashEntry[] | null = (Array.isArray(row.excludedObjects) ? row.excludedObjects : null) as StashEntry[] | null
      let removed: TDecisionMutation['removed'] = []
      let restored = 0
      if (next === 'excluded' && row.userState !== 'excluded') {
        after = applyUserStates(before, withState(rows.map(toDecisionWithState), row.decisionKey, 'excluded'))
        const entries = diffRemovals(before, after)
        stash = [...(stash ?? []), ...entries]
        removed = stashSummary(entries)
      } else if (next !== 'excluded' && row.userState === 'excluded') {
        after = restoreStash(before, stash ?? [])
        restored = stash?.length ?? 0
        stash = null
      }
      if (after !== before) await writeCatalogChange(tx, cs.id, before, after)
      const note = input.note !== undefined ? input.note || null : row.userNote
      const updated = await updateDecisionState(tx, row.id, { userState: next, userNote: note, excludedObjects: stash })
      await touchChangeSet(tx, cs.id)
      await writeAudit(tx, {
        workspaceId: ctx.workspace.id,
        actor: auditActor(ctx),
        action: AUDIT_FOR[input.action],
        targetType: 'mapping_decision',
        targetId: row.decisionKey,
        data: { changeSet: cs.number, from: row.userState, to: next, note, ...(removed.length ? { removed } : {}), ...(restored ? { restored } : {}) },
      })
      const rc = await rowContext(tx, ctx.workspace.id, cs)
      return { decision: toDecisionRow(updated, rc), removed, restored }
  })
}

/** "Change": the user's edited JSON of the decision's target objects replaces them in the draft. */
export async function changeDecisionTargets(ctx: WorkspaceCtx, ref: string | null | undefined, id: string, input: z.infer<typeof ZChangeTargets>): Promise<TDecisionMutation> {
  authorize(ctx, 'catalog.edit')
  const context = await loadValidationContext(ctx)
  let saved: TCatalog | null = null
  const result = await inLockedDraft(ctx, ref, async (tx, cs) => {
      const row = await loadDecision(tx, cs, id)
      if (row.userState === 'excluded') throw new InvalidInputError(`Decision ${row.decisionKey} is excluded: restore it before changing its objects.`)
      const targets = (row.targets ?? []) as DecisionTarget[]
      const before = await loadCatalog(tx, cs.id)
      const after = structuredClone(before)
      const problems: Array<{ path: string; message: string }> = []
      const changed: Array<{ type: string; key: string }> = []
      input.objects.forEach((o, i) => {
        const at = `/objects/${i}`
        const target = targets.find((t) => t.type === o.type && t.key === o.key)
        if (!target) {
          problems.push({ path: `${at}`, message: `${o.type} "${o.key}" is not a target of decision ${row.decisionKey}: edit it from the decision that produced it` })
          return
        }
        const found = findObject(after, target.type, target.key)
        if (!found) {
          problems.push({ path: at, message: `${target.type} "${target.key}" is no longer in CS-${cs.number} (excluded or removed)` })
          return
        }
        const check = checkTargetDoc(target.type as TargetType, target.key, o.doc)
        if (!check.ok) {
          for (const p of check.problems) problems.push({ path: `${at}/doc${p.path}`, message: p.message })
          return
        }
        putObject(after, target.type, target.key, check.doc, found.holder)
        changed.push({ type: target.type, key: target.key })
      })
      if (problems.length) throw new InvalidInputError(problemMessage(problems), { problems })
      // References: refuse only problems the edit introduces (paths are stable: keys and positions do not move).
      const had = new Set(referenceProblems(before).map((p) => `${p.path}|${p.message}`))
      const introduced = referenceProblems(after).filter((p) => !had.has(`${p.path}|${p.message}`))
      if (introduced.length) throw new InvalidInputError(problemMessage(introduced), { problems: introduced })
      const touched = await writeCatalogChange(tx, cs.id, before, after)
      saved = after
      const note = input.note !== undefined ? input.note || null : row.userNote
      const updated = await updateDecisionState(tx, row.id, { userState: 'changed', userNote: note, excludedObjects: null })
      await touchChangeSet(tx, cs.id)
      await writeAudit(tx, {
        workspaceId: ctx.workspace.id,
        actor: auditActor(ctx),
        action: 'decision.changed',
        targetType: 'mapping_decision',
        targetId: row.decisionKey,
        data: { changeSet: cs.number, from: row.userState, changed, rowsWritten: touched, note, terms: changed.filter((c) => TERM_TYPES.has(c.type as TargetType)).length },
      })
      const rc = await rowContext(tx, ctx.workspace.id, cs)
      return { decision: toDecisionRow(updated, rc), removed: [], restored: 0 }
  })
  // The server re-validates what was saved (the same rules the editor ran); publishing gates on errors.
  return { ...result, issues: saved ? validateCatalog(saved, context) : [] }
}

/**
 * Accept (or reset) many decisions at once — the "accept every exact decision on screen" of a map with
 * thousands of rows. Only state changes, no objects move: accept applies to decisions still to review,
 * reset to accepted ones; excluded and changed decisions are left alone (skipped).
 */
export async function bulkDecisions(ctx: WorkspaceCtx, ref: string | null | undefined, input: z.infer<typeof ZBulkDecisions>): Promise<TBulkResult> {
  authorize(ctx, 'catalog.edit')
  return inLockedDraft(ctx, ref, async (tx, cs) => {
      const ids = [...new Set(input.ids)]
      const keys = input.action === 'accept' ? await setDecisionStates(tx, cs.id, ids, ['proposed'], 'accepted') : await setDecisionStates(tx, cs.id, ids, ['accepted'], 'proposed')
      if (keys.length) {
        await touchChangeSet(tx, cs.id)
        await writeAudit(tx, {
          workspaceId: ctx.workspace.id,
          actor: auditActor(ctx),
          action: input.action === 'accept' ? 'decision.bulk_accepted' : 'decision.bulk_reset',
          targetType: 'change_set',
          targetId: cs.id,
          data: { changeSet: cs.number, count: keys.length, decisions: keys.slice(0, 500), ...(keys.length > 500 ? { more: keys.length - 500 } : {}) },
        })
      }
      return { changed: keys.length, skipped: ids.length - keys.length }
  })
}

function problemMessage(problems: Array<{ path: string; message: string }>): string {
  const head = problems.slice(0, 5).map((p) => `${p.path || '(object)'}: ${p.message}`)
  return `${problems.length === 1 ? 'The change has a problem' : `The change has ${problems.length} problems`} (nothing was saved): ${head.join('; ')}${problems.length > 5 ? '; …' : ''}`
}

export type { TDecisionRow }
