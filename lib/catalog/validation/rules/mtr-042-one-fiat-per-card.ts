/**
 * MTR-42 · A rate card has exactly one fiat currency, fixed at creation.
 * Invariant: no rate on a card is priced in another fiat currency (error); a published card whose
 * fiat_currency changed or whose existing credit_type_conversions were modified or removed is a warning
 * that spells out the replacement (new card, rates copied, aliases moved).
 * Source: metronome-domain.md §8 rule 42 [MD-RC][SDK-PY rate_card_update_params][TF] (E); metronome-api.md
 * §3 R1, R3 (E). Issue 5 item 2 turns the currency/conversion change into a remedy with a warning.
 */
import { rateCardConsequence, rateCardImmutableChanges } from '../../immutability'
import { objectRule, on } from '../rule'
import { isFiatCode } from '../support/catalog'
import { cite } from '../support/sources'

export default objectRule<'rate' | 'rate_card'>({
  code: 'MTR-42',
  severity: 'error',
  title: 'One fiat currency per rate card',
  explanation:
    '"Each rate card is associated with one fiat currency", and the update endpoint cannot change it or modify existing pricing-unit conversions. A rate in another fiat currency belongs on another card; a changed currency or conversion means a new card.',
  fix: 'Move rates priced in another currency to a card in that currency. To change a published card\'s currency or conversions, accept the replacement card (existing contracts stay on the old one).',
  ...cite('metronome-domain.md §8 rule 42; issue 5 item 2 (currency/conversion change → remedy + warning)', ['MD-RC', 'SDK-PY', 'TF']),
  subjects: ['rate', 'rate_card'],
  appliesTo: ['rate', 'rate_card', 'published'],
  check(e, ctx) {
    if (e.kind === 'rate') {
      const ct = e.doc.credit_type
      const card = ctx.index.doc('rate_card', e.doc.rate_card)
      if (!ct || !card || !isFiatCode(ct) || ct.toUpperCase() === card.fiat_currency.toUpperCase()) return
      return [on(e, ['credit_type'], `\`${e.doc.rate_card}\` is a ${card.fiat_currency} card and a rate card has exactly one fiat currency: move this ${ct.toUpperCase()} rate to a ${ct.toUpperCase()} card (or price it in ${card.fiat_currency}).`)]
    }
    const p = ctx.published.get('rate_card', e.key)
    if (!p || p.archived || !p.doc) return
    const fields = rateCardImmutableChanges(p.doc, e.doc)
    if (!fields.length) return
    const rates = ctx.index.related('ratesByCard', e.key).length
    return [on(e, [fields[0]!], rateCardConsequence(e.key, fields, rates, (e.doc.aliases ?? []).map((a) => a.name)), 'warning')]
  },
})
