/**
 * MTR-81 · Access schedules start and end on the hour.
 * Invariant: warns on access-schedule times that are not hour-aligned.
 * Source: metronome-domain.md §8 rule 81 [MD-CC] (W).
 */
import { objectRule, on, type IssueDraft } from '../rule'
import { commitTerms } from '../support/catalog'
import { cite } from '../support/sources'
import { isHourAligned, parseTime } from '../support/time'

export default objectRule<'package' | 'contract'>({
  code: 'MTR-81',
  severity: 'warning',
  title: 'Access schedule not on the hour',
  explanation: 'Commit and credit access ranges are "any hour-aligned time". Stripe credit grants carry second-precision times that must be rounded to the hour.',
  fix: 'Round `starting_at` and `ending_before` to the hour (e.g. 2026-05-01T00:00:00Z).',
  ...cite('metronome-domain.md §8 rule 81 and §9 M19', ['MD-CC']),
  subjects: ['package', 'contract'],
  appliesTo: ['package', 'contract'],
  check(e) {
    const out: IssueDraft[] = []
    for (const t of commitTerms(e.doc))
      t.term.access_schedule?.schedule_items.forEach((item, i) => {
        for (const f of ['starting_at', 'ending_before'] as const) {
          const ms = parseTime(item[f])
          if (ms !== undefined && !isHourAligned(ms))
            out.push(on(e, [...t.rel, 'access_schedule', 'schedule_items', i, f], `\`${f}\` ${item[f]} is not on the hour: access schedules take hour-aligned times; round it.`))
        }
      })
    return out
  },
})
