/**
 * MTR-47 · Prices are in range for their rate type.
 * Invariant: FLAT and SUBSCRIPTION prices ≥ 0; PERCENTAGE price in [0, 1] (≥ 0 with the
 * percentageAbove100 account flag); commit-rate prices ≥ 0. A FLAT/PERCENTAGE/SUBSCRIPTION rate without a
 * price is a warning (that requirement is *inferred* in metronome-api.md §3 R7).
 * Source: metronome-domain.md §8 rule 47 [SDK-PY] and §7 item 4; metronome-api.md §3 R7 (E).
 */
import { objectRule, on, type IssueDraft } from '../rule'
import { isDecimalString } from '../../money'
import { decimalOf, isNegativeDecimal } from '../support/decimal'
import { cite } from '../support/sources'
import { up } from '../support/text'

const PRICED = new Set(['FLAT', 'SUBSCRIPTION', 'PERCENTAGE'])

export default objectRule<'rate'>({
  code: 'MTR-47',
  severity: 'error',
  title: 'Price out of range',
  explanation:
    'FLAT and SUBSCRIPTION prices must be ≥ 0. PERCENTAGE prices are a fraction in [0, 1] (0.1 = 10%); composite charges above 100% are a private beta. A priced rate type without a price is almost certainly unfinished.',
  fix: 'Enter a non-negative price; write percentages as fractions (10% → "0.1").',
  ...cite('metronome-domain.md §8 rule 47; metronome-api.md §3 R7', ['SDK-PY', 'MD-COMPOSITE']),
  subjects: ['rate'],
  appliesTo: ['rate', 'context'],
  check(e, ctx) {
    const r = e.doc
    const type = up(r.rate_type)!
    const out: IssueDraft[] = []
    if (PRICED.has(type)) {
      if (r.price === undefined) out.push(on(e, ['price'], `This ${type} rate has no \`price\`: set one (in the card's denomination).`, 'warning'))
      else if (isDecimalString(r.price) && isNegativeDecimal(r.price)) out.push(on(e, ['price'], `A ${type} price must be 0 or more (got ${r.price}).`))
      else if (type === 'PERCENTAGE') {
        const price = decimalOf(r.price)
        if (price && price.gt(1) && ctx.flags.percentageAbove100 !== true)
          out.push(on(e, ['price'], `A PERCENTAGE price is a fraction between 0 and 1 (0.1 = 10%); ${r.price} would be ${price.mul(100).toFixed()}%. Write it as a fraction (above 100% needs the composite-charges beta).`))
      }
    }
    const crPrice = r.commit_rate?.price
    if (crPrice !== undefined && isDecimalString(crPrice) && isNegativeDecimal(crPrice)) out.push(on(e, ['commit_rate', 'price'], `A commit-rate price must be 0 or more (got ${crPrice}).`))
    return out.length ? out : undefined
  },
})
