/**
 * Builders for every object type, with all the fields stripe-node 23.1.0 types list (shapes taken from
 * Stripe's fixtures3.json, values made realistic). Callers give the identifying fields and override
 * whatever else they need; everything else gets Stripe's defaults for a fresh test-mode object.
 */
import { hashChars } from './ids'
import type {
  AccountObject,
  CouponObject,
  CreditGrantObject,
  CustomerObject,
  DiscountObject,
  JsonObject,
  MeterObject,
  PriceObject,
  PriceTier,
  ProductObject,
  PromotionCodeObject,
  SchedulePhase,
  SchedulePhaseItem,
  SubscriptionItemRecord,
  SubscriptionRecord,
  SubscriptionScheduleObject,
} from './types'

/** Stripe puts `id` and `object` first; keep that order so JSON dumps read like Stripe's. */
function idFirst<T extends { id: string; object: string }>(value: T): T {
  return Object.assign({ id: value.id, object: value.object }, value)
}

/** Required identifying fields plus optional overrides of anything else. */
export type Init<T, K extends keyof T> = Pick<T, K> & Partial<Omit<T, K>>

// ---------------------------------------------------------------------------------------------
// Decimal amounts (strings only: floats never touch money)

const DECIMAL_RE = /^\d+(\.\d{1,12})?$/

/** Validate and normalize a decimal string ("0.00250" → "0.0025", "12.0" → "12"). */
export function decimal(value: string): string {
  if (!DECIMAL_RE.test(value)) throw new Error(`Not a Stripe decimal string (≤12 dp): ${value}`)
  const [whole = '0', frac = ''] = value.split('.')
  const trimmedWhole = whole.replace(/^0+(?=\d)/, '')
  const trimmedFrac = frac.replace(/0+$/, '')
  return trimmedFrac ? `${trimmedWhole}.${trimmedFrac}` : trimmedWhole
}

/**
 * `unit_amount` + `unit_amount_decimal` for an amount in minor units. Stripe fills `unit_amount` only
 * when the amount is a whole number of minor units; fractional-cent prices have `unit_amount: null`.
 */
export function unitAmount(minorUnits: string | number): Pick<PriceObject, 'unit_amount' | 'unit_amount_decimal'> {
  const dec = decimal(String(minorUnits))
  return { unit_amount: dec.includes('.') ? null : Number(dec), unit_amount_decimal: dec }
}

/** One price tier. `upTo: null` is the open-ended last tier. Amounts in minor units. */
export function tier(upTo: number | null, amounts: { unit?: string | number; flat?: string | number }): PriceTier {
  const unit = amounts.unit === undefined ? null : unitAmount(amounts.unit)
  const flat = amounts.flat === undefined ? null : unitAmount(amounts.flat)
  return {
    flat_amount: flat?.unit_amount ?? null,
    flat_amount_decimal: flat?.unit_amount_decimal ?? null,
    unit_amount: unit?.unit_amount ?? null,
    unit_amount_decimal: unit?.unit_amount_decimal ?? null,
    up_to: upTo,
  }
}

// ---------------------------------------------------------------------------------------------
// Dates

/** Add calendar months in UTC, clamping the day to the month's end (Stripe's billing-anchor rule). */
export function addMonths(timestamp: number, months: number, anchorDay?: number): number {
  const d = new Date(timestamp * 1000)
  const day = anchorDay ?? d.getUTCDate()
  const target = new Date(
    Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, 1, d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds()),
  )
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate()
  target.setUTCDate(Math.min(day, lastDay))
  return Math.floor(target.getTime() / 1000)
}

const DAY = 86_400

/** The billing period (from `anchor`, every `count` `interval`s) that contains `at`. */
export function periodContaining(
  anchor: number,
  at: number,
  interval: 'day' | 'week' | 'month' | 'year',
  count = 1,
): { start: number; end: number } {
  const anchorDay = new Date(anchor * 1000).getUTCDate()
  const step = (k: number): number => {
    switch (interval) {
      case 'day':
        return anchor + k * count * DAY
      case 'week':
        return anchor + k * count * 7 * DAY
      case 'month':
        return addMonths(anchor, k * count, anchorDay)
      case 'year':
        return addMonths(anchor, k * count * 12, anchorDay)
    }
  }
  let k = 0
  while (step(k + 1) <= at) k += 1
  return { start: step(k), end: step(k + 1) }
}

// ---------------------------------------------------------------------------------------------
// Objects

