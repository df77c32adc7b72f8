/**
 * MTR-28 · Aggregated properties are sent with a consistent, numeric type.
 * Invariant: for each streaming SUM/MAX/LATEST metric, warns (once) when sample events send its aggregation
 * key as a numeric string, or mix strings and numbers.
 * Source: metronome-domain.md §8 rule 28 and §7 item 2 [MD-EV-SEND][AI] (W). Silent-failure trap in
 * users-and-peers.md §7.1: a numeric property sent as a string gives a silent zero (vendor guidance).
 */
import { objectRule, onRoot } from '../rule'
import { aggregationOf, isSql } from '../support/catalog'
import { cite } from '../support/sources'
import { plural } from '../support/text'

const NUMERIC = new Set(['SUM', 'MAX', 'LATEST'])

export default objectRule<'billable_metric'>({
  code: 'MTR-28',
  severity: 'warning',
  title: 'Numeric property sent as a string',
  explanation:
    "Metronome's guidance conflicts: the events guide says property values \"should be represented as strings\", while its migration guidance says string-typed numbers make SUM silently zero. Checks the aggregation key in the uploaded sample events.",
  fix: 'Send numeric properties as JSON numbers, and confirm SUM/MAX behaviour with a test event in a Metronome sandbox.',
  silentFailure: true,
  ...cite('metronome-domain.md §8 rule 28', ['MD-EV-SEND', 'AI']),
  subjects: ['billable_metric'],
  appliesTo: ['billable_metric', 'sampleEvents'],
  check(e, ctx) {
    const m = e.doc
    const key = m.aggregation_key
    if (isSql(m) || !key || !NUMERIC.has(aggregationOf(m) ?? '')) return
    let strings = 0
    let numbers = 0
    let first: { pos: number; field: string; value: string } | undefined
    for (const ev of ctx.events.forMetric(m)) {
      const v = ev.props[key]
      if (typeof v === 'number') numbers++
      else if (typeof v === 'string' && v.trim() !== '' && !Number.isNaN(Number(v))) {
        strings++
        first ??= { pos: ev.pos, field: ev.propsField, value: v }
      }
    }
    if (!first) return
    const mix = numbers > 0 ? ` (and as a number in ${numbers})` : ''
    return [
      onRoot(
        'sampleEvents',
        first.pos,
        [first.field, key],
        `\`${key}\`, the ${aggregationOf(m)} key of \`${e.key}\`, is sent as a string ("${first.value}") in ${plural(strings, 'sample event')}${mix}. Metronome's guidance conflicts and string numbers may SUM to zero: send JSON numbers and confirm in a sandbox.`,
      ),
    ]
  },
})
