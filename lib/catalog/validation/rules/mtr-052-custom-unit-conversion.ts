/**
 * MTR-52 · Rates in a custom pricing unit have a conversion on their card.
 * Invariant: a rate whose credit_type is a custom pricing unit has a matching credit_type_conversions entry
 * on its card; every conversion's fiat_per_custom_credit is > 0.
 * Source: metronome-domain.md §8 rule 52 [SDK-PY][MD-CPU]; metronome-api.md §3 R3 (E).
 */
import { objectRule, on, type IssueDraft } from '../rule'
import { isFiatCode } from '../support/catalog'
import { decimalOf } from '../support/decimal'
import { cite } from '../support/sources'

export default objectRule<'rate' | 'rate_card'>({
  code: 'MTR-52',
  severity: 'error',
  title: 'Custom pricing unit without conversion',
  explanation:
    '`credit_type_conversions` is "Required when using custom pricing units in rates": the card must say how much fiat one custom unit is worth (`fiat_per_custom_credit` > 0, in the card\'s denomination).',
  fix: 'Add `{pricing_unit, fiat_per_custom_credit}` to the card\'s `credit_type_conversions` with a positive value.',
  ...cite('metronome-domain.md §8 rule 52', ['SDK-PY', 'MD-CPU']),
  subjects: ['rate', 'rate_card'],
  appliesTo: ['rate', 'rate_card', 'pricing_unit'],
  check(e, ctx) {
    if (e.kind === 'rate_card') {
      const out: IssueDraft[] = []
      e.doc.credit_type_conversions?.forEach((c, i) => {
        const v = decimalOf(c.fiat_per_custom_credit)
        if (v && v.lte(0)) out.push(on(e, ['credit_type_conversions', i, 'fiat_per_custom_credit'], `\`fiat_per_custom_credit\` must be greater than 0 (got ${c.fiat_per_custom_credit}).`))
      })
      return out
    }
    const unit = e.doc.credit_type
    if (!unit || isFiatCode(unit) || !ctx.index.has('pricing_unit', unit)) return
    const card = ctx.index.get('rate_card', e.doc.rate_card)
    if (!card) return
    if ((card.doc.credit_type_conversions ?? []).some((c) => c.pricing_unit === unit)) return
    return [on(e, ['credit_type'], `This rate is priced in the custom unit \`${unit}\`, but the card \`${card.key}\` has no conversion for it: add {"pricing_unit":"${unit}","fiat_per_custom_credit":"…"} to its \`credit_type_conversions\`.`)]
  },
})