export function makeMeter(init: Init<MeterObject, 'id' | 'created' | 'display_name' | 'event_name'>): MeterObject {
  return idFirst({
    object: 'billing.meter',
    customer_mapping: { event_payload_key: 'stripe_customer_id', type: 'by_id' },
    default_aggregation: { formula: 'sum' },
    event_time_window: null,
    livemode: false,
    status: 'active',
    status_transitions: { deactivated_at: null },
    updated: init.created,
    value_settings: { event_payload_key: 'value' },
    ...init,
  })
}

export function makeProduct(init: Init<ProductObject, 'id' | 'created' | 'name'>): ProductObject {
  return idFirst({
    object: 'product',
    active: true,
    default_price: null,
    description: null,
    images: [],
    livemode: false,
    marketing_features: [],
    metadata: {},
    package_dimensions: null,
    shippable: null,
    statement_descriptor: null,
    tax_code: null,
    tax_details: null,
    type: 'service',
    unit_label: null,
    updated: init.created,
    url: null,
    ...init,
  })
}

export function makePrice(init: Init<PriceObject, 'id' | 'created' | 'product'>): PriceObject {
  return idFirst({
    object: 'price',
    active: true,
    billing_scheme: init.tiers ? 'tiered' : 'per_unit',
    currency: 'usd',
    custom_unit_amount: null,
    livemode: false,
    lookup_key: null,
    metadata: {},
    nickname: null,
    recurring: { interval: 'month', interval_count: 1, meter: null, trial_period_days: null, usage_type: 'licensed' },
    tax_behavior: 'unspecified',
    tiers_mode: null,
    transform_quantity: null,
    type: 'recurring',
    unit_amount: null,
    unit_amount_decimal: null,
    ...init,
  })
}

/** Recurring block of a metered price billed from `meterId`. */
export function meteredRecurring(meterId: string, interval: 'month' | 'year' = 'month'): NonNullable<PriceObject['recurring']> {
  return { interval, interval_count: 1, meter: meterId, trial_period_days: null, usage_type: 'metered' }
}

export function licensedRecurring(interval: 'month' | 'year' = 'month'): NonNullable<PriceObject['recurring']> {
  return { interval, interval_count: 1, meter: null, trial_period_days: null, usage_type: 'licensed' }
}

/** The legacy `plan` Stripe still embeds on subscription items, derived from the price. */
export function planFromPrice(price: PriceObject): JsonObject {
  const recurring = price.recurring ?? licensedRecurring()
  return {
    id: price.id,
    object: 'plan',
    active: price.active,
    amount: price.unit_amount,
    amount_decimal: price.unit_amount_decimal,
    billing_scheme: price.billing_scheme,
    created: price.created,
    currency: price.currency,
    interval: recurring.interval,
    interval_count: recurring.interval_count,
    livemode: price.livemode,
    metadata: price.metadata,
    meter: recurring.meter,
    nickname: price.nickname,
    product: price.product,
    tiers_mode: price.tiers_mode,
    transform_usage: price.transform_quantity,
    trial_period_days: recurring.trial_period_days,
    usage_type: recurring.usage_type,
  }
}

const EMPTY_ADDRESS = { city: null, country: null, line1: null, line2: null, postal_code: null, state: null }

export function makeCustomer(init: Init<CustomerObject, 'id' | 'created'>): CustomerObject {
  return idFirst({
    object: 'customer',
    address: EMPTY_ADDRESS,
    balance: 0,
    currency: 'usd',
    customer_account: null,
    default_source: null,
    delinquent: false,
    description: null,
    discount: null,
    email: null,
    invoice_prefix: hashChars(init.id, 8).toUpperCase(),
    invoice_settings: {
      custom_fields: null,
      default_payment_method: null,
      footer: null,
      rendering_options: null,
    },
    livemode: false,
    metadata: {},
    name: null,
    next_invoice_sequence: 1,
    phone: null,
    preferred_locales: [],
    shipping: null,
    tax_exempt: 'none',
    test_clock: null,
    ...init,
  })
}

export function makeDiscount(init: Init<DiscountObject, 'id' | 'start' | 'source'>): DiscountObject {
  return idFirst({
    object: 'discount',
    checkout_session: null,
    customer: null,
    customer_account: null,
    end: null,
    invoice: null,
    invoice_item: null,
    promotion_code: null,
    subscription: null,
    subscription_item: null,
    ...init,
  })
}

export interface ItemInit {
  id: string
  price: string
  quantity?: number
  created?: number
  metadata?: Record<string, string>
  discounts?: string[]
}

