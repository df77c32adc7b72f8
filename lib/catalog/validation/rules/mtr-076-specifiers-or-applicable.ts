/**
 * MTR-76 · Commit/credit specifiers replace applicable products and tags.
 * Invariant: a commit or credit with specifiers sets neither applicable_products nor applicable_product_tags.
 * Source: metronome-domain.md §8 rule 76 [SDK-PY][MD-TARGET] (E).
 */
import { objectRule, on, type IssueDraft } from '../rule'
import { commitTerms } from '../support/catalog'
import { cite } from '../support/sources'

export default objectRule<'package' | 'contract'>({
  code: 'MTR-76',
  severity: 'error',
  title: 'Specifiers combined with applicable products',
  explanation: 'A commit or credit is scoped either by `applicable_product_ids` / `applicable_product_tags` or by `specifiers`, never both.',
  fix: 'Express the scope entirely with specifiers, or entirely with applicable products and tags.',
  ...cite('metronome-domain.md §8 rule 76', ['SDK-PY', 'MD-TARGET']),
  subjects: ['package', 'contract'],
  appliesTo: ['package', 'contract'],
  check(e) {
    const out: IssueDraft[] = []
    for (const t of commitTerms(e.doc)) {
      if (!t.term.specifiers?.length) continue
      for (const f of ['applicable_products', 'applicable_product_tags'] as const)
        if (t.term[f]?.length) out.push(on(e, [...t.rel, f], `\`${f}\` cannot be combined with \`specifiers\`: move it into a specifier or drop the specifiers.`))
    }
    return out
  },
})
