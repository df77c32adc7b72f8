/**
 * Catalogue billable metric → Metronome `BillableMetricCreateParams`. Pure; total over a metric that
 * passed ZPublishableBillableMetric. Ratecraft-only annotations (key, cardinality, origin, …) are
 * not sent; the aggregation type is normalised to upper case (MTR-2).
 */
import type { TDraftBillableMetric } from '../schemas'

export type BillableMetricPayload = {
  name: string
  aggregation_type?: 'COUNT' | 'SUM' | 'MAX' | 'LATEST' | 'UNIQUE'
  aggregation_key?: string
  event_type_filter?: { in_values?: string[]; not_in_values?: string[] }
  property_filters?: Array<{ name: string; exists?: boolean; in_values?: string[]; not_in_values?: string[] }>
  group_keys?: string[][]
  sql?: string
  custom_fields?: Record<string, string>
}

export function billableMetricPayload(m: TDraftBillableMetric): BillableMetricPayload {
  if (m.sql) return { name: m.name, sql: m.sql, ...(m.custom_fields ? { custom_fields: m.custom_fields } : {}) }
  const p: BillableMetricPayload = { name: m.name }
  if (m.aggregation_type) p.aggregation_type = m.aggregation_type.toUpperCase() as BillableMetricPayload['aggregation_type']
  if (m.aggregation_key) p.aggregation_key = m.aggregation_key
  if (m.event_type_filter) p.event_type_filter = m.event_type_filter
  if (m.property_filters?.length) p.property_filters = m.property_filters
  if (m.group_keys?.length) p.group_keys = m.group_keys
  if (m.custom_fields) p.custom_fields = m.custom_fields
  return p
}

/** The definition fields Metronome never lets change after creation (MTR-15, metronome-api.md BM8). */
export function metricDefinition(m: TDraftBillableMetric) {
  const { name: _name, custom_fields: _cf, ...definition } = billableMetricPayload(m)
  return definition
}