/**
 * A subscription with its items. Each item's `current_period_*` is the period containing `asOf`
 * (since API 2025-03-31 those fields live on items, not on the subscription).
 */
export function makeSubscription(
  init: Init<SubscriptionRecord, 'id' | 'created' | 'customer'> & {
    itemInits: ItemInit[]
    asOf: number
    interval?: 'month' | 'year'
  },
): SubscriptionRecord {
  const { itemInits, asOf, interval = 'month', ...rest } = init
  const start = rest.start_date ?? rest.created
  const anchor = rest.billing_cycle_anchor ?? start
  const periodAt = rest.ended_at ? rest.ended_at - 1 : asOf
  const period = periodContaining(anchor, Math.max(periodAt, anchor), interval)
  const items: SubscriptionItemRecord[] = itemInits.map((item) => {
    const record: SubscriptionItemRecord = {
      id: item.id,
      object: 'subscription_item',
      billing_thresholds: null,
      created: item.created ?? rest.created,
      current_period_end: period.end,
      current_period_start: period.start,
      current_trial: null,
      discounts: item.discounts ?? [],
      metadata: item.metadata ?? {},
      price: item.price,
      subscription: init.id,
      tax_rates: [],
    }
    if (item.quantity !== undefined) record.quantity = item.quantity
    return record
  })
  return idFirst({
    object: 'subscription',
    application: null,
    application_fee_percent: null,
    automatic_tax: { disabled_reason: null, enabled: false, liability: null },
    billing_cycle_anchor: anchor,
    billing_cycle_anchor_config: null,
    billing_mode: { flexible: null, type: 'classic' },
    billing_schedules: [],
    billing_thresholds: null,
    cancel_at: null,
    cancel_at_period_end: false,
    canceled_at: null,
    cancellation_details: { comment: null, feedback: null, feedback_option: null, reason: null },
    collection_method: 'charge_automatically',
    currency: 'usd',
    customer_account: null,
    days_until_due: null,
    default_payment_method: null,
    default_source: null,
    default_tax_rates: [],
    description: null,
    discounts: [],
    ended_at: null,
    invoice_settings: { account_tax_ids: null, custom_fields: null, description: null, footer: null, issuer: { type: 'self' } },
    items,
    latest_invoice: null,
    livemode: false,
    managed_payments: { enabled: false },
    metadata: {},
    next_pending_invoice_item_invoice: null,
    on_behalf_of: null,
    pause_collection: null,
    payment_settings: {
      payment_method_options: null,
      payment_method_types: null,
      save_default_payment_method: 'off',
    },
    pending_invoice_item_interval: null,
    pending_setup_intent: null,
    pending_update: null,
    schedule: null,
    start_date: start,
    status: 'active',
    test_clock: null,
    transfer_data: null,
    trial_end: null,
    trial_settings: { end_behavior: { missing_payment_method: 'create_invoice' } },
    trial_start: null,
    ...rest,
  })
}

export function makePhase(
  init: Init<SchedulePhase, 'start_date' | 'end_date'> & { itemInits: Array<{ price: string; quantity?: number }> },
): SchedulePhase {
  const { itemInits, ...rest } = init
  const items: SchedulePhaseItem[] = itemInits.map((item) => {
    const phaseItem: SchedulePhaseItem = {
      billing_thresholds: null,
      discounts: [],
      metadata: {},
      price: item.price,
      tax_rates: [],
    }
    if (item.quantity !== undefined) phaseItem.quantity = item.quantity
    return phaseItem
  })
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
    invoice_settings: null,
    items,
    metadata: {},
    on_behalf_of: null,
    proration_behavior: 'create_prorations',
    transfer_data: null,
    trial_end: null,
    ...rest,
  }
}

export function makeSchedule(
  init: Init<SubscriptionScheduleObject, 'id' | 'created' | 'customer' | 'phases'>,
): SubscriptionScheduleObject {
  return idFirst({
    object: 'subscription_schedule',
    application: null,
    billing_mode: { flexible: null, type: 'classic' },
    canceled_at: null,
    completed_at: null,
    current_phase: null,
    customer_account: null,
    default_settings: {
      application_fee_percent: null,
      automatic_tax: { disabled_reason: null, enabled: false, liability: null },
      billing_cycle_anchor: 'automatic',
      billing_thresholds: null,
      collection_method: 'charge_automatically',
      default_payment_method: null,
      description: null,
      invoice_settings: { account_tax_ids: null, days_until_due: null, issuer: { type: 'self' } },
      on_behalf_of: null,
      transfer_data: null,
    },
    end_behavior: 'release',
    livemode: false,
    metadata: {},
    pause_schedules: [],
    released_at: null,
    released_subscription: null,
    status: 'not_started',
    subscription: null,
    test_clock: null,
    ...init,
  })
}

