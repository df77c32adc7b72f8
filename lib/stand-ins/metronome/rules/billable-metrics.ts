import type { SilentInput } from '../context'
import { badRequest } from '../errors'
import type { BillableMetricCreate } from '../schemas/billable-metrics'

// Rules for POST /v1/billable-metrics/create. `checkMetricDefinition` throws for what Metronome rejects
// (metronome-domain.md §1.2–1.5, §8 rules 1, 2, 6, 7, 9, 12); `metricSilentProblems` lists what it accepts but
// is almost certainly a mistake (rules 3, 4, 5, 8, 10, 11, 12-dups, BM11).

const STREAMING_ONLY_FIELDS = ['aggregation_type', 'aggregation_key', 'event_type_filter', 'property_filters', 'group_keys'] as const

export function checkMetricDefinition(p: BillableMetricCreate): void {
  if (p.sql !== undefined) {
    const clashing = STREAMING_ONLY_FIELDS.filter((f) => p[f] !== undefined)
    if (clashing.length > 0) {
      throw badRequest(
        `sql is mutually exclusive with aggregation_type, event_type_filter, property_filters, aggregation_key, and group_keys; remove ${clashing.join(', ')}`,
      )
    }
    return
  }
  if (p.aggregation_type === undefined) {
    throw badRequest('aggregation_type is required for billable metrics that are not defined with sql')
  }

  for (const list of ['in_values', 'not_in_values'] as const) {
    if (p.event_type_filter?.[list]?.length === 0) throw badRequest(`event_type_filter.${list} must not be empty`)
  }
  for (const [i, f] of (p.property_filters ?? []).entries()) {
    for (const list of ['in_values', 'not_in_values'] as const) {
      if (f[list]?.length === 0) throw badRequest(`property_filters[${i}].${list} must not be empty (property '${f.name}')`)
    }
  }

  const filterNames = new Set((p.property_filters ?? []).map((f) => f.name))
  if (p.aggregation_key !== undefined && !filterNames.has(p.aggregation_key)) {
    throw badRequest('The specified aggregation key must be one of the property filter names.')
  }
  for (const [i, keys] of (p.group_keys ?? []).entries()) {
    if (keys.length === 0) throw badRequest(`group_keys[${i}] must contain at least one property name`)
    for (const key of keys) {
      if (!filterNames.has(key)) throw badRequest(`Group key '${key}' does not match one of the property filter names.`)
    }
  }
}

const setKey = (keys: readonly string[]) => [...new Set(keys)].sort().join('\u0000')

export function metricSilentProblems(p: BillableMetricCreate): SilentInput[] {
  const out: SilentInput[] = []
  const add = (code: string, message: string) => out.push({ code, message, entity: 'billable_metric' })
  if (p.sql !== undefined) return out

  const type = p.aggregation_type
  if (type && type !== 'COUNT' && p.aggregation_key === undefined) {
    add('AGGREGATION_KEY_MISSING', `${type} metric "${p.name}" has no aggregation_key; it aggregates to zero`)
  }
  if (type === 'COUNT' && p.aggregation_key !== undefined) {
    add('AGGREGATION_KEY_ON_COUNT', `aggregation_key is not applicable to COUNT metrics ("${p.name}")`)
  }
  if (type === 'UNIQUE') {
    add('UNIQUE_ON_STREAMING_METRIC', `UNIQUE on a streaming metric ("${p.name}"); the docs steer distinct counts to SQL COUNT(DISTINCT …)`)
  }
  if (p.event_type_filter === undefined) {
    add('NO_EVENT_TYPE_FILTER', `metric "${p.name}" has no event_type_filter and matches every event type`)
  }

  const filters = new Map((p.property_filters ?? []).map((f) => [f.name, f]))
  for (const f of p.property_filters ?? []) {
    const both = (f.in_values ?? []).filter((v) => f.not_in_values?.includes(v))
    if (both.length > 0) add('CONTRADICTORY_FILTER', `property filter '${f.name}' lists ${both.join(', ')} in both in_values and not_in_values`)
  }
  const usedProps = new Set([...(p.group_keys ?? []).flat(), ...(p.aggregation_key ? [p.aggregation_key] : [])])
  for (const name of usedProps) {
    const f = filters.get(name)
    if (!f) continue
    if (f.exists === false) {
      add('PROPERTY_REQUIRED_ABSENT', `property '${name}' is grouped or aggregated but its filter requires it to be absent (exists: false)`)
    } else if (f.exists !== true && !(f.in_values && f.in_values.length > 0) && (p.group_keys ?? []).flat().includes(name)) {
      add('GROUP_KEY_FILTER_NOT_EXISTS_OR_IN', `group key property '${name}' should have an Exists (exists: true) or In filter`)
    }
  }

  const seen = new Set<string>()
  for (const keys of p.group_keys ?? []) {
    if (new Set(keys).size !== keys.length) add('DUPLICATE_NAME_IN_GROUP_KEY', `group key [${keys.join(', ')}] repeats a property`)
    const k = setKey(keys)
    if (seen.has(k)) add('DUPLICATE_GROUP_KEY', `group key [${keys.join(', ')}] is listed more than once`)
    seen.add(k)
  }
  if ((p.group_keys?.length ?? 0) > 5) {
    add('GROUP_KEY_LIMIT', `metric "${p.name}" has ${p.group_keys?.length} group keys; Metronome's default cap is 5 (needs a limit increase)`)
  }
  return out
}
