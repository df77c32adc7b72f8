/**
 * Create (or replace) a billable metric in the working change set. Saving validates against the
 * lenient draft schema only — work in progress is always saveable; publishability is checked by
 * validation and at publish. Audited in the same transaction.
 */
import type { z } from 'zod'
import type { ZCreateMetric } from '@/lib/contracts/metrics'
import { InvalidInputError } from '@/lib/catalog/errors'
import { uniqueKey } from '@/lib/catalog/keys'
import { ZDraftBillableMetric, type TDraftBillableMetric } from '@/lib/catalog/schemas'
import { writeAudit } from '@/lib/db/audit'
import { putCatalogObject } from '@/lib/db/catalog-objects'
import { auditActor, authorize, type WorkspaceCtx } from '../context'
import { metricPublishIssues } from '../publish/metric-publish-issues'
import { loadValidationContext } from '../validation/validation-context'
import { workingChangeSet } from './working-change-set'

export async function createMetric(ctx: WorkspaceCtx, input: z.infer<typeof ZCreateMetric>) {
  authorize(ctx, 'catalog.edit')
  const saved = await ctx.db.$transaction(async (tx) => {
    const cs = await workingChangeSet(ctx, tx)
    const taken = new Set((await tx.catalogObject.findMany({ where: { changeSetId: cs.id, kind: 'billable_metric' }, select: { key: true } })).map((r) => r.key))
    const key = input.metric.key?.trim() || uniqueKey(input.metric.name || 'metric', taken)
    if (input.metric.key && taken.has(key)) throw new InvalidInputError(`A metric with key "${key}" already exists in CS-${cs.number}; choose another key.`, { key: 'already used' })
    const parsed = ZDraftBillableMetric.safeParse({ ...input.metric, key })
    if (!parsed.success) throw new InvalidInputError('The metric is not valid', parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })))
    const metric: TDraftBillableMetric = parsed.data
    await putCatalogObject(tx, cs.id, 'billable_metric', metric)
    await tx.changeSet.update({ where: { id: cs.id }, data: { updatedAt: new Date() } })
    await writeAudit(tx, { workspaceId: ctx.workspace.id, actor: auditActor(ctx), action: 'metric.created', targetType: 'billable_metric', targetId: key, data: { changeSet: cs.number, meterId: input.meterId ?? null } })
    return { changeSetId: cs.id, changeSetNumber: cs.number, metric }
  })
  // Saving never blocks on publishability, but the server re-validates and says what it found.
  return { ...saved, issues: metricPublishIssues(saved.metric, await loadValidationContext(ctx)) }
}
