/**
 * MTR-62 · Prices use Metronome's denomination: USD in cents, other fiat in whole units.
 * Invariant: a FLAT rate whose Stripe origin gives an amount (minor units) and currency is priced at the
 * converted amount, not 10^k off it; the origin's currency is the card's. Commit/credit access amounts with a
 * Stripe origin are checked the same way.
 * Source: metronome-domain.md §8 rule 62 and §9 M9 [MD-CPU] (W). Silent-failure trap of issue 5 item 3
 * ("a USD price that looks 100× off its Stripe origin: cents vs units").
 */
import { currencyExponent, D, metronomePriceToMajor, stripeMinorToMajor, stripeMinorToMetronomePrice, type Dec } from '../../money'
import type { TOrigin } from '../../schemas'
import { objectRule, on, type IssueDraft } from '../rule'
import { cardOf, commitTerms, isFiatCode } from '../support/catalog'
import { decimalOf } from '../support/decimal'
import { cite } from '../support/sources'

/** How a designed amount relates to the expected one: equal, 10^k too high or low, or unrelated. */
function factor(actual: Dec, expected: Dec): number | undefined {
  if (expected.isZero() || actual.isZero()) return undefined
  const ratio = actual.div(expected)
  for (const k of [2, 3, 4, 5, 6]) {
    if (ratio.eq(new D(10).pow(k))) return k
    if (ratio.eq(new D(10).pow(-k))) return -k
  }
  return undefined
}

function origins(list: TOrigin[] | undefined): TOrigin[] {
  return (list ?? []).filter((o) => o.amount !== undefined && o.currency !== undefined && decimalOf(o.amount) !== undefined)
}

export default objectRule<'rate' | 'contract' | 'package'>({
  code: 'MTR-62',
  severity: 'warning',
  title: 'Price off by a power of ten (cents vs units)',
  explanation:
    '"USD is the only currency in Metronome that uses cents": USD prices are in cents, every other fiat currency in whole units (€10.00 is `10`, not `1000`). Stripe amounts are always minor units. A price exactly 100× (or 10^k×) off its Stripe origin is almost certainly a cents/units mix-up.',
  fix: 'Re-derive the price from the Stripe amount: USD keeps the cents; other currencies divide the minor units by 10^exponent (EUR 1050 → 10.5).',
  silentFailure: true,
  ...cite('metronome-domain.md §8 rule 62 and §9 M9', ['MD-CPU', 'SD-PRICE-API']),
  subjects: ['rate', 'contract', 'package'],
  appliesTo: ['rate', 'rate_card', 'contract', 'package'],
  check(e, ctx) {
    const out: IssueDraft[] = []
    if (e.kind === 'rate') {
      if (!e.doc.origin?.length) return
      const card = ctx.index.doc('rate_card', e.doc.rate_card)
      const price = decimalOf(e.doc.price)
      const unit = e.doc.credit_type ?? card?.fiat_currency
      if (!card || !price || e.doc.rate_type.toUpperCase() !== 'FLAT' || !unit || !isFiatCode(unit)) return
      for (const o of origins(e.doc.origin)) {
        const cur = o.currency!.toUpperCase()
        if (cur !== unit.toUpperCase()) {
          out.push(on(e, ['price'], `The Stripe price ${o.id} is in ${cur} but this rate is priced in ${unit.toUpperCase()}: convert the amount or move the rate to a ${cur} card.`))
          continue
        }
        if (!isFiatCode(cur)) continue
        const expected = new D(stripeMinorToMetronomePrice(o.amount!, cur))
        const k = factor(price, expected)
        if (k === undefined) continue
        const major = stripeMinorToMajor(o.amount!, cur)
        out.push(
          on(
            e,
            ['price'],
            `\`price\` ${e.doc.price} looks ${10 ** Math.abs(k)}× too ${k > 0 ? 'high' : 'low'}: Stripe charges ${o.amount} ${cur} minor units (${major} ${cur}) for ${o.id}, which Metronome writes as ${expected.toFixed()} (${cur === 'USD' ? 'USD prices are in cents' : `${cur} prices are in whole units`}). Set the price to ${expected.toFixed()}.`,
          ),
        )
      }
      return out
    }
    if (!e.doc.commits?.length && !e.doc.credits?.length) return
    const cardCurrency = cardOf(ctx.index, e)?.doc.fiat_currency
    for (const t of commitTerms(e.doc)) {
      const items = t.term.access_schedule?.schedule_items ?? []
      if (items.length !== 1) continue
      const amount = decimalOf(items[0]!.amount)
      const unit = t.term.access_schedule?.credit_type ?? cardCurrency
      if (!amount || !unit || !isFiatCode(unit)) continue
      for (const o of origins(t.term.origin)) {
        const cur = o.currency!.toUpperCase()
        if (cur !== unit.toUpperCase() || !isFiatCode(cur)) continue
        const expected = new D(stripeMinorToMetronomePrice(o.amount!, cur))
        const k = factor(amount, expected)
        if (k === undefined) continue
        out.push(
          on(
            e,
            [...t.rel, 'access_schedule', 'schedule_items', 0, 'amount'],
            `The amount ${items[0]!.amount} looks ${10 ** Math.abs(k)}× too ${k > 0 ? 'high' : 'low'} for the Stripe ${o.type} ${o.id} (${stripeMinorToMajor(o.amount!, cur)} ${cur} = ${metronomePriceToMajor(expected.toFixed(), cur)} ${cur} in Metronome's denomination, i.e. ${expected.toFixed()}). ${cur === 'USD' ? 'USD amounts are in cents.' : `${cur} amounts are in whole units (exponent ${currencyExponent(cur)}).`}`,
          ),
        )
      }
    }
    return out
  },
})
