/**
 * MTR-66 · Override specifiers replace product and tag targeting.
 * Invariant: an override with override_specifiers sets neither product nor applicable_product_tags.
 * Source: metronome-domain.md §8 rule 66 [SDK-PY] (E).
 */
import { objectRule, on, type IssueDraft } from '../rule'
import { overrideTerms } from '../support/catalog'
import { cite } from '../support/sources'

export default objectRule<'package' | 'contract'>({
  code: 'MTR-66',
  severity: 'error',
  title: 'Specifiers combined with product or tags',
  explanation: '`override_specifiers` "Cannot be used in conjunction with product_id or applicable_product_tags".',
  fix: 'Move the product or tags into a specifier (`{product: …}` or `{product_tags: […]}`), or drop the specifiers.',
  ...cite('metronome-domain.md §8 rule 66', ['SDK-PY']),
  subjects: ['package', 'contract'],
  appliesTo: ['package', 'contract'],
  check(e) {
    const out: IssueDraft[] = []
    for (const { term: o, rel } of overrideTerms(e.doc)) {
      if (!o.override_specifiers?.length) continue
      if (o.product !== undefined) out.push(on(e, [...rel, 'product'], '`product` cannot be combined with `override_specifiers`: put it in a specifier instead.'))
      if (o.applicable_product_tags?.length) out.push(on(e, [...rel, 'applicable_product_tags'], '`applicable_product_tags` cannot be combined with `override_specifiers`: use `product_tags` in a specifier instead.'))
    }
    return out
  },
})
