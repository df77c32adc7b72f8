/**
 * MTR-77 · An unscoped commit or credit pays for everything.
 * Invariant: warns on a commit or credit with no applicable_products, applicable_product_tags or specifiers.
 * Source: metronome-domain.md §8 rule 77 [SDK-PY] (W).
 */
import { objectRule, on, type IssueDraft } from '../rule'
import { commitTerms } from '../support/catalog'
import { cite } from '../support/sources'

export default objectRule<'package' | 'contract'>({
  code: 'MTR-77',
  severity: 'warning',
  title: 'Unscoped commit or credit',
  explanation: 'A commit or credit with no scope applies to all products, subscription fees included. Stripe credit grants scoped to metered prices need an explicit scope.',
  fix: 'Scope it with `applicable_products`, `applicable_product_tags` or `specifiers`, unless it should cover everything.',
  ...cite('metronome-domain.md §8 rule 77 and §9 M19', ['SDK-PY']),
  subjects: ['package', 'contract'],
  appliesTo: ['package', 'contract'],
  check(e) {
    const out: IssueDraft[] = []
    for (const t of commitTerms(e.doc))
      if (!t.term.applicable_products?.length && !t.term.applicable_product_tags?.length && !t.term.specifiers?.length)
        out.push(on(e, t.rel, `This ${t.field === 'commits' ? 'commit' : 'credit'} has no scope, so it also pays subscription fees and every other product: set \`applicable_products\` (or tags or specifiers) unless that is intended.`))
    return out
  },
})
