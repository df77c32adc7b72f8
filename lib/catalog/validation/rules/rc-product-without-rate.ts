/**
 * RC-product-without-rate · Priced products have a rate somewhere.
 * Invariant: warns on a USAGE, SUBSCRIPTION or COMPOSITE product that no rate of any card prices.
 * Source: metronome-domain.md §2.1 ("Products don't have prices": usage, composite and subscription products
 * are priced on rate cards); silent failure: its usage is metered but never charged.
 */
import { objectRule, on } from '../rule'
import { productType } from '../support/catalog'
import { cite } from '../support/sources'

export default objectRule<'product'>({
  code: 'RC-product-without-rate',
  severity: 'warning',
  title: 'Product without a rate',
  explanation: 'Usage, composite and subscription products are priced on rate cards. A product no card prices is metered (or listed) but never charged.',
  fix: 'Add a rate for the product on each card that should charge it, or remove the product.',
  silentFailure: true,
  ...cite('metronome-domain.md §2.1', ['MD-PROD']),
  subjects: ['product'],
  appliesTo: ['product', 'rate'],
  check(e, ctx) {
    const t = productType(e.doc)
    if (t !== 'USAGE' && t !== 'SUBSCRIPTION' && t !== 'COMPOSITE') return
    if (ctx.index.rateCountAny(e.key) > 0) return
    return [on(e, [], `No rate card prices the ${t} product \`${e.key}\`, so it would never be charged: add a rate, or remove the product.`)]
  },
})
