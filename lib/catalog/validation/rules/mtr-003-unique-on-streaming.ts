/**
 * MTR-3 · UNIQUE on a streaming metric is discouraged.
 * Invariant: warns when a streaming metric aggregates with UNIQUE.
 * Source: metronome-domain.md §8 rule 3 [MD-BM] and §7 item 1; metronome-api.md §3 BM3 (W): same severity.
 */
import { objectRule, on } from '../rule'
import { aggregationOf, isSql } from '../support/catalog'
import { cite } from '../support/sources'

export default objectRule<'billable_metric'>({
  code: 'MTR-3',
  severity: 'warning',
  title: 'UNIQUE on a streaming metric',
  explanation:
    "The API still accepts UNIQUE, but Metronome's current guide supports only COUNT, SUM, MAX and LATEST on streaming metrics and sends distinct counts to SQL metrics.",
  fix: 'Define the metric with SQL: `SELECT COUNT(DISTINCT properties.<name>) AS value FROM events WHERE event_type = \'…\'`.',
  ...cite('metronome-domain.md §8 rule 3', ['MD-BM', 'MD-API-BM']),
  subjects: ['billable_metric'],
  appliesTo: ['billable_metric'],
  check(e) {
    const m = e.doc
    if (isSql(m) || aggregationOf(m) !== 'UNIQUE') return
    const prop = m.aggregation_key ?? '<property>'
    return [
      on(e, ['aggregation_type'], `UNIQUE on a streaming metric is outside Metronome's documented support: define \`${e.key}\` as a SQL metric with \`COUNT(DISTINCT properties.${prop})\` instead.`),
    ]
  },
})
