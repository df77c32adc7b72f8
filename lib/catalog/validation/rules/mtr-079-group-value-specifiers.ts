/**
 * MTR-79 · Group-value specifiers only match products priced or presented by those keys.
 * Invariant: warns when a commit/credit specifier uses pricing/presentation group values together with a
 * product that is SUBSCRIPTION or COMPOSITE or lacks those keys.
 * Source: metronome-domain.md §8 rule 79 [MD-TARGET] (W).
 */
import { objectRule, on, type IssueDraft } from '../rule'
import { commitTerms, productType } from '../support/catalog'
import { cite } from '../support/sources'
import { list } from '../support/text'

export default objectRule<'package' | 'contract'>({
  code: 'MTR-79',
  severity: 'warning',
  title: 'Specifier can never match',
  explanation:
    'Specifiers may use pricing or presentation group values, but "products without those keys, and subscriptions and composites, never match": the commit or credit would never burn down for them.',
  fix: 'Drop the group values for that product, or target a usage product priced (or presented) by those keys.',
  ...cite('metronome-domain.md §8 rule 79', ['MD-TARGET']),
  subjects: ['package', 'contract'],
  appliesTo: ['package', 'contract', 'product'],
  check(e, ctx) {
    const out: IssueDraft[] = []
    for (const t of commitTerms(e.doc))
      t.term.specifiers?.forEach((s, i) => {
        if (!s.product || (!s.pricing_group_values && !s.presentation_group_values)) return
        const p = ctx.index.doc('product', s.product)
        if (!p) return
        const type = productType(p)
        const rel = [...t.rel, 'specifiers', i]
        if (type === 'SUBSCRIPTION' || type === 'COMPOSITE') {
          out.push(on(e, rel, `Group values never match the ${type} product \`${s.product}\`: remove them from this specifier.`))
          return
        }
        const missing = [
          ...Object.keys(s.pricing_group_values ?? {}).filter((k) => !(p.pricing_group_key ?? []).includes(k)),
          ...Object.keys(s.presentation_group_values ?? {}).filter((k) => !(p.presentation_group_key ?? []).includes(k)),
        ]
        if (missing.length) out.push(on(e, rel, `\`${s.product}\` is not priced/presented by ${list(missing)}, so this specifier never matches: fix the keys.`))
      })
    return out
  },
})
