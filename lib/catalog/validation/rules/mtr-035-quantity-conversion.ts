/**
 * MTR-35 · Quantity conversion has a valid operation and a positive factor.
 * Invariant: quantity_conversion ⇒ operation ∈ {MULTIPLY, DIVIDE} (upper case) and conversion_factor a
 * decimal string > 0.
 * Source: metronome-domain.md §8 rule 35 [MD-API-PROD-C] (E; factor > 0 derived); metronome-api.md §3 P6 (E).
 */
import { objectRule, on, type IssueDraft } from '../rule'
import { decimalOf } from '../support/decimal'
import { cite } from '../support/sources'

export default objectRule<'product'>({
  code: 'MTR-35',
  severity: 'error',
  title: 'Invalid quantity conversion',
  explanation: '`quantity_conversion` multiplies or divides the metered quantity by `conversion_factor`; a zero or negative factor would divide by zero or flip the sign.',
  fix: 'Set `operation` to MULTIPLY or DIVIDE and `conversion_factor` to a positive decimal such as "1024".',
  ...cite('metronome-domain.md §8 rule 35', ['MD-API-PROD-C']),
  subjects: ['product'],
  appliesTo: ['product'],
  check(e) {
    const q = e.doc.quantity_conversion
    if (!q) return
    const out: IssueDraft[] = []
    if (q.operation !== 'MULTIPLY' && q.operation !== 'DIVIDE')
      out.push(on(e, ['quantity_conversion', 'operation'], `\`operation\` must be MULTIPLY or DIVIDE (upper case), not "${q.operation}".`))
    const f = decimalOf(q.conversion_factor)
    if (!f) out.push(on(e, ['quantity_conversion', 'conversion_factor'], `\`conversion_factor\` must be a decimal string such as "1024", not "${q.conversion_factor}".`))
    else if (f.lte(0)) out.push(on(e, ['quantity_conversion', 'conversion_factor'], `\`conversion_factor\` must be greater than 0 (got ${q.conversion_factor}).`))
    return out
  },
})
