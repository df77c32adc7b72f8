/**
 * MTR-6 · The aggregation key is one of the property filters.
 * Invariant: streaming, non-COUNT metric with an aggregation_key ⇒ some property_filters[].name equals it.
 * Source: metronome-domain.md §8 rule 6 [MD-API-BM][AI-metronome-group-keys]; metronome-api.md §3 BM4 (E).
 */
import { objectRule, on } from '../rule'
import { aggregationOf, isSql } from '../support/catalog'
import { cite } from '../support/sources'
import { js } from '../support/text'

export default objectRule<'billable_metric'>({
  code: 'MTR-6',
  severity: 'error',
  title: 'Aggregation key must be a property filter',
  explanation: 'Metronome rejects a metric whose aggregation key has no property filter: "The specified aggregation key must be one of the property filter names."',
  fix: 'Add a property filter for the aggregation key, e.g. `{"name": "tokens", "exists": true}`.',
  ...cite('metronome-domain.md §8 rule 6', ['MD-API-BM', 'AI']),
  subjects: ['billable_metric'],
  appliesTo: ['billable_metric'],
  check(e) {
    const m = e.doc
    const key = m.aggregation_key
    if (isSql(m) || aggregationOf(m) === 'COUNT' || key === undefined || key.trim() === '') return
    if ((m.property_filters ?? []).some((f) => f.name === key)) return
    return [
      on(e, ['aggregation_key'], `The specified aggregation key must be one of the property filter names. Add ${js({ name: key, exists: true })} to \`property_filters\` of \`${e.key}\`.`),
    ]
  },
})
