import { z } from 'zod'
import { spelledEnum, stringMap, uuid } from './common'

// POST /v1/billable-metrics/create — spec CreateBillableMetricV1Payload; SDK BillableMetricCreateParams.

export const aggregationType = spelledEnum(['COUNT', 'LATEST', 'MAX', 'SUM', 'UNIQUE'], ['lower', 'title', 'upper'])

const valueList = z.array(z.string())

export const eventTypeFilter = z.strictObject({ in_values: valueList.optional(), not_in_values: valueList.optional() })

export const propertyFilter = z.strictObject({
  name: z.string(),
  exists: z.boolean().optional(),
  in_values: valueList.optional(),
  not_in_values: valueList.optional(),
})

export const billableMetricCreate = z.strictObject({
  name: z.string(),
  sql: z.string().optional(),
  event_type_filter: eventTypeFilter.optional(),
  property_filters: z.array(propertyFilter).optional(),
  aggregation_type: aggregationType.optional(),
  aggregation_key: z.string().optional(),
  group_keys: z.array(z.array(z.string())).optional(),
  custom_fields: stringMap.optional(),
})
export type BillableMetricCreate = z.output<typeof billableMetricCreate>

// POST /v1/billable-metrics/archive — spec Id.
export const billableMetricArchive = z.strictObject({ id: uuid })

// PUT /v1/billable-metrics/{id} — in the spec, not in the SDK: rename only.
export const billableMetricRename = z.strictObject({ name: z.string() })

/** A metric's definition is immutable; a rename is all PUT allows (metronome-api.md §0 item 5). */
export const RENAME_HINTS: Record<string, string> = Object.fromEntries(
  ['sql', 'event_type_filter', 'property_filters', 'aggregation_type', 'aggregation_key', 'group_keys', 'custom_fields'].map(
    (f) => [f, `${f} cannot be changed: only the name of a billable metric can be updated (create a new billable metric instead)`],
  ),
)
