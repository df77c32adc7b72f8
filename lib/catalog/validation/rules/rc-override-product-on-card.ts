/**
 * RC-override-product-on-card · Overrides target products the card prices.
 * Invariant: every product an override of a package or contract names has a rate on the holder's card.
 * Source: metronome-api.md §3 PK3 (E: "Override specifiers must reference products on the card").
 */
import { objectRule, on, type IssueDraft } from '../rule'
import { cardOf, overrideProducts, overrideTerms, ratesOf } from '../support/catalog'
import { cite } from '../support/sources'

export default objectRule<'package' | 'contract'>({
  code: 'RC-override-product-on-card',
  severity: 'error',
  title: 'Override on a product the card does not price',
  explanation: 'Overrides change the price (or entitlement) of products on the contract\'s rate card; a product with no rate on the card has nothing to override.',
  fix: 'Add a rate for the product to the card (with `entitled: false` if only this contract should get it), or fix the override.',
  ...cite('metronome-api.md §3 PK3', ['SDK-NODE', 'MD-OVR']),
  subjects: ['package', 'contract'],
  appliesTo: ['package', 'contract', 'product', 'rate', 'rate_card'],
  check(e, ctx) {
    const card = cardOf(ctx.index, e)
    if (!card) return
    const out: IssueDraft[] = []
    for (const { term: o, rel } of overrideTerms(e.doc))
      for (const product of overrideProducts(o))
        if (ctx.index.has('product', product) && !ratesOf(ctx.index, product).some((r) => r.doc.rate_card === card.key))
          out.push(on(e, [...rel, o.product === product ? 'product' : 'override_specifiers'], `\`${product}\` has no rate on \`${card.key}\`, so this override has nothing to apply to: add a rate for it on the card (entitled: false if only some contracts get it).`))
    return out
  },
})
