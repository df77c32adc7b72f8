/**
 * Auto-draft (issue 4): the workspace's latest import → a Metronome design as a new change set
 * (origin auto_draft, linked to the import run), with its catalogue objects and one row per decision,
 * audited, in one transaction.
 *
 * Re-drafting: when the workspace has an earlier auto-draft, its decisions (with the user's accept /
 * change / exclude) and its catalogue are the `previous` of the core's re-draft (mapping/redraft.ts):
 * accepted and changed objects stay as the user left them unless Stripe changed them, excluded ones
 * stay out, hand-made objects are kept, and what the new import changed is recorded in the report.
 * (The core is run once without `previous` and the re-draft is applied here with the same function
 * `draftCatalog` calls — the result is identical — so what the exclusions removed can be stashed on
 * each excluded decision for un-excluding.)
 */
import { defaultCutover, formatCutover } from '@/lib/catalog/drafting/cutover'
import { attributeRemovals, diffRemovals, type StashEntry } from '@/lib/catalog/drafting/exclusion'
import { pruneDanglingReferences } from '@/lib/catalog/drafting/prune'
import { ConflictError } from '@/lib/catalog/errors'
import { DEFAULT_VOLUME_TIER_STRATEGY, draftCatalog } from '@/lib/catalog/mapping/draft-catalog'
import { applyRedraft } from '@/lib/catalog/mapping/redraft'
import type { Decision, DecisionWithState, IntegrationPattern, UserState } from '@/lib/catalog/mapping/types'
import { CATALOG_KINDS, type TCatalog } from '@/lib/catalog/schemas'
import type { TDraftReport } from '@/lib/contracts/drafts'
import { writeAudit } from '@/lib/db/audit'
import { loadCatalog, replaceCatalog } from '@/lib/db/catalog-objects'
import { createChangeSet } from '@/lib/db/change-sets'
import { runningCatalogImport } from '@/lib/db/draft-sources'
import { latestAutoDraft, setDraftReport, supersedeOpenAutoDrafts } from '@/lib/db/drafts'
import { insertDecisions, listDecisions } from '@/lib/db/mapping-decisions'
import { readDraftSettings, updateDraftSettings } from '@/lib/db/workspace-settings'
import { auditActor, authorize, type WorkspaceCtx } from '../context'
import { toDecisionWithState } from './draft-data'
import { loadSnapshot } from './snapshot'

export type RunDraftResult = {
  changeSetId: string
  number: number
  decisions: Array<Decision & { userState: UserState }>
  report: TDraftReport
  counts: Record<string, number>
}

function countObjects(c: TCatalog): Record<string, number> {
  return Object.fromEntries(Object.values(CATALOG_KINDS).map((name) => [name, (c[name] as unknown[]).length]))
}

const day = (d: Date | null) => (d ? d.toISOString().slice(0, 16).replace('T', ' ') + ' UTC' : 'an unfinished run')

