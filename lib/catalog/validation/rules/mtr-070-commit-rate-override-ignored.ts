/**
 * MTR-70 · A COMMIT_RATE override needs a commit rate to override.
 * Invariant: warns when an override targets COMMIT_RATE for a product that has no rate with commit_rate on
 * the holder's card (the override would be ignored).
 * Source: metronome-domain.md §8 rule 70 [MD-COMMIT-DISC] (W).
 */
import { objectRule, on, type IssueDraft } from '../rule'
import { cardOf, overrideProducts, overrideTerms, ratesOf } from '../support/catalog'
import { cite } from '../support/sources'

export default objectRule<'package' | 'contract'>({
  code: 'MTR-70',
  severity: 'warning',
  title: 'Commit-rate override without a commit rate',
  explanation:
    'If a commit uses the commit rate but the product has none, the list rate applies and overrides that target COMMIT_RATE are ignored.',
  fix: 'Add a `commit_rate` to the product\'s rate on the card, or target LIST_RATE.',
  ...cite('metronome-domain.md §8 rule 70', ['MD-COMMIT-DISC']),
  subjects: ['package', 'contract'],
  appliesTo: ['package', 'contract', 'rate', 'rate_card'],
  check(e, ctx) {
    const card = cardOf(ctx.index, e)
    if (!card) return
    const out: IssueDraft[] = []
    for (const { term: o, rel } of overrideTerms(e.doc)) {
      if (o.target !== 'COMMIT_RATE') continue
      const targets = o.override_specifiers?.length
        ? o.override_specifiers.flatMap((s) => (s.product ? [{ product: s.product, values: s.pricing_group_values ?? {} }] : []))
        : overrideProducts(o).map((product) => ({ product, values: {} as Record<string, string> }))
      for (const t of targets) {
        const has = ratesOf(ctx.index, t.product).some(
          (r) => r.doc.rate_card === card.key && r.doc.commit_rate && Object.entries(t.values).every(([k, v]) => r.doc.pricing_group_values?.[k] === v),
        )
        const what = Object.keys(t.values).length ? `\`${t.product}\` ${JSON.stringify(t.values)}` : `\`${t.product}\``
        if (!has) out.push(on(e, [...rel, 'target'], `${what} has no commit rate on \`${card.key}\`, so this COMMIT_RATE override is ignored (the list rate applies): add a \`commit_rate\` or target LIST_RATE.`))
      }
    }
    return out
  },
})
