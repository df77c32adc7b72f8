/**
 * MTR-44 · Rate cards price usage, composite and subscription products only.
 * Invariant: a rate's product is not FIXED or PRO_SERVICE/PROFESSIONAL_SERVICE.
 * Source: metronome-domain.md §8 rule 44 [MD-RC-OLD][MD-PROD]; metronome-api.md §3 P11 (E).
 */
import { objectRule, on } from '../rule'
import { productType } from '../support/catalog'
import { cite } from '../support/sources'

export default objectRule<'rate'>({
  code: 'MTR-44',
  severity: 'error',
  title: 'Rate on a FIXED or professional-services product',
  explanation: '"Rate cards only apply to usage-based, composite, and subscription products"; fixed products are priced on the contract (commits, credits, scheduled charges).',
  fix: 'Remove the rate and price the product on the contract, or change the product type.',
  ...cite('metronome-domain.md §8 rule 44', ['MD-RC-OLD', 'MD-PROD']),
  subjects: ['rate'],
  appliesTo: ['rate', 'product'],
  check(e, ctx) {
    const p = ctx.index.doc('product', e.doc.product)
    if (!p) return
    const t = productType(p)
    if (t === 'USAGE' || t === 'COMPOSITE' || t === 'SUBSCRIPTION') return
    if (!['FIXED', 'PRO_SERVICE', 'PROFESSIONAL_SERVICE'].includes(t)) return
    return [on(e, ['product'], `\`${e.doc.product}\` is a ${t} product, which rate cards cannot price: price it on the contract (commit, credit or scheduled charge) and remove this rate.`)]
  },
})
