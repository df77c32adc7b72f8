/**
 * Wire shapes of the Stripe objects the emulator serves (API 2026-10-28.endive, stripe-node 23.1.0).
 *
 * These are our own types rather than the SDK's because the SDK types describe the *parsed* response
 * (e.g. `unit_amount_decimal: Stripe.Decimal`), while the emulator produces JSON on the wire, where
 * decimals are strings. Money is always integer minor units or a decimal string, never a float.
 */

export type JsonPrimitive = string | number | boolean | null
export type JsonValue = JsonPrimitive | JsonValue[] | { [key: string]: JsonValue }
export type JsonObject = { [key: string]: JsonValue }

export type Metadata = Record<string, string>
/** A decimal number as Stripe sends it: "0.0125", "2000". Never a JS number. */
export type DecimalString = string
export type Timestamp = number

export interface ApiList<T> {
  object: 'list'
  data: T[]
  has_more: boolean
  url: string
  total_count?: number
}

export interface MeterObject {
  id: string
  object: 'billing.meter'
  created: Timestamp
  customer_mapping: { event_payload_key: string; type: 'by_id' }
  default_aggregation: { formula: 'count' | 'last' | 'sum' }
  display_name: string
  event_name: string
  event_time_window: 'day' | 'hour' | null
  livemode: boolean
  status: 'active' | 'inactive'
  status_transitions: { deactivated_at: Timestamp | null }
  updated: Timestamp
  value_settings: { event_payload_key: string }
  /** Preview field ("meter dimensions"): absent from the GA API, present on accounts in the preview. */
  dimension_payload_keys?: string[]
}

export interface PriceTier {
  flat_amount: number | null
  flat_amount_decimal: DecimalString | null
  unit_amount: number | null
  unit_amount_decimal: DecimalString | null
  /** null on the last tier = infinity. */
  up_to: number | null
}

export interface CustomUnitAmount {
  maximum: number | null
  minimum: number | null
  preset: number | null
}

export type TaxBehavior = 'exclusive' | 'inclusive' | 'unspecified'

export interface CurrencyOption {
  custom_unit_amount: CustomUnitAmount | null
  tax_behavior: TaxBehavior | null
  tiers?: PriceTier[]
  unit_amount: number | null
  unit_amount_decimal: DecimalString | null
}

export interface PriceRecurring {
  interval: 'day' | 'week' | 'month' | 'year'
  interval_count: number
  meter: string | null
  trial_period_days: number | null
  usage_type: 'licensed' | 'metered'
}

/**
 * Stored price. `tiers` and `currency_options` are kept on the stored object and stripped on the way
 * out unless expanded. `currency_options` holds only the *extra* currencies; rendering adds the
 * price's own currency, as Stripe does.
 */
export interface PriceObject {
  id: string
  object: 'price'
  active: boolean
  billing_scheme: 'per_unit' | 'tiered'
  created: Timestamp
  currency: string
  currency_options?: Record<string, CurrencyOption>
  custom_unit_amount: CustomUnitAmount | null
  livemode: boolean
  lookup_key: string | null
  metadata: Metadata
  nickname: string | null
  product: string
  recurring: PriceRecurring | null
  tax_behavior: TaxBehavior | null
  tiers?: PriceTier[]
  tiers_mode: 'graduated' | 'volume' | null
  transform_quantity: { divide_by: number; round: 'up' | 'down' } | null
  type: 'one_time' | 'recurring'
  unit_amount: number | null
  unit_amount_decimal: DecimalString | null
}

export interface ProductObject {
  id: string
  object: 'product'
  active: boolean
  created: Timestamp
  default_price: string | null
  description: string | null
  images: string[]
  livemode: boolean
  marketing_features: Array<{ name: string }>
  metadata: Metadata
  name: string
  package_dimensions: { height: number; length: number; weight: number; width: number } | null
  shippable: boolean | null
  statement_descriptor: string | null
  tax_code: string | null
  tax_details: { performance_location: string | null; tax_code: string | null } | null
  type: 'good' | 'service'
  unit_label: string | null
  updated: Timestamp
  url: string | null
}

export interface Address {
  city: string | null
  country: string | null
  line1: string | null
  line2: string | null
  postal_code: string | null
  state: string | null
}

export interface DiscountObject {
  id: string
  object: 'discount'
  checkout_session: string | null
  customer: string | null
  customer_account: string | null
  end: Timestamp | null
  invoice: string | null
  invoice_item: string | null
  promotion_code: string | null
  source: { coupon: string | null; type: 'coupon' }
  start: Timestamp
  subscription: string | null
  subscription_item: string | null
}

export interface CustomerObject {
  id: string
  object: 'customer'
  address: Address | null
  balance: number
  created: Timestamp
  currency: string | null
  customer_account: string | null
  default_source: string | null
  delinquent: boolean
  description: string | null
  discount: DiscountObject | null
  email: string | null
  invoice_prefix: string
  invoice_settings: JsonObject
  livemode: boolean
  metadata: Metadata
  name: string | null
  next_invoice_sequence: number
  phone: string | null
  preferred_locales: string[]
  shipping: JsonObject | null
  tax_exempt: 'none' | 'exempt' | 'reverse'
  test_clock: string | null
}

/** Stored subscription item: `price` is an id; rendering embeds the full price and the derived plan. */
export interface SubscriptionItemRecord {
  id: string
  object: 'subscription_item'
  billing_thresholds: { usage_gte: number | null } | null
  created: Timestamp
  current_period_end: Timestamp
  current_period_start: Timestamp
  current_trial: { end_date: Timestamp; start_date: Timestamp } | null
  discounts: string[]
  metadata: Metadata
  price: string
  /** Absent for metered prices, as on Stripe. */
  quantity?: number
  subscription: string
  tax_rates: JsonValue[]
}

