/**
 * MTR-68 · Commit-targeting specifiers need a commit-specific override and a product filter.
 * Invariant: a specifier with commit_ids / recurring_commit_ids / recurring_credit_ids belongs to an
 * override with is_commit_specific: true and also sets product, product_tags, pricing_group_values or
 * presentation_group_values.
 * Source: metronome-domain.md §8 rule 68 [SDK-PY] (E).
 */
import { objectRule, on, type IssueDraft } from '../rule'
import { overrideTerms } from '../support/catalog'
import { cite } from '../support/sources'

export default objectRule<'package' | 'contract'>({
  code: 'MTR-68',
  severity: 'error',
  title: 'Commit ids in a specifier',
  explanation:
    '`commit_ids`, `recurring_commit_ids` and `recurring_credit_ids` in a specifier require `is_commit_specific: true` on the override and one of product, product tags, pricing or presentation group values in the same specifier.',
  fix: 'Set `is_commit_specific: true` and add a product (or tags or group values) to the specifier.',
  ...cite('metronome-domain.md §8 rule 68', ['SDK-PY']),
  subjects: ['package', 'contract'],
  appliesTo: ['package', 'contract'],
  check(e) {
    const out: IssueDraft[] = []
    for (const { term: o, rel } of overrideTerms(e.doc))
      o.override_specifiers?.forEach((s, i) => {
        if (!s.commit_ids?.length && !s.recurring_commit_ids?.length && !s.recurring_credit_ids?.length) return
        if (o.is_commit_specific !== true) out.push(on(e, [...rel, 'is_commit_specific'], 'A specifier that names commits requires `is_commit_specific: true` on the override.'))
        if (!s.product && !s.product_tags?.length && !s.pricing_group_values && !s.presentation_group_values)
          out.push(on(e, [...rel, 'override_specifiers', i], 'A specifier that names commits must also set `product`, `product_tags`, `pricing_group_values` or `presentation_group_values`.'))
      })
    return out
  },
})
