/**
 * RC-subscription-rate · Subscriptions bill a rate on the card.
 * Invariant: each subscription term of a package or contract names a SUBSCRIPTION product that has a FLAT
 * rate with the same billing_frequency on the holder's card.
 * Source: metronome-api.md §3 PK3 (E: "Subscriptions' (product_id, billing_frequency) must match a
 * SUBSCRIPTION rate on that card"); §2.10.
 */
import { objectRule, on, type IssueDraft } from '../rule'
import { cardOf, productType, ratesOf } from '../support/catalog'
import { cite } from '../support/sources'

export default objectRule<'package' | 'contract'>({
  code: 'RC-subscription-rate',
  severity: 'error',
  title: 'Subscription without a matching rate',
  explanation: "A contract subscription references `subscription_rate: {product_id, billing_frequency}`, which must match a rate of a SUBSCRIPTION product on the contract's card.",
  fix: 'Add a FLAT rate with that billing frequency for the product on the card, or fix the subscription.',
  ...cite('metronome-api.md §3 PK3', ['SDK-NODE', 'SDK-PY']),
  subjects: ['package', 'contract'],
  appliesTo: ['package', 'contract', 'product', 'rate', 'rate_card'],
  check(e, ctx) {
    const subs = e.doc.subscriptions
    if (!subs?.length) return
    const card = cardOf(ctx.index, e)
    const out: IssueDraft[] = []
    subs.forEach((s, i) => {
      const p = ctx.index.doc('product', s.product)
      if (!p) return
      if (productType(p) !== 'SUBSCRIPTION') {
        out.push(on(e, ['subscriptions', i, 'product'], `\`${s.product}\` is a ${productType(p)} product; subscriptions bill SUBSCRIPTION products.`))
        return
      }
      if (!card) return
      const match = ratesOf(ctx.index, s.product).some((r) => r.doc.rate_card === card.key && r.doc.billing_frequency === s.billing_frequency)
      if (!match) out.push(on(e, ['subscriptions', i, 'billing_frequency'], `\`${card.key}\` has no ${s.billing_frequency} rate for \`${s.product}\`: add one, or use the frequency the card prices.`))
    })
    return out
  },
})
