/**
 * Publish one billable metric to Metronome (the walking skeleton's publish; the full publish engine
 * plans whole change sets). Order: validate → persist the run and its step before any remote call →
 * reconcile (adopt an identical metric a lost answer left behind) → create with a deterministic
 * Idempotency-Key → record the Metronome id, all audited. A Metronome 400 leaves the metric
 * unpublished with Metronome's own message, and the user can fix and retry.
 */
import { CatalogError, InvalidInputError, NotFoundError, UpstreamError } from '@/lib/catalog/errors'
import { billableMetricPayload, metricDefinition } from '@/lib/catalog/payloads/billable-metric'
import { ZPublishableBillableMetric, type TDraftBillableMetric } from '@/lib/catalog/schemas'
import { writeAudit } from '@/lib/db/audit'
import { getCatalogObject } from '@/lib/db/catalog-objects'
import { findChangeSet } from '@/lib/db/change-sets'
import { findPublished, recordPublished } from '@/lib/db/published'
import { createBillableMetric, findMatchingBillableMetric } from '@/lib/metronome/billable-metrics'
import { describeMetronomeError } from '@/lib/metronome/errors'
import { canonicalJson, sha256 } from '@/lib/runtime/canonical-json'
import { metronomeForWorkspace } from '../connections/metronome-for-workspace'
import { auditActor, authorize, type WorkspaceCtx } from '../context'
import { metricPublishIssues } from './metric-publish-issues'
import { loadValidationContext } from '../validation/validation-context'

export async function publishMetric(ctx: WorkspaceCtx, input: { changeSetId: string; key: string }) {
  authorize(ctx, 'publish.run')
  const cs = await findChangeSet(ctx.db, ctx.workspace.id, input.changeSetId)
  if (!cs) throw new NotFoundError(`Change set ${input.changeSetId}`)
  const row = await getCatalogObject(ctx.db, cs.id, 'billable_metric', input.key)
  if (!row) throw new NotFoundError(`Billable metric "${input.key}"`)
  const metric = row.doc as TDraftBillableMetric

  const issues = metricPublishIssues(metric, await loadValidationContext(ctx))
  if (issues.some((i) => i.severity === 'error')) {
    throw new InvalidInputError(`Fix ${issues.filter((i) => i.severity === 'error').length} error(s) before publishing this metric`, { issues })
  }
  const parsed = ZPublishableBillableMetric.parse(metric)
  const payload = billableMetricPayload(parsed)

  const published = await findPublished(ctx.db, ctx.workspace.id, 'billable_metric', metric.key)
  if (published) {
    const before = canonicalJson(metricDefinition(published.doc as TDraftBillableMetric))
    if (before === canonicalJson(metricDefinition(parsed))) return { metronomeId: published.metronomeId, status: 'unchanged' as const }
    throw new CatalogError(
      `"${metric.key}" is already published as ${published.metronomeId} and Metronome never lets a metric's definition change (MTR-15). ` +
        'Publish it under a new key instead; products move to it with a dated update and the old metric is archived.',
      { status: 409, code: 'immutable' },
    )
  }

  const { client, baseUrl } = await metronomeForWorkspace(ctx.db, ctx.workspace.id)
  // One key per run: the SDK's own retries within the run reuse it, while a new run after a failure
  // gets a fresh one — Metronome caches failed idempotent calls and would replay the old error.
  // Duplicates across runs are prevented by reconciling with Metronome's list before creating.
  const run = await ctx.db.$transaction(async (tx) => {
    const r = await tx.publishRun.create({
      data: { workspaceId: ctx.workspace.id, changeSetId: cs.id, planHash: sha256(canonicalJson(payload)), status: 'running', requestedById: ctx.actor.id, metronomeBaseUrl: baseUrl, startedAt: new Date() },
      select: { id: true },
    })
    const idempotencyKey = `rc-${sha256(`${ctx.workspace.id}:billable_metric:${metric.key}:${canonicalJson(payload)}:${r.id}`).slice(0, 40)}`
    await tx.publishStep.create({ data: { runId: r.id, n: 1, action: 'create', objectKind: 'billable_metric', objectKey: metric.key, idempotencyKey, request: payload as object, status: 'running', attempts: 1 } })
    return { ...r, idempotencyKey }
  })

  let metronomeId: string
  try {
    metronomeId = (await findMatchingBillableMetric(client, payload)) ?? (await createBillableMetric(client, payload, run.idempotencyKey))
  } catch (e) {
    const f = describeMetronomeError(e, baseUrl)
    await ctx.db.$transaction(async (tx) => {
      await tx.publishStep.updateMany({ where: { runId: run.id, n: 1 }, data: { status: 'failed', error: f.message } })
      await tx.publishRun.update({ where: { id: run.id }, data: { status: 'failed', error: f.message, finishedAt: new Date() } })
      await writeAudit(tx, { workspaceId: ctx.workspace.id, actor: auditActor(ctx), action: 'metric.publish_failed', targetType: 'billable_metric', targetId: metric.key, data: { runId: run.id, error: f.message } })
    })
    throw new UpstreamError(f.message, { status: f.kind === 'invalid' ? 422 : 502, code: `metronome_${f.kind}` })
  }

  const at = new Date()
  await ctx.db.$transaction(async (tx) => {
    await tx.publishStep.updateMany({ where: { runId: run.id, n: 1 }, data: { status: 'succeeded', metronomeId, response: { id: metronomeId } } })
    await tx.publishRun.update({ where: { id: run.id }, data: { status: 'succeeded', finishedAt: at } })
    await recordPublished(tx, { workspaceId: ctx.workspace.id, kind: 'billable_metric', key: metric.key, metronomeId, doc: parsed, runId: run.id, at })
    await writeAudit(tx, { workspaceId: ctx.workspace.id, actor: auditActor(ctx), action: 'metric.published', targetType: 'billable_metric', targetId: metric.key, data: { metronomeId, runId: run.id } })
  })
  return { metronomeId, status: 'published' as const, runId: run.id }
}
