/**
 * The issues that gate publishing one metric: every rule run over a one-metric catalogue with the
 * workspace's validation context, keeping those about that metric. (The full publish engine gates on
 * the whole change set.)
 */
import { emptyCatalog, type TDraftBillableMetric } from '@/lib/catalog/schemas'
import { validateCatalog, type Issue, type ValidationContext } from '@/lib/catalog/validation'

export function metricPublishIssues(metric: TDraftBillableMetric, context: ValidationContext = {}): Issue[] {
  const catalog = { ...emptyCatalog(), billableMetrics: [metric] }
  return validateCatalog(catalog, context).filter((i) => i.path === '' || i.path.startsWith('/billableMetrics/0'))
}
