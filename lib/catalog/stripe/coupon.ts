/**
 * Lenient schemas of Stripe coupons, promotion codes and discounts (M20). Pure.
 * A discount names its coupon as `source.coupon` (current API) or `coupon` (older versions; an id or
 * the expanded coupon); `couponIdOf` reads both.
 */
import { z } from 'zod'
import { ZExpandableId, ZMetadata, ZOpenEnum, ZStripeId, ZUnix, objectIs } from './lenient'

export const ZStripeCoupon = z.looseObject({
  id: ZStripeId,
  object: objectIs('coupon'),
  created: ZUnix.nullish(),
  name: z.string().nullish(),
  amount_off: z.number().nullish(),
  currency: z.string().nullish(),
  /** A percentage (may be fractional, e.g. 25.5), not money. */
  percent_off: z.number().nullish(),
  duration: ZOpenEnum.nullish(),
  duration_in_months: z.number().int().nullish(),
  valid: z.boolean().nullish(),
  applies_to: z.looseObject({ products: z.array(z.string()).nullish() }).nullish(),
  metadata: ZMetadata.nullish(),
})
export type StripeCoupon = z.infer<typeof ZStripeCoupon>

export const ZStripePromotionCode = z.looseObject({
  id: ZStripeId,
  object: objectIs('promotion_code'),
  created: ZUnix.nullish(),
  code: z.string().nullish(),
  active: z.boolean().nullish(),
  customer: ZExpandableId.nullish(),
  coupon: ZExpandableId.nullish(),
  promotion: z.looseObject({ coupon: ZExpandableId.nullish() }).nullish(),
})
export type StripePromotionCode = z.infer<typeof ZStripePromotionCode>

export const ZStripeDiscount = z.looseObject({
  id: z.string().nullish(),
  object: objectIs('discount'),
  customer: ZExpandableId.nullish(),
  subscription: z.string().nullish(),
  start: ZUnix.nullish(),
  end: ZUnix.nullish(),
  coupon: z.union([ZStripeId, ZStripeCoupon]).nullish(),
  source: z.looseObject({ coupon: z.union([ZStripeId, ZStripeCoupon]).nullish() }).nullish(),
})
export type StripeDiscount = z.infer<typeof ZStripeDiscount>

export function couponIdOf(d: StripeDiscount): string | null {
  const c = d.source?.coupon ?? d.coupon
  if (!c) return null
  return typeof c === 'string' ? c : c.id
}

/** The expanded coupon carried by a discount, if any. */
export function embeddedCoupon(d: StripeDiscount): StripeCoupon | null {
  const c = d.source?.coupon ?? d.coupon
  return c && typeof c !== 'string' ? c : null
}

export function promotionCouponId(p: StripePromotionCode): string | null {
  return p.promotion?.coupon ?? p.coupon ?? null
}
