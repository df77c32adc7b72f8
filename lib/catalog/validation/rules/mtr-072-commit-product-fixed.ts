/**
 * MTR-72 · Commits and credits are on FIXED products.
 * Invariant: every commit's and credit's product is a FIXED product.
 * Source: metronome-domain.md §8 rule 72 [MD-CC][AI-…/pricing-patterns.md] (E).
 */
import { objectRule, on, type IssueDraft } from '../rule'
import { commitTerms, productType } from '../support/catalog'
import { cite } from '../support/sources'

export default objectRule<'package' | 'contract'>({
  code: 'MTR-72',
  severity: 'error',
  title: 'Commit or credit on a non-FIXED product',
  explanation: '"Credits and commits are always associated with a fixed product"; the usage products they pay for are chosen with `applicable_products`, tags or specifiers.',
  fix: 'Point the commit or credit at a FIXED product and scope it to the usage products with `applicable_products`.',
  ...cite('metronome-domain.md §8 rule 72', ['MD-CC', 'AI']),
  subjects: ['package', 'contract'],
  appliesTo: ['package', 'contract', 'product'],
  check(e, ctx) {
    const out: IssueDraft[] = []
    for (const t of commitTerms(e.doc)) {
      const p = ctx.index.doc('product', t.term.product)
      if (p && productType(p) !== 'FIXED')
        out.push(on(e, [...t.rel, 'product'], `\`${t.term.product}\` is a ${productType(p)} product; ${t.field === 'commits' ? 'commits' : 'credits'} must use a FIXED product (scope the usage with \`applicable_products\`).`))
    }
    return out
  },
})
