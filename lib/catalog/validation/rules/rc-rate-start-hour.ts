/**
 * RC-rate-start-hour · Rates start and end on the hour.
 * Invariant: warns when a rate's starting_at or ending_before is not hour-aligned.
 * Source: metronome-api.md §3 R11 (W; hour alignment *inferred* from products and contracts).
 */
import { objectRule, on, type IssueDraft } from '../rule'
import { cite } from '../support/sources'
import { isHourAligned, parseTime } from '../support/time'

export default objectRule<'rate'>({
  code: 'RC-rate-start-hour',
  severity: 'warning',
  title: 'Rate not on the hour',
  explanation: 'Product updates, contracts and access schedules are hour-aligned in Metronome; a rate boundary inside an hour is likely to be rounded or to leave a gap.',
  fix: 'Put rate boundaries on the hour.',
  inferred: true,
  ...cite('metronome-api.md §3 R11', ['AI']),
  subjects: ['rate'],
  appliesTo: ['rate'],
  check(e) {
    const start = parseTime(e.doc.starting_at)
    const end = parseTime(e.doc.ending_before)
    if ((start === undefined || isHourAligned(start)) && (end === undefined || isHourAligned(end))) return
    const out: IssueDraft[] = []
    for (const f of ['starting_at', 'ending_before'] as const) {
      const ms = parseTime(e.doc[f])
      if (ms !== undefined && !isHourAligned(ms)) out.push(on(e, [f], `\`${f}\` ${e.doc[f]} is not on the hour: put rate boundaries on hour boundaries.`))
    }
    return out
  },
})
