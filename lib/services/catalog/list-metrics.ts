/** Metrics of the workspace's working change set, with what Metronome holds for each. */
import { NotFoundError } from '@/lib/catalog/errors'
import { metricDefinition } from '@/lib/catalog/payloads/billable-metric'
import type { TDraftBillableMetric } from '@/lib/catalog/schemas'
import type { TMetricDetail, TMetricRow } from '@/lib/contracts/metrics'
import { listPublished } from '@/lib/db/published'
import { canonicalJson } from '@/lib/runtime/canonical-json'
import { authorize, type WorkspaceCtx } from '../context'

async function currentChangeSet(ctx: WorkspaceCtx) {
  return ctx.db.changeSet.findFirst({ where: { workspaceId: ctx.workspace.id, status: 'draft' }, orderBy: { updatedAt: 'desc' }, select: { id: true, number: true } })
}

export async function listMetrics(ctx: WorkspaceCtx): Promise<{ changeSet: { id: string; number: number } | null; metrics: TMetricRow[] }> {
  authorize(ctx, 'workspace.read')
  const cs = await currentChangeSet(ctx)
  const published = new Map((await listPublished(ctx.db, ctx.workspace.id)).filter((p) => p.kind === 'billable_metric').map((p) => [p.key, p]))
  const rows = cs ? await ctx.db.catalogObject.findMany({ where: { changeSetId: cs.id, kind: 'billable_metric' }, orderBy: { position: 'asc' }, select: { doc: true } }) : []
  const metrics = rows.map(({ doc }) => {
    const m = doc as TDraftBillableMetric
    const p = published.get(m.key)
    return {
      key: m.key,
      name: m.name,
      aggregation_type: m.aggregation_type ?? null,
      isSql: typeof m.sql === 'string' && m.sql.trim() !== '',
      group_keys: m.group_keys ?? [],
      changeSet: cs!.number,
      metronomeId: p?.metronomeId ?? null,
      publishedAt: p?.publishedAt.toISOString() ?? null,
      drifted: !!p && canonicalJson(metricDefinition(p.doc as TDraftBillableMetric)) !== canonicalJson(metricDefinition(m)),
    }
  })
  return { changeSet: cs, metrics }
}

export async function getMetric(ctx: WorkspaceCtx, key: string): Promise<TMetricDetail> {
  const { changeSet, metrics } = await listMetrics(ctx)
  const row = metrics.find((m) => m.key === key)
  if (!changeSet || !row) throw new NotFoundError(`Billable metric "${key}"`)
  const obj = await ctx.db.catalogObject.findUniqueOrThrow({ where: { changeSetId_kind_key: { changeSetId: changeSet.id, kind: 'billable_metric', key } }, select: { doc: true } })
  const failed = await ctx.db.publishStep.findFirst({
    where: { objectKind: 'billable_metric', objectKey: key, status: 'failed', run: { workspaceId: ctx.workspace.id } },
    orderBy: { updatedAt: 'desc' },
    select: { error: true, updatedAt: true },
  })
  const lastPublishError = failed && (!row.publishedAt || failed.updatedAt > new Date(row.publishedAt)) ? failed.error : null
  return { ...row, metric: obj.doc as TDraftBillableMetric, changeSetId: changeSet.id, lastPublishError }
}
