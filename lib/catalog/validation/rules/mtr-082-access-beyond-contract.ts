/**
 * MTR-82 · Access schedules end within the contract.
 * Invariant: warns when an access-schedule item of a contract preview ends after the contract's
 * ending_before.
 * Source: metronome-domain.md §8 rule 82 [AI-…/credits-and-commits.md] (W).
 */
import { objectRule, on, type IssueDraft } from '../rule'
import { commitTerms } from '../support/catalog'
import { cite } from '../support/sources'
import { parseTime } from '../support/time'

export default objectRule<'contract'>({
  code: 'MTR-82',
  severity: 'warning',
  title: 'Access schedule beyond the contract end',
  explanation: 'A balance whose access segment runs past the end of the contract can never be used after the contract ends.',
  fix: 'End the access schedule at or before the contract\'s `ending_before`, or extend the contract.',
  ...cite('metronome-domain.md §8 rule 82', ['AI']),
  subjects: ['contract'],
  appliesTo: ['contract'],
  check(e) {
    const end = parseTime(e.doc.ending_before)
    if (end === undefined) return
    const out: IssueDraft[] = []
    for (const t of commitTerms(e.doc))
      t.term.access_schedule?.schedule_items.forEach((item, i) => {
        const itemEnd = parseTime(item.ending_before)
        if (itemEnd !== undefined && itemEnd > end)
          out.push(on(e, [...t.rel, 'access_schedule', 'schedule_items', i, 'ending_before'], `This access segment ends at ${item.ending_before}, after the contract ends (${e.doc.ending_before}): the rest of the balance can never be used. End it by ${e.doc.ending_before}.`))
      })
    return out
  },
})
