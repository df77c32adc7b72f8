/**
 * Test builders for raw Stripe objects: a base object shaped like Stripe's own fixtures
 * (stripe-openapi-fixtures3.json, values made realistic) with the fields a test cares about overridden.
 * Builders return plain JSON, exactly what the importer stores, so tests exercise the lenient parse.
 */
import couponBase from './base/coupon.json'
import creditBalanceSummaryBase from './base/credit_balance_summary.json'
import creditGrantBase from './base/credit_grant.json'
import customerBase from './base/customer.json'
import discountBase from './base/discount.json'
import meterEventBase from './base/meter_event.json'
import meterBase from './base/meter.json'
import priceBase from './base/price.json'
import productBase from './base/product.json'
import promotionCodeBase from './base/promotion_code.json'
import subscriptionItemBase from './base/subscription_item.json'
import subscriptionScheduleBase from './base/subscription_schedule.json'
import subscriptionBase from './base/subscription.json'

export type Json = Record<string, unknown>

const make = (base: object) => (over: Json = {}): Json => ({ ...structuredClone(base), ...over })

export const meter = make(meterBase)
export const product = make(productBase)
export const customer = make(customerBase)
export const coupon = make(couponBase)
export const promotionCode = make(promotionCodeBase)
export const discount = make(discountBase)
export const creditGrant = make(creditGrantBase)
export const creditBalanceSummary = make(creditBalanceSummaryBase)
export const subscriptionSchedule = make(subscriptionScheduleBase)
export const meterEvent = make(meterEventBase)

/** A metered per-unit price on `meter` (or anything else via `over`). */
export function price(over: Json & { id: string }): Json {
  const base = structuredClone(priceBase) as Json
  const recurring = over.recurring === null ? null : { ...(base.recurring as Json), ...((over.recurring as Json | undefined) ?? {}) }
  return { ...base, ...over, recurring }
}

export function meteredOn(meterId: string, interval = 'month', count = 1): Json {
  return { interval, interval_count: count, meter: meterId, usage_type: 'metered', trial_period_days: null }
}

export function licensed(interval = 'month', count = 1): Json {
  return { interval, interval_count: count, meter: null, usage_type: 'licensed', trial_period_days: null }
}

/** A Stripe tier; amounts in minor units (decimal strings allowed). */
export function tier(upTo: number | null, unit: string | number, flat?: string | number): Json {
  const dec = (v: string | number | undefined) => (v === undefined ? null : String(v))
  const int = (v: string | number | undefined) => (v === undefined || String(v).includes('.') ? null : Number(v))
  return { flat_amount: int(flat), flat_amount_decimal: dec(flat), unit_amount: int(unit), unit_amount_decimal: dec(unit), up_to: upTo }
}

/** A subscription whose items embed the full prices (the wire format). */
export function subscription(over: Json & { id: string }, items: Array<{ price: Json; quantity?: number; id?: string; billing_thresholds?: Json | null }>): Json {
  const base = structuredClone(subscriptionBase) as Json
  const data = items.map((it, i) => ({
    ...structuredClone(subscriptionItemBase),
    id: it.id ?? `si_${String(over.id).slice(4)}_${i}`,
    subscription: over.id,
    price: it.price,
    ...(it.quantity !== undefined ? { quantity: it.quantity } : {}),
    ...(it.billing_thresholds !== undefined ? { billing_thresholds: it.billing_thresholds } : {}),
  }))
  return { ...base, ...over, items: { data, has_more: false, object: 'list', url: `/v1/subscription_items?subscription=${over.id}` } }
}

export function phase(start: number, end: number, items: Array<{ price: string; quantity?: number }>, over: Json = {}): Json {
  return {
    add_invoice_items: [],
    application_fee_percent: null,
    billing_cycle_anchor: null,
    billing_thresholds: null,
    collection_method: null,
    currency: 'usd',
    default_payment_method: null,
    default_tax_rates: [],
    description: null,
    discounts: [],
    end_date: end,
    invoice_settings: null,
    items: items.map((i) => ({ billing_thresholds: null, discounts: [], metadata: {}, price: i.price, ...(i.quantity !== undefined ? { quantity: i.quantity } : {}), tax_rates: [] })),
    metadata: {},
    on_behalf_of: null,
    proration_behavior: 'create_prorations',
    start_date: start,
    transfer_data: null,
    trial_end: null,
    ...over,
  }
}

export const ACCOUNT = { id: 'acct_1PgafTB7WZ01zgkW', livemode: false, default_currency: 'usd', business_name: 'Neuralforge AI' }