export type SubscriptionStatus =
  | 'active'
  | 'canceled'
  | 'incomplete'
  | 'incomplete_expired'
  | 'past_due'
  | 'paused'
  | 'trialing'
  | 'unpaid'

/** Stored subscription: like the wire object, but `items` is a plain array of item records. */
export interface SubscriptionRecord {
  id: string
  object: 'subscription'
  application: string | null
  application_fee_percent: number | null
  automatic_tax: JsonObject
  billing_cycle_anchor: Timestamp
  billing_cycle_anchor_config: JsonObject | null
  billing_mode: JsonObject
  billing_schedules: JsonValue[]
  billing_thresholds: JsonObject | null
  cancel_at: Timestamp | null
  cancel_at_period_end: boolean
  canceled_at: Timestamp | null
  cancellation_details: JsonObject | null
  collection_method: 'charge_automatically' | 'send_invoice'
  created: Timestamp
  currency: string
  customer: string
  customer_account: string | null
  days_until_due: number | null
  default_payment_method: string | null
  default_source: string | null
  default_tax_rates: JsonValue[]
  description: string | null
  discounts: string[]
  ended_at: Timestamp | null
  invoice_settings: JsonObject
  items: SubscriptionItemRecord[]
  latest_invoice: string | null
  livemode: boolean
  managed_payments: { enabled: boolean } | null
  metadata: Metadata
  next_pending_invoice_item_invoice: Timestamp | null
  on_behalf_of: string | null
  pause_collection: JsonObject | null
  payment_settings: JsonObject | null
  pending_invoice_item_interval: JsonObject | null
  pending_setup_intent: string | null
  pending_update: JsonObject | null
  schedule: string | null
  start_date: Timestamp
  status: SubscriptionStatus
  test_clock: string | null
  transfer_data: JsonObject | null
  trial_end: Timestamp | null
  trial_settings: JsonObject | null
  trial_start: Timestamp | null
}

export interface SchedulePhaseItem {
  billing_thresholds: { usage_gte: number | null } | null
  discounts: JsonValue[]
  metadata: Metadata
  /** A price id; expandable with `phases.items.price`. */
  price: string
  quantity?: number
  tax_rates: JsonValue[]
}

export interface SchedulePhase {
  add_invoice_items: JsonValue[]
  application_fee_percent: number | null
  billing_cycle_anchor: 'automatic' | 'phase_start' | null
  billing_thresholds: JsonObject | null
  collection_method: 'charge_automatically' | 'send_invoice' | null
  currency: string
  default_payment_method: string | null
  default_tax_rates: JsonValue[]
  description: string | null
  discounts: JsonValue[]
  end_date: Timestamp
  invoice_settings: JsonObject | null
  items: SchedulePhaseItem[]
  metadata: Metadata
  on_behalf_of: string | null
  proration_behavior: 'always_invoice' | 'create_prorations' | 'none'
  start_date: Timestamp
  transfer_data: JsonObject | null
  trial_end: Timestamp | null
}

export interface SubscriptionScheduleObject {
  id: string
  object: 'subscription_schedule'
  application: string | null
  billing_mode: JsonObject
  canceled_at: Timestamp | null
  completed_at: Timestamp | null
  created: Timestamp
  current_phase: { end_date: Timestamp; start_date: Timestamp } | null
  customer: string
  customer_account: string | null
  default_settings: JsonObject
  end_behavior: 'cancel' | 'none' | 'release' | 'renew'
  livemode: boolean
  metadata: Metadata
  pause_schedules: JsonValue[]
  phases: SchedulePhase[]
  released_at: Timestamp | null
  released_subscription: string | null
  status: 'active' | 'canceled' | 'completed' | 'not_started' | 'released'
  subscription: string | null
  test_clock: string | null
}

export interface MonetaryAmount {
  type: 'monetary'
  monetary: { currency: string; value: number } | null
}

export interface CreditGrantObject {
  id: string
  object: 'billing.credit_grant'
  amount: MonetaryAmount
  applicability_config: { scope: { price_type?: 'metered'; prices?: Array<{ id: string | null }> } }
  category: 'paid' | 'promotional'
  created: Timestamp
  customer: string
  customer_account: string | null
  effective_at: Timestamp | null
  expires_at: Timestamp | null
  livemode: boolean
  metadata: Metadata
  name: string | null
  priority: number | null
  test_clock: string | null
  updated: Timestamp
  voided_at: Timestamp | null
}

export interface CouponObject {
  id: string
  object: 'coupon'
  amount_off: number | null
  created: Timestamp
  currency: string | null
  duration: 'forever' | 'once' | 'repeating'
  duration_in_months: number | null
  livemode: boolean
  max_redemptions: number | null
  metadata: Metadata
  name: string | null
  /** A percentage (may be fractional, e.g. 25.5), not money. */
  percent_off: number | null
  redeem_by: Timestamp | null
  times_redeemed: number
  valid: boolean
}

export interface PromotionCodeObject {
  id: string
  object: 'promotion_code'
  active: boolean
  code: string
  created: Timestamp
  customer: string | null
  customer_account: string | null
  expires_at: Timestamp | null
  livemode: boolean
  max_redemptions: number | null
  metadata: Metadata
  promotion: { coupon: string | null; type: 'coupon' }
  restrictions: {
    first_time_transaction: boolean
    minimum_amount: number | null
    minimum_amount_currency: string | null
  }
  times_redeemed: number
}

/** Remaining balance of one credit grant, in the grant's currency (integer minor units). */
export interface CreditGrantBalance {
  available: number
  ledger: number
}

export type AccountObject = JsonObject & { id: string; object: 'account' }
