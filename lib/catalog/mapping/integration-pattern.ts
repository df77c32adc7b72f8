/**
 * Integration pattern recommendation (issue 4 item 3, metronome-domain.md §4.7). Pure.
 *  - "Metronome with Stripe Subscriptions" when live subscriptions carry flat-rate or seat (licensed)
 *    recurring charges: Stripe Subscriptions, Checkout, the Customer Portal and Payment Links keep the
 *    non-usage billing and Metronome bills only usage. Promotion codes (redeemed in Checkout) add to it.
 *  - "Metronome independently" when all billing is usage-based: the full contract, commit and credit
 *    features apply and Checkout is not needed for sign-up.
 * The drivers name the imported objects that decided it.
 */
import type { ParsedSnapshot } from '../stripe/snapshot'
import { isLicensedPrice, isMeteredPrice } from '../stripe/price'
import type { SnapshotIndex } from './snapshot-index'
import type { IntegrationPattern, PatternRecommendation } from './types'
import { plural } from '../plural'

export function recommendPattern(snap: ParsedSnapshot, index: SnapshotIndex, chosen?: IntegrationPattern): PatternRecommendation {
  const drivers: PatternRecommendation['drivers'] = []
  const licensedInUse = index.prices.filter((p) => isLicensedPrice(p) && !isMeteredPrice(p) && (index.liveSubscriptionsByPrice.get(p.id)?.length ?? 0) > 0)
  const subsWithLicensed = new Set(licensedInUse.flatMap((p) => (index.liveSubscriptionsByPrice.get(p.id) ?? []).map((s) => s.id)))
  const promotionCodes = snap.promotionCodes.filter((p) => p.active ?? true)

  if (licensedInUse.length > 0) {
    for (const p of licensedInUse) {
      const n = index.liveSubscriptionsByPrice.get(p.id)?.length ?? 0
      drivers.push({ stripeType: 'price', stripeId: p.id, why: `flat-rate or seat price billed ${p.recurring?.interval ?? ''}ly on ${plural(n, 'live subscription')}` })
    }
    for (const p of promotionCodes) drivers.push({ stripeType: 'promotion_code', stripeId: p.id, why: 'promotion codes are redeemed in Stripe Checkout or the Customer Portal' })
    const reasons = [
      `${plural(subsWithLicensed.size, 'live subscription')} ${subsWithLicensed.size === 1 ? 'carries' : 'carry'} flat-rate or seat charges (${plural(licensedInUse.length, 'licensed price')}); Stripe Subscriptions can keep billing them.`,
      'Checkout, the Customer Portal and Payment Links keep working for the non-usage billing.',
      'Metronome is then needed only for the usage part.',
      ...(promotionCodes.length ? [`${plural(promotionCodes.length, 'active promotion code')} ${promotionCodes.length === 1 ? 'suggests' : 'suggest'} sign-up through Stripe Checkout.`] : []),
    ]
    const pattern: IntegrationPattern = 'with_stripe_subscriptions'
    return { pattern, chosen: chosen ?? pattern, reasons, drivers }
  }
  const metered = index.prices.filter((p) => isMeteredPrice(p) && (p.active ?? true))
  for (const p of metered) drivers.push({ stripeType: 'price', stripeId: p.id, why: 'usage-based price' })
  for (const g of snap.creditGrants.filter((g) => !g.voided_at)) drivers.push({ stripeType: 'credit_grant', stripeId: g.id, why: `${g.category} credit grant: commits and credits are wanted` })
  const reasons = [
    metered.length > 0 ? `${metered.length === 1 ? 'The one recurring price' : `All ${metered.length} recurring prices`} in use ${metered.length === 1 ? 'is' : 'are'} usage-based; no live subscription has flat-rate or seat charges.` : 'No live subscription has flat-rate or seat charges.',
    'Metronome can then rate and invoice everything, with the full contract, commit and credit features; Stripe collects payment.',
    ...(promotionCodes.length === 0 ? ['No promotion codes: Stripe Checkout does not appear to be needed for sign-up.'] : [`${plural(promotionCodes.length, 'promotion code')} ${promotionCodes.length === 1 ? 'exists' : 'exist'}: sign-up through Checkout would need custom work.`]),
  ]
  const pattern: IntegrationPattern = 'metronome_only'
  return { pattern, chosen: chosen ?? pattern, reasons, drivers }
}