export async function runDraft(ctx: WorkspaceCtx, o: { log?: (line: string) => void } = {}): Promise<RunDraftResult> {
  authorize(ctx, 'catalog.edit')
  const ws = ctx.workspace
  const running = await runningCatalogImport(ctx.db, ws.id)
  if (running) throw new ConflictError(`An import of the Stripe catalogue is ${running.status} (since ${day(running.queuedAt)}): draft when it has finished, so the draft sees the whole catalogue.`)

  const settings = await readDraftSettings(ctx.db, ws.id)
  const cutoverAt = settings.cutoverAt ? formatCutover(settings.cutoverAt) : defaultCutover(ctx.clock.now())
  const pattern = (settings.integrationPattern as IntegrationPattern | null) ?? null
  const loaded = await loadSnapshot(ctx.db, ws.id)
  o.log?.(`drafting from import ${loaded.importRun.id} (${loaded.objectCount} Stripe objects${loaded.sampleEvents.length ? `, ${loaded.sampleEvents.length} sample events` : ''}), cutover ${cutoverAt}`)

  const prevCs = await latestAutoDraft(ctx.db, ws.id)
  const prevRows = prevCs ? await listDecisions(ctx.db, prevCs.id) : []
  const previous = prevCs
    ? { decisions: prevRows.map(toDecisionWithState), catalog: await loadCatalog(ctx.db, prevCs.id), notes: new Map(prevRows.map((d) => [d.decisionKey, d.userNote])) }
    : null

  const fresh = draftCatalog(loaded.snapshot, { cutoverAt, ...(pattern ? { integrationPattern: pattern } : {}), sampleEvents: loaded.sampleEvents })
  let catalog = fresh.catalog
  let decisions: Decision[] = fresh.decisions
  let redraft: TDraftReport['redraft']
  let stashes = new Map<string, StashEntry[]>()
  const stateOf = new Map<string, UserState>()
  if (previous && prevCs) {
    const merged = applyRedraft({ catalog: fresh.catalog, decisions: fresh.decisions }, previous)
    catalog = merged.catalog
    decisions = merged.decisions
    redraft = { ...merged.report, previous: { id: prevCs.id, number: prevCs.number } }
    const prevByKey = new Map(previous.decisions.map((d) => [d.key, d]))
    const kept = new Set(merged.report.kept.map((k) => k.key))
    for (const d of decisions) {
      const p = prevByKey.get(d.key)
      stateOf.set(d.key, p?.userState === 'excluded' ? 'excluded' : p && kept.has(d.key) ? p.userState : 'proposed')
    }
    const excludedNow = decisions.filter((d) => stateOf.get(d.key) === 'excluded')
    if (excludedNow.length) {
      const asProposed: DecisionWithState[] = previous.decisions.map((d) => (d.userState === 'excluded' ? { ...d, userState: 'proposed' } : d))
      const base = applyRedraft({ catalog: fresh.catalog, decisions: fresh.decisions }, { catalog: previous.catalog, decisions: asProposed }).catalog
      stashes = attributeRemovals(diffRemovals(base, pruneDanglingReferences(catalog).catalog), excludedNow)
    }
  }
  const pruned = pruneDanglingReferences(catalog)
  catalog = pruned.catalog

  const report: TDraftReport = {
    options: { cutoverAt, cutoverDefaulted: !settings.cutoverAt, integrationPattern: pattern, volumeTierStrategy: DEFAULT_VOLUME_TIER_STRATEGY },
    recommendation: fresh.recommendation,
    groupKeySuggestions: fresh.groupKeySuggestions,
    sampleEvents: { ...fresh.sampleEvents, sets: loaded.sampleSets },
    import: { runId: loaded.importRun.id, accountId: loaded.importRun.accountId, status: loaded.importRun.status, finishedAt: loaded.importRun.finishedAt?.toISOString() ?? null },
    objects: loaded.objectCount,
    pruned: pruned.changed,
    ...(redraft ? { redraft } : {}),
    superseded: [],
  }
  const counts = countObjects(catalog)
  const rows = decisions.map((d, position) => ({
    decisionKey: d.key,
    stripeType: d.stripeType,
    stripeId: d.stripeId,
    targets: d.targets,
    fidelity: d.fidelity,
    rule: d.rule,
    reason: d.reason,
    lost: d.lost ?? null,
    sourceHash: d.sourceHash,
    userState: stateOf.get(d.key) ?? 'proposed',
    userNote: previous?.notes.get(d.key) ?? null,
    position,
    excludedObjects: stashes.get(d.key) ?? null,
  }))
  const byFidelity = Object.fromEntries(['exact', 'approximate', 'unsupported'].map((f) => [f, decisions.filter((d) => d.fidelity === f).length]))

  const cs = await ctx.db.$transaction(
    async (tx) => {
      if (!settings.cutoverAt) await updateDraftSettings(tx, ws.id, { cutoverAt: new Date(cutoverAt) })
      const created = await createChangeSet(tx, {
        workspaceId: ws.id,
        title: `${prevCs ? 'Re-draft' : 'Auto-draft'} from the Stripe import of ${day(loaded.importRun.finishedAt)}`,
        origin: 'auto_draft',
        authorId: ctx.actor.id,
        importRunId: loaded.importRun.id,
        description: `Drafted from ${loaded.objectCount} imported Stripe objects of ${loaded.importRun.accountId}; cutover ${cutoverAt}; ${fresh.recommendation.chosen === 'metronome_only' ? 'Metronome independently' : 'Metronome with Stripe Subscriptions'}.`,
      })
      report.superseded = await supersedeOpenAutoDrafts(tx, ws.id, created.id)
      await replaceCatalog(tx, created.id, catalog)
      await insertDecisions(tx, created.id, rows)
      await setDraftReport(tx, created.id, report)
      await writeAudit(tx, {
        workspaceId: ws.id,
        actor: auditActor(ctx),
        action: prevCs ? 'draft.redrafted' : 'draft.created',
        targetType: 'change_set',
        targetId: created.id,
        data: {
          number: created.number,
          importRunId: loaded.importRun.id,
          cutoverAt,
          cutoverDefaulted: !settings.cutoverAt,
          pattern: fresh.recommendation.chosen,
          decisions: decisions.length,
          byFidelity,
          objects: counts,
          ...(redraft
            ? { previous: redraft.previous.number, kept: redraft.kept.length, changedSources: redraft.changedSources.length, newSources: redraft.newSources.length, removedSources: redraft.removedSources.length }
            : {}),
          superseded: report.superseded,
        },
      })
      return created
    },
    { timeout: 180_000, maxWait: 30_000 },
  )
  return { changeSetId: cs.id, number: cs.number, decisions: decisions.map((d) => ({ ...d, userState: stateOf.get(d.key) ?? 'proposed' })), report, counts }
}
