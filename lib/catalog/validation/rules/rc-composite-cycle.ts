/**
 * RC-composite-cycle · Composite products do not charge a percentage of themselves.
 * Invariant: following composite_products between COMPOSITE products never returns to the start.
 * Source: metronome-api.md §3 GEN1 (E: composites are created after their components, which a cycle makes
 * impossible).
 */
import { globalRule, on, type IssueDraft } from '../rule'
import { productType } from '../support/catalog'
import { cite } from '../support/sources'

export default globalRule({
  code: 'RC-composite-cycle',
  severity: 'error',
  title: 'Composite products form a cycle',
  explanation: 'Metronome creates composite products after the products they charge a percentage of; composites that (directly or indirectly) include each other can never be created.',
  fix: 'Remove one composite from the other\'s `composite_products`.',
  ...cite('metronome-api.md §3 GEN1', ['SD-SETUP', 'AI']),
  appliesTo: ['product'],
  check(ctx) {
    const composites = ctx.index.related<'product'>('compositeProducts', '*')
    if (composites.length < 1) return
    const out: IssueDraft[] = []
    for (const start of composites) {
      const seen = new Set<string>()
      const stack = [...(start.doc.composite_products ?? [])]
      let cycle = false
      while (stack.length && !cycle) {
        const key = stack.pop()!
        if (key === start.key) cycle = true
        else if (!seen.has(key)) {
          seen.add(key)
          const p = ctx.index.doc('product', key)
          if (p && productType(p) === 'COMPOSITE') stack.push(...(p.composite_products ?? []))
        }
      }
      if (cycle) out.push(on(start, ['composite_products'], `\`${start.key}\` includes itself through its composite products: remove the cycle (composites are created after the products they include).`))
    }
    return out
  },
})
