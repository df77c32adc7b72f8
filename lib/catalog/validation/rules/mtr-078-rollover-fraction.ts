/**
 * MTR-78 · rollover_fraction is between 0 and 1.
 * Invariant: rollover_fraction, when set, is in [0, 1].
 * Source: metronome-domain.md §8 rule 78 [SDK-PY] (E).
 */
import { objectRule, on, type IssueDraft } from '../rule'
import { commitTerms } from '../support/catalog'
import { cite } from '../support/sources'

export default objectRule<'package' | 'contract'>({
  code: 'MTR-78',
  severity: 'error',
  title: 'Rollover fraction out of range',
  explanation: '`rollover_fraction` is the share of an unused balance that rolls over, between 0 and 1.',
  fix: 'Write the fraction between 0 and 1 (50% → 0.5).',
  ...cite('metronome-domain.md §8 rule 78', ['SDK-PY']),
  subjects: ['package', 'contract'],
  appliesTo: ['package', 'contract'],
  check(e) {
    const out: IssueDraft[] = []
    for (const t of commitTerms(e.doc)) {
      const f = t.term.rollover_fraction
      if (f !== undefined && !(f >= 0 && f <= 1)) out.push(on(e, [...t.rel, 'rollover_fraction'], `\`rollover_fraction\` must be between 0 and 1 (got ${f}).`))
    }
    return out
  },
})
