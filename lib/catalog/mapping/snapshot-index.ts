/**
 * Lookups over a parsed snapshot, built once per draft. Pure.
 * Collections are sorted by (created, id) so drafting order — and therefore key allocation — is the
 * same for the same snapshot regardless of the order Stripe listed objects in, and objects created
 * later (new in a re-import) come after the ones already drafted.
 */
import { couponIdOf, type StripeCoupon, type StripeDiscount } from '../stripe/coupon'
import type { StripeCreditBalanceSummary } from '../stripe/credit-grant'
import type { StripeCustomer } from '../stripe/customer'
import type { StripeMeter } from '../stripe/meter'
import type { StripePrice } from '../stripe/price'
import type { StripeProduct } from '../stripe/product'
import type { ParsedSnapshot } from '../stripe/snapshot'
import { isLiveSubscription, type DiscountRef, type StripeSubscription } from '../stripe/subscription'

export type SnapshotIndex = {
  prices: StripePrice[]
  pricesById: Map<string, StripePrice>
  productsById: Map<string, StripeProduct>
  metersById: Map<string, StripeMeter>
  customersById: Map<string, StripeCustomer>
  couponsById: Map<string, StripeCoupon>
  discountsById: Map<string, StripeDiscount>
  /** Live subscriptions using each price (items and, for scheduled ones, any phase). */
  liveSubscriptionsByPrice: Map<string, StripeSubscription[]>
  /** Distinct customers of live subscriptions using each price. */
  customersByPrice: Map<string, Set<string>>
  pricesByMeter: Map<string, StripePrice[]>
  balanceSummaryByGrant: Map<string, StripeCreditBalanceSummary>
  /** Prices that only exist embedded in subscription items (archived prices `prices.list` leaves out). */
  embeddedOnlyPriceIds: Set<string>
}

export function byCreatedThenId<T extends { id: string; created?: number | null }>(a: T, b: T): number {
  const ca = a.created ?? 0
  const cb = b.created ?? 0
  if (ca !== cb) return ca - cb
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key)
  if (list) list.push(value)
  else map.set(key, [value])
}

export function buildIndex(snap: ParsedSnapshot): SnapshotIndex {
  const pricesById = new Map(snap.prices.map((p) => [p.id, p]))
  const embeddedOnlyPriceIds = new Set<string>()
  for (const s of snap.subscriptions) {
    for (const item of s.items) {
      if (item.embeddedPrice && !pricesById.has(item.priceId)) {
        pricesById.set(item.priceId, item.embeddedPrice)
        embeddedOnlyPriceIds.add(item.priceId)
      }
    }
  }
  const prices = [...pricesById.values()].sort(byCreatedThenId)

  const liveSubscriptionsByPrice = new Map<string, StripeSubscription[]>()
  const customersByPrice = new Map<string, Set<string>>()
  const schedulesBySub = new Map(snap.subscriptionSchedules.filter((s) => s.subscription).map((s) => [s.subscription!, s]))
  for (const s of [...snap.subscriptions].sort(byCreatedThenId)) {
    if (!isLiveSubscription(s)) continue
    const priceIds = new Set(s.items.map((i) => i.priceId))
    for (const phase of schedulesBySub.get(s.id)?.phases ?? []) for (const i of phase.items) priceIds.add(i.priceId)
    for (const id of priceIds) {
      push(liveSubscriptionsByPrice, id, s)
      const set = customersByPrice.get(id) ?? new Set<string>()
      set.add(s.customer)
      customersByPrice.set(id, set)
    }
  }
  const pricesByMeter = new Map<string, StripePrice[]>()
  for (const p of prices) if (p.recurring?.meter) push(pricesByMeter, p.recurring.meter, p)

  const balanceSummaryByGrant = new Map<string, StripeCreditBalanceSummary>()
  for (const s of snap.creditBalanceSummaries) if (s.credit_grant) balanceSummaryByGrant.set(s.credit_grant, s)

  return {
    prices,
    pricesById,
    productsById: new Map(snap.products.map((p) => [p.id, p])),
    metersById: new Map(snap.meters.map((m) => [m.id, m])),
    customersById: new Map(snap.customers.map((c) => [c.id, c])),
    couponsById: new Map(snap.coupons.map((c) => [c.id, c])),
    discountsById: new Map(snap.discounts.filter((d) => d.id).map((d) => [d.id!, d])),
    liveSubscriptionsByPrice,
    customersByPrice,
    pricesByMeter,
    balanceSummaryByGrant,
    embeddedOnlyPriceIds,
  }
}

/** Resolves a discount reference (id or object) to its coupon id and, if embedded, the coupon. */
export function resolveDiscount(
  index: SnapshotIndex,
  ref: DiscountRef,
): { discount: StripeDiscount | null; couponId: string | null; coupon: StripeCoupon | null } {
  const discount = typeof ref === 'string' ? (index.discountsById.get(ref) ?? null) : ref
  const couponId = discount ? couponIdOf(discount) : null
  const embedded = discount && typeof (discount.source?.coupon ?? discount.coupon) === 'object' ? ((discount.source?.coupon ?? discount.coupon) as StripeCoupon) : null
  const coupon = (couponId ? index.couponsById.get(couponId) : undefined) ?? embedded ?? null
  return { discount, couponId, coupon }
}
