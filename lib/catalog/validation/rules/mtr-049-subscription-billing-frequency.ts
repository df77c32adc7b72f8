/**
 * MTR-49 · Subscription rates have a billing frequency.
 * Invariant: a FLAT rate of a SUBSCRIPTION product sets billing_frequency; any billing_frequency set is one
 * of MONTHLY, QUARTERLY, ANNUAL, WEEKLY (upper case).
 * Source: metronome-domain.md §8 rule 49 [SDK-PY]; metronome-api.md §3 R6 (E).
 */
import { BILLING_FREQUENCIES } from '../../schemas'
import { objectRule, on } from '../rule'
import { productType } from '../support/catalog'
import { cite } from '../support/sources'
import { up } from '../support/text'

export default objectRule<'rate'>({
  code: 'MTR-49',
  severity: 'error',
  title: 'Subscription rate without billing frequency',
  explanation: '`billing_frequency` is "Required for subscription type products with Flat rate" and must be MONTHLY, QUARTERLY, ANNUAL or WEEKLY.',
  fix: 'Set `billing_frequency` on the rate (it must also match the contract subscription that bills it).',
  ...cite('metronome-domain.md §8 rule 49', ['SDK-PY']),
  subjects: ['rate'],
  appliesTo: ['rate', 'product'],
  check(e, ctx) {
    const bf = e.doc.billing_frequency
    if (bf !== undefined) {
      if (!(BILLING_FREQUENCIES as readonly string[]).includes(bf))
        return [on(e, ['billing_frequency'], `\`billing_frequency\` must be MONTHLY, QUARTERLY, ANNUAL or WEEKLY (upper case), not "${bf}".`)]
      return
    }
    const p = ctx.index.doc('product', e.doc.product)
    if (!p || productType(p) !== 'SUBSCRIPTION' || up(e.doc.rate_type) !== 'FLAT') return
    return [on(e, ['billing_frequency'], `\`${e.doc.product}\` is a SUBSCRIPTION product, so its FLAT rate needs \`billing_frequency\` (MONTHLY, QUARTERLY, ANNUAL or WEEKLY).`)]
  },
})
