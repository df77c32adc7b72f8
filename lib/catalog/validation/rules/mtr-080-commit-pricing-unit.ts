/**
 * MTR-80 · A commit or credit is in the pricing unit of the products it pays for.
 * Invariant: warns when a commit/credit's access_schedule.credit_type (default: the card's fiat currency)
 * differs from the pricing unit of a targeted product's rates on the holder's card.
 * Source: metronome-domain.md §8 rule 80 [MD-CREDITS-LEGACY][MD-CPU] (W).
 */
import { objectRule, on, type IssueDraft } from '../rule'
import { cardOf, commitTerms, isFiatCode, rateUnit, ratesOf } from '../support/catalog'
import { cite } from '../support/sources'

export default objectRule<'package' | 'contract'>({
  code: 'MTR-80',
  severity: 'warning',
  title: 'Commit in another pricing unit',
  explanation: 'Credits and commits "must share the product\'s pricing unit, or they never apply": a USD commit never burns down usage priced in credits, and vice versa.',
  fix: 'Set `access_schedule.credit_type` to the unit the targeted products are priced in.',
  ...cite('metronome-domain.md §8 rule 80', ['MD-CREDITS-LEGACY', 'MD-CPU']),
  subjects: ['package', 'contract'],
  appliesTo: ['package', 'contract', 'rate', 'rate_card'],
  check(e, ctx) {
    const card = cardOf(ctx.index, e)
    if (!card) return
    const out: IssueDraft[] = []
    for (const t of commitTerms(e.doc)) {
      const raw = t.term.access_schedule?.credit_type ?? card.doc.fiat_currency
      const unit = isFiatCode(raw) ? raw.toUpperCase() : raw
      const targets = [...(t.term.applicable_products ?? []), ...(t.term.specifiers ?? []).flatMap((s) => (s.product ? [s.product] : []))]
      for (const product of new Set(targets)) {
        const rate = ratesOf(ctx.index, product).find((r) => r.doc.rate_card === card.key && !r.doc.rate_type.toUpperCase().includes('PERCENTAGE'))
        const productUnit = rate && rateUnit(rate.doc, card.doc)
        if (productUnit && productUnit !== unit)
          out.push(on(e, [...t.rel, 'access_schedule', 'credit_type'], `This ${t.field === 'commits' ? 'commit' : 'credit'} is in ${unit} but \`${product}\` is priced in ${productUnit} on \`${card.key}\`, so it never burns down for it: use ${productUnit}.`))
      }
    }
    return out
  },
})
