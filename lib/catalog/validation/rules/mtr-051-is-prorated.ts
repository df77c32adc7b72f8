/**
 * MTR-51 · is_prorated is only for SUBSCRIPTION rates, and only true.
 * Invariant: is_prorated set ⇒ rate_type SUBSCRIPTION and is_prorated === true.
 * Source: metronome-domain.md §8 rule 51 [SDK-PY] (E).
 */
import { objectRule, on } from '../rule'
import { cite } from '../support/sources'
import { up } from '../support/text'

export default objectRule<'rate'>({
  code: 'MTR-51',
  severity: 'error',
  title: 'is_prorated outside SUBSCRIPTION rates',
  explanation: '`is_prorated` is "Only valid for SUBSCRIPTION rate_type. Must be set to true."',
  fix: 'Remove `is_prorated` (proration of FLAT subscription rates is set on the contract subscription).',
  ...cite('metronome-domain.md §8 rule 51', ['SDK-PY']),
  subjects: ['rate'],
  appliesTo: ['rate'],
  check(e) {
    const v = e.doc.is_prorated
    if (v === undefined) return
    if (up(e.doc.rate_type) !== 'SUBSCRIPTION')
      return [on(e, ['is_prorated'], `\`is_prorated\` is only valid on SUBSCRIPTION rates; this one is ${e.doc.rate_type}: remove it (set proration on the contract subscription).`)]
    if (v !== true) return [on(e, ['is_prorated'], '`is_prorated` must be true when set: remove it or set it to true.')]
  },
})
