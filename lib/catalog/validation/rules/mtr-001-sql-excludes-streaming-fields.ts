/**
 * MTR-1 · A SQL metric sets nothing a streaming metric uses.
 * Invariant: a metric with non-empty `sql` has no aggregation_type, aggregation_key, event_type_filter,
 * or non-empty property_filters / group_keys.
 * Source: metronome-domain.md §8 rule 1 [MD-API-BM][SDK-PY]; metronome-api.md §3 BM2 (E): same severity.
 * Empty lists are tolerated because the publisher omits them; Metronome only rejects provided fields.
 */
import { objectRule, on } from '../rule'
import { isSql } from '../support/catalog'
import { cite } from '../support/sources'

const FIELDS = ['aggregation_type', 'aggregation_key', 'event_type_filter', 'property_filters', 'group_keys'] as const

export default objectRule<'billable_metric'>({
  code: 'MTR-1',
  severity: 'error',
  title: 'SQL metrics take no streaming fields',
  explanation:
    '`sql` "is mutually exclusive with aggregation_type, event_type_filter, property_filters, aggregation_key, and group_keys": Metronome rejects a metric that sets both.',
  fix: 'Remove the streaming fields from a SQL metric (its query does the filtering, aggregation and grouping), or remove `sql` to keep a streaming metric.',
  ...cite('metronome-domain.md §8 rule 1', ['MD-API-BM', 'SDK-PY']),
  subjects: ['billable_metric'],
  appliesTo: ['billable_metric'],
  check(e) {
    const m = e.doc
    if (!isSql(m)) return
    return FIELDS.filter((f) => {
      const v = m[f]
      return v !== undefined && !(Array.isArray(v) && v.length === 0)
    }).map((f) =>
      on(e, [f], `\`${f}\` cannot be combined with \`sql\`: a SQL metric filters, aggregates and groups in its query. Remove \`${f}\`, or remove \`sql\` to make \`${e.key}\` a streaming metric.`),
    )
  },
})
