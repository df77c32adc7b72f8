/**
 * MTR-4 · SUM, MAX, LATEST and UNIQUE need an aggregation key.
 * Invariant: streaming metric with one of those aggregations ⇒ non-empty aggregation_key.
 * Source: metronome-domain.md §8 rule 4 [MD-API-BM][AI-metronome-setup-catalog/SKILL.md]; metronome-api.md
 * §3 BM4 (E): same severity. Silent-failure trap: "SUM without an aggregation_key silently aggregates to zero".
 */
import { objectRule, on } from '../rule'
import { aggregationOf, isSql } from '../support/catalog'
import { cite } from '../support/sources'

const NEEDS_KEY = new Set(['SUM', 'MAX', 'LATEST', 'UNIQUE'])

export default objectRule<'billable_metric'>({
  code: 'MTR-4',
  severity: 'error',
  title: 'Aggregation key required',
  explanation:
    'SUM, MAX, LATEST and UNIQUE aggregate one event property, named by `aggregation_key`. Metronome accepts a SUM metric without it and the metric silently aggregates to zero.',
  fix: 'Set `aggregation_key` to the property to aggregate and add that property to `property_filters` with `exists: true`.',
  silentFailure: true,
  ...cite('metronome-domain.md §8 rule 4', ['MD-API-BM', 'AI']),
  subjects: ['billable_metric'],
  appliesTo: ['billable_metric'],
  check(e) {
    const m = e.doc
    const agg = aggregationOf(m)
    if (isSql(m) || !agg || !NEEDS_KEY.has(agg)) return
    if (m.aggregation_key !== undefined && m.aggregation_key.trim() !== '') return
    return [
      on(
        e,
        ['aggregation_key'],
        `\`aggregation_key\` is required for ${agg}: name the property to aggregate (and add it to \`property_filters\` with \`exists: true\`). Without it Metronome accepts \`${e.key}\` and silently aggregates it to zero.`,
      ),
    ]
  },
})
