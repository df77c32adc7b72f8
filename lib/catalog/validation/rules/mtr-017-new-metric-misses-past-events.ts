/**
 * MTR-17 · A new streaming metric does not see earlier events.
 * Invariant: warns when a streaming metric is not yet published while rates of its products start before
 * `now` (billing periods that would need events from before the metric exists).
 * Source: metronome-domain.md §8 rule 17 [MD-BM][MD-EV-DESIGN] (W). metronome-api.md §3 BM13 says "info";
 * the stricter (§8's warning) applies.
 */
import { objectRule, on } from '../rule'
import { isSql, ratesOf } from '../support/catalog'
import { cite } from '../support/sources'
import { iso, parseTime } from '../support/time'

export default objectRule<'billable_metric'>({
  code: 'MTR-17',
  severity: 'warning',
  title: 'New metric misses earlier events',
  explanation:
    '"Billable metrics are not retroactive": a streaming metric counts only events that arrive after it is created. Usage from before needs a reflow by Metronome staff.',
  fix: 'Publish the metric before its events start flowing, or ask Metronome for a reflow of the earlier events.',
  ...cite('metronome-domain.md §8 rule 17', ['MD-BM', 'MD-EV-DESIGN']),
  subjects: ['billable_metric'],
  appliesTo: ['billable_metric', 'product', 'rate', 'published', 'context'],
  check(e, ctx) {
    if (ctx.now === undefined || isSql(e.doc)) return
    const p = ctx.published.get('billable_metric', e.key)
    if (p && !p.archived) return
    let earliest: number | undefined
    let product: string | undefined
    for (const prod of ctx.index.related('productsByMetric', e.key))
      for (const r of ratesOf(ctx.index, prod.key)) {
        const t = parseTime(r.doc.starting_at)
        if (t !== undefined && t < ctx.now && (earliest === undefined || t < earliest)) {
          earliest = t
          product = prod.key
        }
      }
    if (earliest === undefined) return
    return [
      on(
        e,
        [],
        `\`${e.key}\` is new, and Metronome counts only events that arrive after it is created; rates of \`${product}\` start at ${iso(earliest)}, so usage from then until publishing needs a Metronome reflow. Publish the metric before its events start flowing.`,
      ),
    ]
  },
})
