/**
 * A billable metric pre-filled from one Stripe Billing Meter (M1, M2, M7 of metronome-domain.md §9):
 * event filter = the meter's event name; sum/count/last → SUM/COUNT/LATEST; the value payload key
 * becomes the aggregation key; meter dimensions become group keys. Every property used as the
 * aggregation key or in a group key gets an `exists: true` filter, which Metronome requires
 * (MTR-6, MTR-7). Pure.
 */
import { slugify } from './keys'
import type { TDraftBillableMetric } from './schemas'

export type MeterLike = {
  id: string
  display_name?: string | null
  event_name?: string | null
  default_aggregation?: { formula?: string | null } | null
  value_settings?: { event_payload_key?: string | null } | null
  dimension_payload_keys?: string[] | null
}

const FORMULA_TO_AGGREGATION: Record<string, string> = { sum: 'SUM', count: 'COUNT', last: 'LATEST' }

export function meterDimensions(meter: MeterLike): string[] {
  const raw = meter as Record<string, unknown>
  const keys = Array.isArray(meter.dimension_payload_keys) ? meter.dimension_payload_keys : Array.isArray(raw.dimensions) ? (raw.dimensions as unknown[]) : []
  return keys.filter((k): k is string => typeof k === 'string' && k.length > 0)
}

export function metricFromMeter(meter: MeterLike, opts: { groupKeys?: string[][] } = {}): TDraftBillableMetric {
  const formula = meter.default_aggregation?.formula ?? 'sum'
  const aggregation = FORMULA_TO_AGGREGATION[formula] ?? formula.toUpperCase()
  const aggregationKey = aggregation === 'COUNT' ? undefined : meter.value_settings?.event_payload_key || 'value'
  const dims = meterDimensions(meter)
  const groupKeys = opts.groupKeys ?? (dims.length ? [dims] : [])
  const filterNames = [...new Set([...(aggregationKey ? [aggregationKey] : []), ...groupKeys.flat()])]
  return {
    key: slugify(meter.event_name || meter.display_name || meter.id, 'metric'),
    name: meter.display_name || meter.event_name || meter.id,
    event_type_filter: { in_values: [meter.event_name || meter.id] },
    property_filters: filterNames.map((name) => ({ name, exists: true })),
    aggregation_type: aggregation,
    ...(aggregationKey ? { aggregation_key: aggregationKey } : {}),
    ...(groupKeys.length ? { group_keys: groupKeys } : {}),
    origin: [{ type: 'billing.meter', id: meter.id }],
  }
}