export function makeCreditGrant(
  init: Init<CreditGrantObject, 'id' | 'created' | 'customer' | 'amount' | 'category'>,
): CreditGrantObject {
  return idFirst({
    object: 'billing.credit_grant',
    applicability_config: { scope: { price_type: 'metered' } },
    customer_account: null,
    effective_at: init.created,
    expires_at: null,
    livemode: false,
    metadata: {},
    name: null,
    priority: 50,
    test_clock: null,
    updated: init.created,
    voided_at: null,
    ...init,
  })
}

/** Integer minor units in `currency`. */
export function monetary(currency: string, value: number): CreditGrantObject['amount'] {
  if (!Number.isSafeInteger(value)) throw new Error(`Monetary values are integer minor units, got ${value}`)
  return { type: 'monetary', monetary: { currency, value } }
}

export function makeCoupon(init: Init<CouponObject, 'id' | 'created'>): CouponObject {
  return idFirst({
    object: 'coupon',
    amount_off: null,
    currency: null,
    duration: 'once',
    duration_in_months: null,
    livemode: false,
    max_redemptions: null,
    metadata: {},
    name: null,
    percent_off: null,
    redeem_by: null,
    times_redeemed: 0,
    valid: true,
    ...init,
  })
}

export function makePromotionCode(
  init: Init<PromotionCodeObject, 'id' | 'created' | 'code' | 'promotion'>,
): PromotionCodeObject {
  return idFirst({
    object: 'promotion_code',
    active: true,
    customer: null,
    customer_account: null,
    expires_at: null,
    livemode: false,
    max_redemptions: null,
    metadata: {},
    restrictions: { first_time_transaction: false, minimum_amount: null, minimum_amount_currency: null },
    times_redeemed: 0,
    ...init,
  })
}

export function makeAccountObject(init: {
  id: string
  created: number
  businessName: string
  email: string
  url: string
  country?: string
  defaultCurrency?: string
  supportEmail?: string
}): AccountObject {
  const emptyRequirements = {
    alternatives: [],
    current_deadline: null,
    currently_due: [],
    disabled_reason: null,
    errors: [],
    eventually_due: [],
    past_due: [],
    pending_verification: [],
  }
  return {
    id: init.id,
    object: 'account',
    business_profile: {
      annual_revenue: null,
      estimated_worker_count: null,
      mcc: '5734',
      minority_owned_business_designation: null,
      name: init.businessName,
      product_description: null,
      support_address: null,
      support_email: init.supportEmail ?? init.email,
      support_phone: null,
      support_url: null,
      url: init.url,
    },
    business_type: 'company',
    capabilities: { card_payments: 'active', transfers: 'active' },
    charges_enabled: true,
    controller: { type: 'account' },
    country: init.country ?? 'US',
    created: init.created,
    default_currency: init.defaultCurrency ?? 'usd',
    details_submitted: true,
    email: init.email,
    external_accounts: { object: 'list', data: [], has_more: false, url: `/v1/accounts/${init.id}/external_accounts` },
    future_requirements: emptyRequirements,
    metadata: {},
    payouts_enabled: true,
    requirements: emptyRequirements,
    settings: {
      bacs_debit_payments: { display_name: null, service_user_number: null },
      branding: { icon: null, logo: null, primary_color: null, secondary_color: null },
      card_issuing: { tos_acceptance: { date: null, ip: null } },
      card_payments: {
        decline_on: { avs_failure: false, cvc_failure: false },
        statement_descriptor_prefix: null,
        statement_descriptor_prefix_kana: null,
        statement_descriptor_prefix_kanji: null,
      },
      dashboard: { display_name: init.businessName, timezone: 'America/Los_Angeles' },
      invoices: { default_account_tax_ids: null, hosted_payment_method_save: 'offer' },
      payments: {
        statement_descriptor: init.businessName.toUpperCase().slice(0, 22),
        statement_descriptor_kana: null,
        statement_descriptor_kanji: null,
        statement_descriptor_prefix_kana: null,
        statement_descriptor_prefix_kanji: null,
      },
      payouts: { debit_negative_balances: true, schedule: { delay_days: 2, interval: 'daily' }, statement_descriptor: null },
      sepa_debit_payments: {},
    },
    tos_acceptance: { date: init.created, ip: null, user_agent: null },
    type: 'standard',
  }
}
