/**
 * MTR-58 · Tiers restart for every presentation-group value.
 * Invariant: warns once per product that has presentation keys and at least one TIERED rate.
 * Source: metronome-domain.md §8 rule 58 and §9 M11 [MD-RC] (W).
 */
import { objectRule, on } from '../rule'
import { ratesOf } from '../support/catalog'
import { cite } from '../support/sources'
import { list } from '../support/text'

export default objectRule<'product'>({
  code: 'MTR-58',
  severity: 'warning',
  title: 'Tiers apply per presentation value',
  explanation:
    '"Metronome automatically applies tiers per presentation group value": each value climbs its own tier ladder. Stripe tiers the whole subscription item, so totals differ after migration.',
  fix: 'Remove the presentation key from a tiered product if Stripe tiered the whole item, or accept per-value tiers.',
  ...cite('metronome-domain.md §8 rule 58', ['MD-RC']),
  subjects: ['product'],
  appliesTo: ['product', 'rate'],
  check(e, ctx) {
    const keys = e.doc.presentation_group_key ?? []
    if (!keys.length) return
    const tiered = ratesOf(ctx.index, e.key).find((r) => r.doc.rate_type.toUpperCase() === 'TIERED')
    if (!tiered) return
    return [on(e, ['presentation_group_key'], `\`${e.key}\` has TIERED rates (e.g. \`${tiered.key}\`) and presents by ${list(keys)}: Metronome restarts the tiers for every ${list(keys)} value, unlike Stripe, which tiers the whole item.`)]
  },
})
