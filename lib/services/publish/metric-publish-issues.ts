/** The validation issues that gate publishing one metric: the metric's own rules on a one-metric catalogue. */
import { emptyCatalog, type TDraftBillableMetric } from '@/lib/catalog/schemas'
import type { Issue } from '@/lib/catalog/validation/issue'
import { ZPublishableBillableMetric } from '@/lib/catalog/schemas'

export function metricPublishIssues(metric: TDraftBillableMetric): Issue[] {
  const catalog = { ...emptyCatalog(), billableMetrics: [metric] }
  const res = ZPublishableBillableMetric.safeParse(catalog.billableMetrics[0])
  if (res.success) return []
  return res.error.issues.map((i) => ({ code: 'RC-schema', severity: 'error', path: `/billableMetrics/0/${i.path.join('/')}`, message: i.message }))
}
