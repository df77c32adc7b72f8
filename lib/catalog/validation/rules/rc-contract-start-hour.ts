/**
 * RC-contract-start-hour · Contracts start on the hour.
 * Invariant: a contract preview's starting_at (and ending_before) is hour-aligned.
 * Source: metronome-api.md §3 GEN2 (E; practitioner: dust's Metronome client).
 */
import { objectRule, on, type IssueDraft } from '../rule'
import { cite } from '../support/sources'
import { floorHour, isHourAligned, iso, parseTime } from '../support/time'

export default objectRule<'contract'>({
  code: 'RC-contract-start-hour',
  severity: 'error',
  title: 'Contract not on the hour',
  explanation: 'Contract `starting_at` must be on the hour. Stripe subscription starts carry seconds, so migrated contracts need rounding (usually down to the hour, so no usage falls before the contract).',
  fix: 'Round the contract start (and end) to the hour.',
  ...cite('metronome-api.md §3 GEN2', ['DUST']),
  subjects: ['contract'],
  appliesTo: ['contract'],
  check(e) {
    const out: IssueDraft[] = []
    for (const f of ['starting_at', 'ending_before'] as const) {
      const ms = parseTime(e.doc[f])
      if (ms !== undefined && !isHourAligned(ms)) out.push(on(e, [f], `\`${f}\` ${e.doc[f]} is not on the hour: contracts start and end on hour boundaries; use ${iso(floorHour(ms))}.`))
    }
    return out
  },
})
