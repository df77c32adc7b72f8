/**
 * MTR-67 · OVERWRITE overrides target products, never tags, and name every pricing value.
 * Invariant: an OVERWRITE override uses no applicable_product_tags / specifier product_tags; when it
 * targets a dimensionally priced product, it does so through specifiers giving the product and a value for
 * every pricing key.
 * Source: metronome-domain.md §8 rule 67 [MD-OVR] (E).
 */
import { objectRule, on, type IssueDraft } from '../rule'
import { overrideTerms } from '../support/catalog'
import { cite } from '../support/sources'
import { list } from '../support/text'

export default objectRule<'package' | 'contract'>({
  code: 'MTR-67',
  severity: 'error',
  title: 'OVERWRITE override targeting',
  explanation:
    '"You cannot use product tags to target overwrite overrides"; with dimensional pricing, "specify the product ID and all pricing group values".',
  fix: 'Target the product directly; for a dimensional product, add one specifier per combination with `product` and all `pricing_group_values`.',
  ...cite('metronome-domain.md §8 rule 67', ['MD-OVR']),
  subjects: ['package', 'contract'],
  appliesTo: ['package', 'contract', 'product'],
  check(e, ctx) {
    const out: IssueDraft[] = []
    for (const { term: o, rel } of overrideTerms(e.doc)) {
      if (o.type !== 'OVERWRITE') continue
      if (o.applicable_product_tags?.length) out.push(on(e, [...rel, 'applicable_product_tags'], 'OVERWRITE overrides cannot target product tags: name the product instead.'))
      o.override_specifiers?.forEach((s, i) => {
        if (s.product_tags?.length) out.push(on(e, [...rel, 'override_specifiers', i, 'product_tags'], 'OVERWRITE overrides cannot target product tags: name the product instead.'))
        const keys = ctx.index.doc('product', s.product)?.pricing_group_key ?? []
        const missing = keys.filter((k) => s.pricing_group_values?.[k] === undefined)
        if (missing.length)
          out.push(on(e, [...rel, 'override_specifiers', i, 'pricing_group_values'], `\`${s.product}\` is priced by ${list(keys)}: an OVERWRITE must give all pricing values (missing ${list(missing)}).`))
      })
      const keys = ctx.index.doc('product', o.product)?.pricing_group_key ?? []
      if (o.product && keys.length)
        out.push(on(e, [...rel, 'product'], `\`${o.product}\` is dimensionally priced by ${list(keys)}: an OVERWRITE must target it through \`override_specifiers\` with the product and all pricing values, one specifier per combination.`))
    }
    return out
  },
})
