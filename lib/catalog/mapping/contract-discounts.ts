/**
 * Stripe coupons and discounts on a subscription → contract terms (M20, approximate). Pure over the
 * context.
 *  - `percent_off` p → MULTIPLIER override (1 − p/100) on the products the coupon applies to (tags),
 *    for the discount's remaining duration.
 *  - `amount_off` → a credit worth the amount per billing month of the duration (`once`: one month,
 *    `repeating`: its months, `forever`: twelve months, renewed by hand).
 * Stripe discounts the invoice subtotal; Metronome multipliers re-rate line items and do not stack with
 * other overrides, and credits burn down as usage accrues — hence approximate.
 */
import { slugify } from '../keys'
import { D, isMetronomeFiat, stripeMinorToMetronomePrice } from '../money'
import type { TDraftContract } from '../schemas'
import type { StripeCoupon, StripeDiscount } from '../stripe/coupon'
import type { DiscountRef } from '../stripe/subscription'
import type { DraftContext } from './draft-context'
import { resolveDiscount } from './snapshot-index'
import { addMonthsIso, ceilHour, floorHour, isoToUnix, laterIso, unixToIso } from './time'
import type { DecisionTarget } from './types'
import { SUBSCRIPTION_TAG, USAGE_TAG, stripeProductTag } from './usage-products'

export type DiscountResult = { targets: DecisionTarget[]; notes: string[]; couponIds: string[] }

function windowOf(ctx: DraftContext, d: StripeDiscount | null, c: StripeCoupon, contractStartIso: string): { start: string; end: string | null; months: number } {
  const start = laterIso(d?.start ? unixToIso(floorHour(d.start)) : contractStartIso, ctx.cutoverAt)
  const originalStart = d?.start ? unixToIso(floorHour(d.start)) : contractStartIso
  if (d?.end) return { start, end: unixToIso(ceilHour(d.end)), months: Math.max(1, Math.round((d.end - isoToUnix(start)) / (30 * 86400))) }
  if (c.duration === 'once') return { start, end: addMonthsIso(start, 1), months: 1 }
  if (c.duration === 'repeating' && c.duration_in_months) {
    const end = addMonthsIso(originalStart, c.duration_in_months)
    const months = Math.max(0, Math.round((isoToUnix(end) - isoToUnix(start)) / (30 * 86400)))
    return { start, end, months }
  }
  return { start, end: null, months: 12 }
}

function productTags(ctx: DraftContext, c: StripeCoupon): string[] {
  const products = c.applies_to?.products ?? []
  if (products.length > 0) return products.map((id) => stripeProductTag(ctx, id))
  return ctx.pattern === 'metronome_only' ? [USAGE_TAG, SUBSCRIPTION_TAG] : [USAGE_TAG]
}

export function applyDiscounts(ctx: DraftContext, contract: TDraftContract, refs: DiscountRef[], currency: string): DiscountResult {
  const out: DiscountResult = { targets: [], notes: [], couponIds: [] }
  const seen = new Set<string>()
  for (const ref of refs) {
    const { discount, couponId, coupon } = resolveDiscount(ctx.index, ref)
    const label = typeof ref === 'string' ? ref : (ref.id ?? couponId ?? 'discount')
    if (!coupon) {
      out.notes.push(`discount ${label}: its coupon ${couponId ?? ''} was not imported`.trim())
      continue
    }
    if (seen.has(coupon.id)) continue
    seen.add(coupon.id)
    const w = windowOf(ctx, discount, coupon, contract.starting_at)
    if (w.end !== null && Date.parse(w.end) <= Date.parse(w.start)) {
      out.notes.push(`coupon ${coupon.id} ends before the cutover`)
      continue
    }
    const targets: DecisionTarget[] = []
    if (coupon.percent_off !== null && coupon.percent_off !== undefined) {
      const multiplier = new D(1).minus(new D(coupon.percent_off).div(100)).toFixed()
      const key = ctx.keys.allocate('override', slugify(`${contract.key}:coupon-${coupon.id}`))
      ;(contract.overrides ??= []).push({
        key,
        type: 'MULTIPLIER',
        multiplier,
        starting_at: w.start,
        ...(w.end ? { ending_before: w.end } : {}),
        applicable_product_tags: productTags(ctx, coupon),
        origin: [{ type: 'coupon', id: coupon.id }],
      })
      targets.push({ type: 'override', key })
    } else if (coupon.amount_off !== null && coupon.amount_off !== undefined) {
      const code = (coupon.currency ?? currency).toUpperCase()
      if (!isMetronomeFiat(code)) {
        out.notes.push(`coupon ${coupon.id} is in ${code}, which Metronome cannot bill`)
        continue
      }
      const amount = stripeMinorToMetronomePrice(coupon.amount_off, code)
      const items = Array.from({ length: Math.max(1, w.months) }, (_, i) => ({ amount, starting_at: addMonthsIso(w.start, i), ending_before: addMonthsIso(w.start, i + 1) }))
      const key = ctx.keys.allocate('credit', slugify(`${contract.key}:coupon-${coupon.id}`))
      ;(contract.credits ??= []).push({
        key,
        name: coupon.name ?? `Coupon ${coupon.id}`,
        product: ctx.fixedProduct('promotional_credit'),
        access_schedule: { credit_type: code, schedule_items: items },
        applicable_product_tags: productTags(ctx, coupon),
        origin: [{ type: 'coupon', id: coupon.id }],
      })
      targets.push({ type: 'credit', key })
      if (coupon.duration === 'forever') out.notes.push(`coupon ${coupon.id} lasts forever; its credit covers twelve months`)
    } else {
      out.notes.push(`coupon ${coupon.id} has neither percent_off nor amount_off`)
      continue
    }
    out.targets.push(...targets)
    out.couponIds.push(coupon.id)
    ctx.couponTargets.set(coupon.id, [...(ctx.couponTargets.get(coupon.id) ?? []), ...targets])
  }
  return out
}
