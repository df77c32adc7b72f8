/**
 * RC-product-key-duplicate · A product names each pricing or presentation key once.
 * Invariant: warns on a property repeated within pricing_group_key or within presentation_group_key.
 * Source: metronome-api.md §3 GK5 (W, *inferred*).
 */
import { objectRule, on, type IssueDraft } from '../rule'
import { cite } from '../support/sources'

export default objectRule<'product'>({
  code: 'RC-product-key-duplicate',
  severity: 'warning',
  title: 'Product key listed twice',
  explanation: 'Pricing and presentation keys may overlap each other, but listing the same property twice within one of them is meaningless and may be rejected.',
  fix: 'List each property once.',
  inferred: true,
  ...cite('metronome-api.md §3 GK5', []),
  subjects: ['product'],
  appliesTo: ['product'],
  check(e) {
    const out: IssueDraft[] = []
    for (const field of ['pricing_group_key', 'presentation_group_key'] as const)
      e.doc[field]?.forEach((k, i, all) => {
        if (all.indexOf(k) !== i) out.push(on(e, [field, i], `\`${k}\` is listed twice in \`${field}\`: remove the repeat.`))
      })
    return out
  },
})
