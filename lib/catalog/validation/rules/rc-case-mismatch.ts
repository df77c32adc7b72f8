/**
 * RC-case-mismatch · Rate and filter values match event values exactly, case included.
 * Invariant: warns when usage of a dimensional product (sample events, expected usage) has a value that a
 * rate names only with a different letter case ("gpt-4" vs "GPT-4"), and when sample events of a metric's
 * event type carry a value that the metric's `in_values` property filter lists only with another case (those
 * events are silently filtered out).
 * Source: users-and-peers.md §7.1 silent-failure traps ("usage shows up but is not charged"); issue 5 item 3;
 * filter values "are compared as strings" [MD-BF].
 */
import { objectRule, on, type IssueDraft } from '../rule'
import type { ValidEntry } from '../entry'
import type { RuleContext } from '../rule'
import { coverageOf } from '../support/coverage'
import { asString, eventTypeMatches } from '../support/events'
import { cite } from '../support/sources'
import { plural } from '../support/text'

function productMismatches(e: ValidEntry<'product'>, ctx: RuleContext): IssueDraft[] {
  const cov = coverageOf(e, ctx)
  if (!cov || !cov.caseMismatches.length) return []
  const out: IssueDraft[] = []
  const seen = new Set<string>()
  for (const m of cov.caseMismatches) {
    const id = `${m.rate.pos}\u0000${m.key}\u0000${m.seen}`
    if (seen.has(id)) continue
    seen.add(id)
    const from = m.combo.events ? plural(m.combo.events, 'sample event') : plural(m.combo.records, 'usage record')
    out.push(
      on(
        m.rate,
        ['pricing_group_values', m.key],
        `Usage sends ${JSON.stringify(m.seen)} for \`${m.key}\` (${from}) but this rate prices ${JSON.stringify(m.rateValue)}: Metronome matches values exactly, so that usage shows up but is not charged. Use ${JSON.stringify(m.seen)}.`,
      ),
    )
  }
  return out
}

function filterMismatches(e: ValidEntry<'billable_metric'>, ctx: RuleContext): IssueDraft[] {
  const filters = e.doc.property_filters
  if (!filters?.length || ctx.events.size === 0) return []
  const out: IssueDraft[] = []
  const types = e.doc.event_type_filter?.in_values
  const events = types?.length ? types.flatMap((t) => ctx.events.ofType(t)) : ctx.events.events.filter((ev) => eventTypeMatches(e.doc, ev.type))
  filters.forEach((f, i) => {
    if (!f.in_values?.length) return
    const counts = new Map<string, { listed: string; n: number }>()
    for (const ev of events) {
      const v = ev.props[f.name]
      if (v === undefined || v === null) continue
      const s = asString(v)
      if (f.in_values.includes(s)) continue
      const listed = f.in_values.find((x) => x.toLowerCase() === s.toLowerCase())
      if (listed === undefined) continue
      const c = counts.get(s) ?? { listed, n: 0 }
      c.n++
      counts.set(s, c)
    }
    for (const [seen, c] of [...counts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      out.push(
        on(
          e,
          ['property_filters', i, 'in_values'],
          `${plural(c.n, 'sample event')} ${c.n === 1 ? 'sends' : 'send'} ${JSON.stringify(seen)} for \`${f.name}\`, but the filter lists ${JSON.stringify(c.listed)}: values match exactly, so \`${e.key}\` silently drops those events. List ${JSON.stringify(seen)}.`,
        ),
      )
  })
  return out
}

export default objectRule<'product' | 'billable_metric'>({
  code: 'RC-case-mismatch',
  severity: 'warning',
  title: 'Case mismatch between events and rates',
  explanation:
    'Metronome compares pricing-group and filter values exactly. When events send "gpt-4" and the rate prices "GPT-4", the usage shows up on the invoice but is not charged; when a metric\'s filter lists "GPT-4", the events are dropped. Checks the uploaded sample events and expected usage.',
  fix: 'Write rate and filter values exactly as events send them (or fix the events).',
  silentFailure: true,
  ...cite('users-and-peers.md §7.1', ['AI', 'MD-BF']),
  subjects: ['product', 'billable_metric'],
  appliesTo: ['product', 'rate', 'billable_metric', 'sampleEvents', 'usage'],
  check(e, ctx) {
    return e.kind === 'product' ? productMismatches(e, ctx) : filterMismatches(e, ctx)
  },
})
