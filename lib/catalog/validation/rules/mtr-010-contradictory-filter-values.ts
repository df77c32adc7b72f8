/**
 * MTR-10 · A value is not both included and excluded by one filter.
 * Invariant: warns on a value present in both in_values and not_in_values of the same filter.
 * Source: metronome-domain.md §8 rule 10 (logical).
 */
import { objectRule, on, type IssueDraft } from '../rule'
import { cite } from '../support/sources'
import { list } from '../support/text'

export default objectRule<'billable_metric'>({
  code: 'MTR-10',
  severity: 'warning',
  title: 'Contradictory filter values',
  explanation: 'A value listed in both `in_values` and `not_in_values` of one filter is included and excluded at once; the events carrying it can never match.',
  fix: 'Remove the value from one of the two lists.',
  ...cite('metronome-domain.md §8 rule 10', []),
  subjects: ['billable_metric'],
  appliesTo: ['billable_metric'],
  check(e) {
    const m = e.doc
    const out: IssueDraft[] = []
    const both = (a?: string[], b?: string[]) => (a && b ? [...new Set(a.filter((v) => b.includes(v)))] : [])
    const t = both(m.event_type_filter?.in_values, m.event_type_filter?.not_in_values)
    if (t.length) out.push(on(e, ['event_type_filter', 'not_in_values'], `${list(t)} is both included and excluded by \`event_type_filter\`: remove it from one list.`))
    m.property_filters?.forEach((f, i) => {
      const v = both(f.in_values, f.not_in_values)
      if (v.length) out.push(on(e, ['property_filters', i, 'not_in_values'], `${list(v)} is both in \`in_values\` and \`not_in_values\` of the filter \`${f.name}\`: remove it from one list.`))
    })
    return out
  },
})
