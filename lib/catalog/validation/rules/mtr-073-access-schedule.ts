/**
 * MTR-73 · Commits and credits have an access schedule.
 * Invariant: access_schedule is present with ≥ 1 item, each with amount, starting_at and ending_before.
 * Source: metronome-domain.md §8 rule 73 [SDK-PY] (E).
 */
import { objectRule, on, type IssueDraft } from '../rule'
import { commitTerms } from '../support/catalog'
import { cite } from '../support/sources'

export default objectRule<'package' | 'contract'>({
  code: 'MTR-73',
  severity: 'error',
  title: 'Missing access schedule',
  explanation: '`access_schedule` is required on commits and credits: at least one item with `amount`, `starting_at` (inclusive) and `ending_before` (exclusive).',
  fix: 'Add `access_schedule.schedule_items` with the amount and the period it can be used in.',
  ...cite('metronome-domain.md §8 rule 73', ['SDK-PY']),
  subjects: ['package', 'contract'],
  appliesTo: ['package', 'contract'],
  check(e) {
    const out: IssueDraft[] = []
    for (const t of commitTerms(e.doc)) {
      const s = t.term.access_schedule
      if (!s) {
        out.push(on(e, [...t.rel, 'access_schedule'], '`access_schedule` is required: give at least one item with `amount`, `starting_at` and `ending_before`.'))
        continue
      }
      if (s.schedule_items.length === 0) out.push(on(e, [...t.rel, 'access_schedule', 'schedule_items'], 'The access schedule needs at least one item.'))
      s.schedule_items.forEach((item, i) => {
        for (const f of ['amount', 'starting_at', 'ending_before'] as const)
          if (item[f].trim() === '') out.push(on(e, [...t.rel, 'access_schedule', 'schedule_items', i, f], `\`${f}\` is required on every access-schedule item.`))
      })
    }
    return out
  },
})
