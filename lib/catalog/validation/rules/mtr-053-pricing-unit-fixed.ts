/**
 * MTR-53 · A product keeps one pricing unit per card.
 * Invariant: all non-PERCENTAGE rates of one product on one card share a pricing unit (error); a pricing
 * unit that differs from the published rates of that product on that card is a warning that spells out
 * the remedy (a new card: Metronome refuses a second unit for the product on the old one).
 * Source: metronome-domain.md §8 rule 53 [MD-CPU] (E); metronome-api.md §3 R4 (E on edit). Issue 5 item 2
 * turns the change of a published rate's pricing unit into a remedy with a warning.
 */
import { rateCardConsequence, rateCardImmutableChanges } from '../../immutability'
import type { ValidEntry } from '../entry'
import { objectRule, on, type IssueDraft } from '../rule'
import { rateUnit, ratesOf } from '../support/catalog'
import { cite } from '../support/sources'
import { parseTime } from '../support/time'

export default objectRule<'product'>({
  code: 'MTR-53',
  severity: 'error',
  title: 'Pricing unit changed for a product',
  explanation:
    '"Once the rate is saved in one pricing unit for a given product, you cannot change the pricing unit for that rate afterwards." All rates of a product on a card use one unit; changing the unit of published rates means a new card.',
  fix: 'Price every rate of the product on this card in the same unit. To move a published product to another unit, accept the new card (existing contracts stay on the old one).',
  ...cite('metronome-domain.md §8 rule 53; issue 5 item 2 (pricing-unit change → remedy + warning)', ['MD-CPU']),
  subjects: ['product'],
  appliesTo: ['product', 'rate', 'rate_card', 'published'],
  check(e, ctx) {
    const rates = ratesOf(ctx.index, e.key)
    if (rates.length === 0) return
    // Per card: the earliest rate (by start, then position) fixes the unit; cards are few per product.
    const cards: Array<{ card: string; first: ValidEntry<'rate'>; unit: string; start: number; mixed: boolean }> = []
    for (const rate of rates) {
      if (rate.doc.rate_type.toUpperCase().includes('PERCENTAGE')) continue
      const unit = rateUnit(rate.doc, ctx.index.doc('rate_card', rate.doc.rate_card))
      if (unit === undefined) continue
      const start = parseTime(rate.doc.starting_at) ?? Number.NEGATIVE_INFINITY
      let c = cards[0]?.card === rate.doc.rate_card ? cards[0] : undefined
      if (!c) for (const x of cards) if (x.card === rate.doc.rate_card) c = x
      if (!c) cards.push({ card: rate.doc.rate_card, first: rate, unit, start, mixed: false })
      else {
        if (unit !== c.unit) c.mixed = true
        if (start < c.start) {
          c.first = rate
          c.unit = unit
          c.start = start
        }
      }
    }
    let out: IssueDraft[] | undefined
    for (const c of cards) {
      if (c.mixed)
        for (const rate of rates) {
          if (rate.doc.rate_card !== c.card || rate.doc.rate_type.toUpperCase().includes('PERCENTAGE')) continue
          const unit = rateUnit(rate.doc, ctx.index.doc('rate_card', c.card))
          if (unit !== undefined && unit !== c.unit)
            (out ??= []).push(
              on(rate, ['credit_type'], `\`${e.key}\` is priced in ${c.unit} on \`${c.card}\` (rate \`${c.first.key}\`), and Metronome cannot change a product's pricing unit on a card: price this rate in ${c.unit} too, or put it on another card.`),
            )
        }
      if (ctx.published.empty) continue
      const pubCard = ctx.published.get('rate_card', c.card)
      const draftCard = ctx.index.doc('rate_card', c.card)
      // A card replaced anyway (MTR-42: new fiat or conversions) starts without history.
      if (!pubCard || pubCard.archived || (pubCard.doc && draftCard && rateCardImmutableChanges(pubCard.doc, draftCard).length)) continue
      const published = ctx.published.publishedUnit(c.card, e.key)
      if (published !== undefined && published !== c.unit) {
        const aliases = (ctx.index.doc('rate_card', c.card)?.aliases ?? []).map((a) => a.name)
        ;(out ??= []).push(
          on(
            c.first,
            ['credit_type'],
            `\`${e.key}\` was published in ${published} on \`${c.card}\` and is now priced in ${c.unit}. ${rateCardConsequence(c.card, ['pricing_unit'], undefined, aliases)}`,
            'warning',
          ),
        )
      }
    }
    return out
  },
})
