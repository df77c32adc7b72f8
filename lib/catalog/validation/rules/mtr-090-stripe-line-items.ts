/**
 * MTR-90 · Invoices stay within Stripe's 250 line items.
 * Invariant: per card, Σ over its products of (pricing combinations × presentation values × tiers) stays
 * ≤ 250; presentation values come from the metric's `cardinality` annotation, else the largest number of
 * distinct values one customer sends in the sample events, else 1.
 * Source: metronome-domain.md §8 rule 90 and §4.7 [AI-…/stripe-integration.md] (W). Silent-failure trap of
 * issue 5 item 3.
 */
import { objectRule, on } from '../rule'
import type { ValidEntry } from '../entry'
import type { RuleContext } from '../rule'
import { comboKey, productType, ratesOf, sameValues } from '../support/catalog'
import { asString } from '../support/events'
import { cite } from '../support/sources'
import { int } from '../support/text'

const LIMIT = 250

function presentationValues(product: ValidEntry<'product'>['doc'], ctx: RuleContext): number {
  const keys = (product.presentation_group_key ?? []).filter((k) => !(product.pricing_group_key ?? []).includes(k))
  if (!keys.length) return 1
  const metric = ctx.index.doc('billable_metric', product.billable_metric)
  let total = 1
  for (const k of keys) {
    const declared = metric?.cardinality?.[k]
    if (typeof declared === 'number' && Number.isFinite(declared)) {
      total *= Math.max(1, declared)
      continue
    }
    const perCustomer = new Map<string, Set<string>>()
    if (metric)
      for (const ev of ctx.events.forMetric(metric)) {
        if (ev.props[k] === undefined) continue
        const c = asString(ev.customer)
        const s = perCustomer.get(c) ?? new Set<string>()
        s.add(asString(ev.props[k]))
        perCustomer.set(c, s)
      }
    total *= Math.max(1, ...[...perCustomer.values()].map((s) => s.size))
  }
  return total
}

/** Distinct pricing combinations and the most tiers of a product's rates on one card. */
function combosOnCard(rates: readonly ValidEntry<'rate'>[], card: string): { combos: number; tiers: number } {
  let tiers = 1
  if (rates.length > 32) {
    const set = new Set<string>()
    for (const r of rates)
      if (r.doc.rate_card === card) {
        set.add(comboKey(r.doc.pricing_group_values))
        tiers = Math.max(tiers, r.doc.tiers?.length ?? 1)
      }
    return { combos: set.size, tiers }
  }
  // Few rates (the usual case): compare pairwise instead of building keys.
  let combos = 0
  for (let i = 0; i < rates.length; i++) {
    const a = rates[i]!.doc
    if (a.rate_card !== card) continue
    tiers = Math.max(tiers, a.tiers?.length ?? 1)
    let repeat = false
    for (let j = 0; j < i && !repeat; j++) repeat = rates[j]!.doc.rate_card === card && sameValues(rates[j]!.doc.pricing_group_values, a.pricing_group_values)
    if (!repeat) combos++
  }
  return { combos, tiers }
}

export default objectRule<'rate_card'>({
  code: 'MTR-90',
  severity: 'warning',
  title: 'More than 250 Stripe invoice lines',
  explanation:
    "Stripe invoices hold at most 250 line items; above that Metronome collapses the invoice to a single line. A card's invoice can carry one line per pricing combination × presentation value × tier of each product.",
  fix: 'Reduce presentation keys or pricing combinations on the card, or accept single-line invoices in Stripe.',
  silentFailure: true,
  ...cite('metronome-domain.md §8 rule 90', ['AI', 'MD-STRIPE']),
  subjects: ['rate_card'],
  appliesTo: ['rate_card', 'rate', 'product', 'billable_metric', 'sampleEvents'],
  check(e, ctx) {
    const seen = new Set<string>()
    let total = 0
    const parts: Array<{ product: string; lines: number }> = []
    for (const r of ctx.index.related<'rate'>('ratesByCard', e.key)) {
      const key = r.doc.product
      if (seen.has(key)) continue
      seen.add(key)
      // Pricing combinations of this product on this card (time segments of one combination count once).
      const { combos, tiers } = combosOnCard(ratesOf(ctx.index, key), e.key)
      const p = ctx.index.doc('product', key)
      const lines = combos * tiers * (p && productType(p) === 'USAGE' ? presentationValues(p, ctx) : 1)
      total += lines
      parts.push({ product: key, lines })
    }
    if (total <= LIMIT) return
    parts.sort((a, b) => b.lines - a.lines || (a.product < b.product ? -1 : 1))
    const top = parts.slice(0, 3).map((p) => `\`${p.product}\` ≈ ${int(p.lines)}`).join(', ')
    return [on(e, [], `An invoice on \`${e.key}\` can carry about ${int(total)} line items (largest: ${top}); above 250 Metronome collapses the Stripe invoice into a single line. Reduce presentation keys or pricing combinations.`)]
  },
})
