/**
 * MTR-8 · A property the metric groups or aggregates by is not filtered out.
 * Invariant: no property filter with `exists: false` names a group-key property or the aggregation key.
 * Source: metronome-domain.md §8 rule 8 (logical, from the filter semantics of [MD-API-BM]).
 */
import { objectRule, on } from '../rule'
import { isSql } from '../support/catalog'
import { cite } from '../support/sources'

export default objectRule<'billable_metric'>({
  code: 'MTR-8',
  severity: 'error',
  title: 'Used property filtered out by exists: false',
  explanation: '`exists: false` keeps only events that lack the property, so a metric that groups or aggregates by it could never see a value.',
  fix: 'Set `exists: true` on that filter (or drop the property from the group keys / aggregation key).',
  ...cite('metronome-domain.md §8 rule 8', ['MD-API-BM']),
  subjects: ['billable_metric'],
  appliesTo: ['billable_metric'],
  check(e) {
    const m = e.doc
    if (isSql(m) || !m.property_filters) return
    let any = false
    for (const f of m.property_filters) if (f.exists === false) any = true
    if (!any) return
    const grouped = new Set((m.group_keys ?? []).flat())
    return m.property_filters.flatMap((f, i) => {
      if (f.exists !== false) return []
      const use = f.name === m.aggregation_key ? 'aggregation key' : grouped.has(f.name) ? 'group key' : undefined
      if (!use) return []
      return [on(e, ['property_filters', i, 'exists'], `\`${f.name}\` is the ${use} of \`${e.key}\`, but \`exists: false\` keeps only events without it: set \`exists: true\`.`)]
    })
  },
})
