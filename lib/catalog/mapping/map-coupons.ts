/**
 * Stripe coupons and promotion codes as objects of their own (M20, M24). Pure over the context.
 * Metronome has no reusable coupon: a coupon lives on as the overrides and credits the contracts that
 * used it got. Promotion codes are redeemed in Stripe Checkout and the Customer Portal, which stay in
 * Stripe under "with Stripe Subscriptions" and need custom work under "Metronome independently".
 */
import { promotionCouponId } from '../stripe/coupon'
import type { DraftContext } from './draft-context'
import { byCreatedThenId } from './snapshot-index'
import { plural } from '../plural'

export function mapCoupons(ctx: DraftContext): void {
  for (const c of [...ctx.snap.coupons].sort(byCreatedThenId)) {
    const targets = ctx.couponTargets.get(c.id) ?? []
    const what = c.percent_off !== null && c.percent_off !== undefined ? `${c.percent_off}% off` : c.amount_off ? `${c.amount_off} ${c.currency ?? ''} minor units off`.trim() : 'a discount'
    ctx.decide({
      stripeType: 'coupon',
      stripeId: c.id,
      rule: 'M20',
      targets,
      fidelity: targets.length > 0 ? 'approximate' : 'unsupported',
      reason:
        targets.length > 0
          ? `Coupon ${c.name ?? c.id} (${what}) became ${plural(targets.length, 'contract override or credit', 'contract overrides and credits')} on the contracts that use it.`
          : `Coupon ${c.name ?? c.id} (${what}) is on no live subscription; Metronome has no reusable coupon, so apply it as an override or credit when a contract needs it.`,
      ...(targets.length > 0 ? { lost: 'Stripe discounts the subtotal; Metronome re-rates line items, and overrides do not stack.' } : {}),
    })
  }
  for (const p of [...ctx.snap.promotionCodes].sort(byCreatedThenId)) {
    const coupon = promotionCouponId(p)
    const stays = ctx.pattern === 'with_stripe_subscriptions'
    ctx.decide({
      stripeType: 'promotion_code',
      stripeId: p.id,
      rule: stays ? 'M24' : 'M20',
      targets: [],
      fidelity: stays ? 'exact' : 'unsupported',
      reason: stays
        ? `Promotion code ${p.code ?? p.id}${coupon ? ` (coupon ${coupon})` : ''} keeps working in Stripe Checkout and the Customer Portal for the charges that stay in Stripe.`
        : `Promotion code ${p.code ?? p.id} is redeemed in Stripe Checkout; Metronome has no promotion codes, so sign-up discounts need custom work (apply the coupon as an override or credit).`,
    })
  }
}

/** Discount objects imported alongside subscriptions: explained by the coupon they apply (M20). */
export function mapDiscountObjects(ctx: DraftContext): void {
  for (const d of [...ctx.snap.discounts].sort((a, b) => ((a.id ?? '') < (b.id ?? '') ? -1 : 1))) {
    const couponId = d.source?.coupon ?? d.coupon
    const id = typeof couponId === 'string' ? couponId : (couponId?.id ?? null)
    const targets = id ? (ctx.couponTargets.get(id) ?? []) : []
    ctx.decide({
      stripeType: 'discount',
      stripeId: d.id!,
      rule: 'M20',
      targets,
      fidelity: targets.length > 0 ? 'approximate' : 'unsupported',
      reason: targets.length > 0 ? `Discount ${d.id} applies coupon ${id}; see the subscription's M20 decision for the terms it became.` : `Discount ${d.id}${id ? ` (coupon ${id})` : ''} is on no contract preview.`,
    })
  }
}
