/**
 * MTR-39 · exclude_free_usage and include_composite_spend are for COMPOSITE products.
 * Invariant: a non-COMPOSITE product does not set exclude_free_usage or include_composite_spend.
 * Source: metronome-domain.md §8 rule 39 [MD-API-PROD-C] (W). metronome-api.md §3 P5 says E
 * ("exclude_free_usage is composite-only"); the stricter applies, so this is an error.
 */
import { objectRule, on } from '../rule'
import { productType } from '../support/catalog'
import { cite } from '../support/sources'

export default objectRule<'product'>({
  code: 'MTR-39',
  severity: 'error',
  title: 'Composite-only setting on another product',
  explanation: '`exclude_free_usage` (beta) and `include_composite_spend` (feature-flagged) only mean something on COMPOSITE products.',
  fix: 'Remove the setting, or make the product COMPOSITE.',
  ...cite('metronome-domain.md §8 rule 39; metronome-api.md §3 P5 (E, stricter than §8\'s W)', ['MD-API-PROD-C']),
  subjects: ['product'],
  appliesTo: ['product'],
  check(e) {
    const t = productType(e.doc)
    if (t === 'COMPOSITE') return
    return (['exclude_free_usage', 'include_composite_spend'] as const)
      .filter((f) => e.doc[f] !== undefined)
      .map((f) => on(e, [f], `\`${f}\` applies to COMPOSITE products only; \`${e.key}\` is ${t}: remove it.`))
  },
})
