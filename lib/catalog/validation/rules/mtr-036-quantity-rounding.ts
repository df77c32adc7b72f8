/**
 * MTR-36 · Quantity rounding has a valid method and decimal places.
 * Invariant: quantity_rounding ⇒ rounding_method ∈ {ROUND_UP, ROUND_DOWN, ROUND_HALF_UP} and
 * decimal_places ≥ 0 (errors); non-integer decimal_places (warning).
 * Source: metronome-domain.md §8 rule 36 [MD-API-PROD-C]; metronome-api.md §3 P6 (E).
 */
import { ROUNDING_METHODS } from '../../schemas'
import { objectRule, on, type IssueDraft } from '../rule'
import { cite } from '../support/sources'

export default objectRule<'product'>({
  code: 'MTR-36',
  severity: 'error',
  title: 'Invalid quantity rounding',
  explanation: '`quantity_rounding` rounds the quantity ROUND_UP, ROUND_DOWN or ROUND_HALF_UP to `decimal_places` (≥ 0, a whole number).',
  fix: 'Use one of the three methods and a whole, non-negative number of decimal places.',
  ...cite('metronome-domain.md §8 rule 36', ['MD-API-PROD-C']),
  subjects: ['product'],
  appliesTo: ['product'],
  check(e) {
    const q = e.doc.quantity_rounding
    if (!q) return
    const out: IssueDraft[] = []
    if (!(ROUNDING_METHODS as readonly string[]).includes(q.rounding_method))
      out.push(on(e, ['quantity_rounding', 'rounding_method'], `\`rounding_method\` must be ROUND_UP, ROUND_DOWN or ROUND_HALF_UP, not "${q.rounding_method}".`))
    if (q.decimal_places < 0) out.push(on(e, ['quantity_rounding', 'decimal_places'], `\`decimal_places\` must be 0 or more (got ${q.decimal_places}).`))
    else if (!Number.isInteger(q.decimal_places))
      out.push(on(e, ['quantity_rounding', 'decimal_places'], `\`decimal_places\` should be a whole number (got ${q.decimal_places}).`, 'warning'))
    return out
  },
})
