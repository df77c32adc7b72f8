/**
 * Drafting settings of a workspace: the cutover (UTC, on the hour) and the integration pattern
 * (null = follow the recommendation). Changing the cutover re-dates the open auto-draft in the same
 * transaction: every drafted time that came from the old cutover moves to the new one.
 */
import type { z } from 'zod'
import { defaultCutover, formatCutover, parseCutover, redateCatalog } from '@/lib/catalog/drafting/cutover'
import { InvalidInputError } from '@/lib/catalog/errors'
import type { IntegrationPattern } from '@/lib/catalog/mapping/types'
import type { TDraftSettings, TDraftSettingsResponse, TDraftSettingsUpdate, ZDraftSettingsPatch } from '@/lib/contracts/drafts'
import { writeAudit } from '@/lib/db/audit'
import { loadCatalog } from '@/lib/db/catalog-objects'
import type { DbTx } from '@/lib/db/client'
import { importedObjectNames } from '@/lib/db/draft-sources'
import { latestAutoDraft, lockChangeSet, openAutoDraft, setDraftReport, touchChangeSet } from '@/lib/db/drafts'
import { readDraftSettings, updateDraftSettings } from '@/lib/db/workspace-settings'
import { auditActor, authorize, type WorkspaceCtx } from '../context'
import { reportOf, writeCatalogChange } from './draft-data'

function settingsOf(row: { cutoverAt: Date | null; integrationPattern: string | null }, now: Date): TDraftSettings {
  const fallback = defaultCutover(now)
  return {
    cutoverAt: row.cutoverAt ? formatCutover(row.cutoverAt) : fallback,
    cutoverIsDefault: !row.cutoverAt,
    defaultCutoverAt: fallback,
    integrationPattern: (row.integrationPattern as IntegrationPattern | null) ?? null,
  }
}

async function describe(ctx: WorkspaceCtx, db: DbTx): Promise<TDraftSettingsResponse> {
  const row = await readDraftSettings(db, ctx.workspace.id)
  const latest = await latestAutoDraft(db, ctx.workspace.id)
  const open = await openAutoDraft(db, ctx.workspace.id)
  const latestReport = latest ? reportOf(latest) : null
  const openReport = open ? reportOf(open) : null
  const stripeNames: Record<string, string | null> = {}
  if (latestReport?.recommendation.drivers.length) {
    const wanted = new Set(latestReport.recommendation.drivers.map((d) => `${d.stripeType}:${d.stripeId}`))
    for (const r of await importedObjectNames(db, ctx.workspace.id, latestReport.import.accountId)) {
      const k = `${r.type}:${r.stripeId}`
      if (wanted.has(k)) stripeNames[k] = r.name
    }
  }
  return {
    settings: settingsOf(row, ctx.clock.now()),
    recommendation: latestReport?.recommendation ?? null,
    recommendationFrom: latest && latestReport ? { changeSetNumber: latest.number, createdAt: latest.createdAt.toISOString() } : null,
    openDraft:
      open && openReport
        ? { id: open.id, number: open.number, cutoverAt: openReport.options.cutoverAt, pattern: openReport.options.integrationPattern, chosen: openReport.recommendation.chosen }
        : null,
    stripeNames,
  }
}

export async function getDraftSettings(ctx: WorkspaceCtx): Promise<TDraftSettingsResponse> {
  authorize(ctx, 'workspace.read')
  return describe(ctx, ctx.db)
}

export async function updateDraftSettingsService(ctx: WorkspaceCtx, input: z.infer<typeof ZDraftSettingsPatch>): Promise<TDraftSettingsUpdate> {
  authorize(ctx, 'catalog.edit')
  let cutover: string | undefined
  if (input.cutoverAt !== undefined) {
    const parsed = parseCutover(input.cutoverAt)
    if (!parsed.ok) throw new InvalidInputError(`cutoverAt: ${parsed.message}`, [{ path: 'cutoverAt', message: parsed.message }])
    cutover = parsed.iso
  }
  return ctx.db.$transaction(
    async (tx) => {
      const before = await readDraftSettings(tx, ctx.workspace.id)
      const beforeCutover = before.cutoverAt ? formatCutover(before.cutoverAt) : null
      const patternChanged = input.integrationPattern !== undefined && input.integrationPattern !== before.integrationPattern
      await updateDraftSettings(tx, ctx.workspace.id, {
        ...(cutover ? { cutoverAt: new Date(cutover) } : {}),
        ...(input.integrationPattern !== undefined ? { integrationPattern: input.integrationPattern } : {}),
      })
      let redated: TDraftSettingsUpdate['redated'] = null
      const open = await openAutoDraft(tx, ctx.workspace.id)
      const report = open ? reportOf(open) : null
      if (cutover && open && report && report.options.cutoverAt !== cutover) {
        await lockChangeSet(tx, open.id)
        const catalog = await loadCatalog(tx, open.id)
        const r = redateCatalog(catalog, report.options.cutoverAt, cutover)
        await writeCatalogChange(tx, open.id, catalog, r.catalog)
        await setDraftReport(tx, open.id, { ...report, options: { ...report.options, cutoverAt: cutover, cutoverDefaulted: false } })
        await touchChangeSet(tx, open.id)
        redated = { changeSetNumber: open.number, from: report.options.cutoverAt, to: cutover, moved: r.moved }
      }
      if (cutover && cutover !== beforeCutover) {
        await writeAudit(tx, {
          workspaceId: ctx.workspace.id,
          actor: auditActor(ctx),
          action: 'workspace.cutover_changed',
          targetType: 'workspace',
          targetId: ctx.workspace.id,
          data: { from: beforeCutover, to: cutover, ...(redated ? { redated } : {}) },
        })
      }
      if (patternChanged) {
        await writeAudit(tx, {
          workspaceId: ctx.workspace.id,
          actor: auditActor(ctx),
          action: 'workspace.integration_pattern_changed',
          targetType: 'workspace',
          targetId: ctx.workspace.id,
          data: { from: before.integrationPattern, to: input.integrationPattern ?? null },
        })
      }
      const described = await describe(ctx, tx)
      const wanted = described.settings.integrationPattern ?? described.recommendation?.pattern ?? null
      const redraftSuggested = !!described.openDraft && patternChanged && !!wanted && wanted !== described.openDraft.chosen
      return { ...described, redated, redraftSuggested }
    },
    { timeout: 60_000, maxWait: 20_000 },
  )
}
