/**
 * MTR-9 · Filter value lists are non-empty when present.
 * Invariant: every in_values / not_in_values of event_type_filter and property_filters has ≥ 1 value.
 * Source: metronome-domain.md §8 rule 9 [MD-API-BM]; metronome-api.md §3 BM6 (E).
 */
import { objectRule, on, type IssueDraft } from '../rule'
import { cite } from '../support/sources'

function noEmptyList(filters: Array<{ in_values?: string[]; not_in_values?: string[] }> | undefined): boolean {
  if (filters) for (const f of filters) if (f.in_values?.length === 0 || f.not_in_values?.length === 0) return false
  return true
}

export default objectRule<'billable_metric'>({
  code: 'MTR-9',
  severity: 'error',
  title: 'Empty filter value list',
  explanation: 'Metronome requires `in_values` and `not_in_values` to be non-empty when present, on the event-type filter and on every property filter.',
  fix: 'Give the list at least one value, or remove it.',
  ...cite('metronome-domain.md §8 rule 9', ['MD-API-BM']),
  subjects: ['billable_metric'],
  appliesTo: ['billable_metric'],
  check(e) {
    const m = e.doc
    // Hot path (every metric): no empty list anywhere, nothing allocated.
    if (m.event_type_filter?.in_values?.length !== 0 && m.event_type_filter?.not_in_values?.length !== 0 && noEmptyList(m.property_filters)) return
    const out: IssueDraft[] = []
    for (const list of ['in_values', 'not_in_values'] as const) {
      if (m.event_type_filter?.[list]?.length === 0)
        out.push(on(e, ['event_type_filter', list], `\`event_type_filter.${list}\` must not be empty: add at least one event type or remove the list.`))
      m.property_filters?.forEach((f, i) => {
        if (f[list]?.length === 0)
          out.push(on(e, ['property_filters', i, list], `\`${list}\` of the property filter \`${f.name}\` must not be empty: add at least one value or remove the list.`))
      })
    }
    return out
  },
})
