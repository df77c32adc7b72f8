/**
 * The demo account: "Lumen AI", a believable AI-API company on Stripe usage-based billing.
 *
 * Deterministic (fixed timestamps, hash-derived ids) so demo screenshots and tests are stable. It
 * covers every shape the importer must handle: fractional-cent per-token prices with a model
 * dimension, graduated / volume / package pricing, EUR currency options, licensed seats and a flat
 * platform fee, an archived price still in use, a JPY price, an inline price, a two-phase schedule,
 * paid / promotional / scoped / voided / expired credit grants with partial balances, and discounts.
 */
import { EmulatedAccount } from './account'
import {
  addMonths,
  makeAccountObject,
  makeCoupon,
  makeCreditGrant,
  makeCustomer,
  makeDiscount,
  makePhase,
  makePromotionCode,
  makeSchedule,
  makeSubscription,
  monetary,
  type ItemInit,
} from './objects'
import { addCatalogue, ids, METERS, MODELS, PRICES, PRODUCTS, SEED, ts, type ModelKey } from './demo-catalogue'
import type { SubscriptionRecord } from './types'

export const DEMO_SECRET_KEY = 'sk_test_demo'
export const DEMO_RESTRICTED_KEY = 'rk_test_demo'
export const DEMO_ACCOUNT_ID = 'acct_1RatecraftDemo01'
/** Billing periods are computed as of this instant, so the fixture does not drift with the clock. */
export const DEMO_AS_OF = ts('2026-11-15T00:00:00Z')

// ---------------------------------------------------------------------------------------------
// Customers and subscriptions

type Plan = 'payg-small' | 'payg' | 'team' | 'enterprise' | 'enterprise-inline' | 'legacy' | 'jpy'

function planItems(plan: Plan, seats: number): Array<Omit<ItemInit, 'id'>> {
  const tokens = (...models: ModelKey[]) => models.flatMap((m) => [{ price: PRICES.input(m) }, { price: PRICES.output(m) }])
  switch (plan) {
    case 'payg-small':
      return [...tokens('lumen-small'), { price: PRICES.embeddings }]
    case 'payg':
      return [...tokens('lumen-medium', 'lumen-small'), { price: PRICES.images }]
    case 'team':
      return [
        { price: PRICES.seat, quantity: seats },
        ...tokens('lumen-large', 'lumen-medium'),
        { price: PRICES.images },
        { price: PRICES.embeddings },
      ]
    case 'enterprise':
    case 'enterprise-inline':
      return [
        { price: PRICES.platform, quantity: 1 },
        { price: PRICES.seat, quantity: seats },
        ...tokens('lumen-large', 'lumen-medium', 'lumen-small', 'lumen-reason'),
        { price: PRICES.images },
        { price: PRICES.storage },
        { price: PRICES.embeddings },
        ...(plan === 'enterprise-inline' ? [{ price: PRICES.inlineSupport, quantity: 1 }] : []),
      ]
    case 'legacy':
      return [{ price: PRICES.seat, quantity: seats }, { price: PRICES.largeInputV1 }, { price: PRICES.output('lumen-large') }]
    case 'jpy':
      return [{ price: PRICES.largeInputJpy }]
  }
}

interface CustomerRow {
  key: string
  name: string
  domain: string
  segment: 'enterprise' | 'growth' | 'self_serve'
  country: string
  city: string
  plan: Plan
  seats: number
  since: string
  status?: SubscriptionRecord['status']
  /** For canceled subscriptions. */
  canceled?: string
  trialDays?: number
}

const CUSTOMERS: CustomerRow[] = [
  { key: 'brightline', name: 'Brightline Health', domain: 'brightlinehealth.com', segment: 'enterprise', country: 'US', city: 'Boston', plan: 'enterprise', seats: 40, since: '2025-04-03T16:20:00Z' },
  { key: 'cobalt', name: 'Cobalt Legal', domain: 'cobaltlegal.com', segment: 'growth', country: 'US', city: 'Chicago', plan: 'team', seats: 12, since: '2025-05-12T14:05:00Z' },
  { key: 'driftwood', name: 'Driftwood Games', domain: 'driftwoodgames.io', segment: 'self_serve', country: 'CA', city: 'Montreal', plan: 'payg', seats: 0, since: '2025-06-20T19:44:00Z' },
  { key: 'evergreen', name: 'Evergreen Tutors', domain: 'evergreentutors.org', segment: 'self_serve', country: 'US', city: 'Portland', plan: 'payg-small', seats: 0, since: '2025-07-01T08:10:00Z' },
  { key: 'fathom', name: 'Fathom Search', domain: 'fathomsearch.ai', segment: 'enterprise', country: 'US', city: 'San Francisco', plan: 'enterprise', seats: 25, since: '2025-04-18T17:00:00Z' },
  { key: 'granite', name: 'Granite Insurance Group', domain: 'graniteins.com', segment: 'enterprise', country: 'US', city: 'Hartford', plan: 'enterprise-inline', seats: 60, since: '2025-08-05T14:20:00Z' },
  { key: 'harbor', name: 'Harbor Logistics', domain: 'harborlogistics.co', segment: 'growth', country: 'NL', city: 'Rotterdam', plan: 'team', seats: 8, since: '2025-09-09T07:30:00Z' },
  { key: 'ivy', name: 'Ivy Learning', domain: 'ivylearning.edu', segment: 'growth', country: 'US', city: 'Austin', plan: 'team', seats: 15, since: '2025-05-28T15:45:00Z' },
  { key: 'juniper', name: 'Juniper Security', domain: 'junipersec.io', segment: 'growth', country: 'GB', city: 'London', plan: 'team', seats: 10, since: '2025-10-14T09:00:00Z', status: 'past_due' },
  { key: 'kestrel', name: 'Kestrel Finance', domain: 'kestrelfinance.com', segment: 'enterprise', country: 'US', city: 'New York', plan: 'enterprise', seats: 30, since: '2025-06-01T13:00:00Z' },
  { key: 'lattice', name: 'Lattice Bio', domain: 'latticebio.com', segment: 'self_serve', country: 'US', city: 'San Diego', plan: 'payg', seats: 0, since: '2025-11-03T18:25:00Z' },
  { key: 'meridian', name: 'Meridian Travel', domain: 'meridiantravel.com', segment: 'self_serve', country: 'ES', city: 'Barcelona', plan: 'payg', seats: 0, since: '2025-12-08T11:15:00Z' },
  { key: 'nimbus', name: 'Nimbus Docs', domain: 'nimbusdocs.com', segment: 'enterprise', country: 'US', city: 'Seattle', plan: 'enterprise', seats: 45, since: '2025-03-21T16:00:00Z' },
  { key: 'orchid', name: 'Orchid Retail', domain: 'orchidretail.com', segment: 'self_serve', country: 'US', city: 'Miami', plan: 'payg-small', seats: 0, since: '2026-01-19T20:02:00Z' },
  { key: 'pinewood', name: 'Pinewood Media', domain: 'pinewoodmedia.tv', segment: 'self_serve', country: 'US', city: 'Los Angeles', plan: 'payg', seats: 0, since: '2026-02-02T22:40:00Z' },
  { key: 'quartz', name: 'Quartz Support', domain: 'quartzsupport.com', segment: 'growth', country: 'US', city: 'Denver', plan: 'team', seats: 6, since: '2026-11-10T15:00:00Z', status: 'trialing', trialDays: 14 },
  { key: 'redwood', name: 'Redwood Realty', domain: 'redwoodrealty.com', segment: 'self_serve', country: 'US', city: 'Sacramento', plan: 'payg-small', seats: 0, since: '2026-03-16T17:30:00Z' },
  { key: 'sable', name: 'Sable Marketing', domain: 'sablemarketing.com', segment: 'growth', country: 'US', city: 'Atlanta', plan: 'legacy', seats: 5, since: '2025-03-04T14:00:00Z' },
  { key: 'tandem', name: 'Tandem HR', domain: 'tandemhr.com', segment: 'growth', country: 'US', city: 'Minneapolis', plan: 'team', seats: 9, since: '2026-04-07T13:10:00Z' },
  { key: 'umber', name: 'Umber Studios', domain: 'umberstudios.com', segment: 'self_serve', country: 'DE', city: 'Berlin', plan: 'payg', seats: 0, since: '2026-04-29T10:55:00Z' },
  { key: 'vantage', name: 'Vantage Recruiting', domain: 'vantagerecruiting.com', segment: 'self_serve', country: 'US', city: 'Phoenix', plan: 'payg-small', seats: 0, since: '2026-01-05T16:45:00Z', status: 'canceled', canceled: '2026-09-30T23:59:00Z' },
  { key: 'willow', name: 'Willow Care', domain: 'willowcare.health', segment: 'growth', country: 'US', city: 'Nashville', plan: 'team', seats: 20, since: '2026-05-18T12:00:00Z' },
  { key: 'xylo', name: 'Xylo Music', domain: 'xylomusic.fm', segment: 'self_serve', country: 'SE', city: 'Stockholm', plan: 'payg', seats: 0, since: '2026-06-11T09:20:00Z' },
  { key: 'yarrow', name: 'Yarrow Foods', domain: 'yarrowfoods.com', segment: 'self_serve', country: 'US', city: 'Madison', plan: 'payg-small', seats: 0, since: '2026-11-05T14:35:00Z', status: 'trialing', trialDays: 30 },
  { key: 'zephyr', name: 'Zephyr Weather', domain: 'zephyrweather.com', segment: 'self_serve', country: 'US', city: 'Boulder', plan: 'payg-small', seats: 0, since: '2026-07-22T18:00:00Z' },
  { key: 'atlas', name: 'Atlas Freight', domain: 'atlasfreight.com', segment: 'growth', country: 'US', city: 'Dallas', plan: 'team', seats: 14, since: '2026-08-03T15:25:00Z' },
  { key: 'beacon', name: 'Beacon CRM', domain: 'beaconcrm.com', segment: 'enterprise', country: 'US', city: 'Raleigh', plan: 'enterprise', seats: 35, since: '2026-08-25T13:40:00Z' },
  { key: 'cinder', name: 'Cinder Code', domain: 'cindercode.dev', segment: 'self_serve', country: 'US', city: 'Pittsburgh', plan: 'payg', seats: 0, since: '2026-09-15T21:05:00Z' },
  { key: 'delta', name: 'Delta Translate', domain: 'deltatranslate.com', segment: 'self_serve', country: 'FR', city: 'Lyon', plan: 'payg', seats: 0, since: '2026-10-06T08:50:00Z' },
  { key: 'kumo', name: 'Kumo Systems KK', domain: 'kumo-systems.jp', segment: 'growth', country: 'JP', city: 'Tokyo', plan: 'jpy', seats: 0, since: '2026-03-02T01:00:00Z' },
]

/** Earlier subscriptions that ended before the customer's current one started. */
const PAST_SUBSCRIPTIONS: Array<{ customer: string; plan: Plan; seats: number; since: string; canceled: string }> = [
  { customer: 'fathom', plan: 'payg', seats: 0, since: '2025-03-10T12:00:00Z', canceled: '2025-04-18T16:59:00Z' },
  { customer: 'meridian', plan: 'team', seats: 4, since: '2025-07-15T10:00:00Z', canceled: '2025-12-08T11:00:00Z' },
]

function addSubscription(
  account: EmulatedAccount,
  subKey: string,
  customerId: string,
  plan: Plan,
  seats: number,
  since: number,
  extra: Partial<SubscriptionRecord> = {},
): SubscriptionRecord {
  const subId = ids.subscription(subKey)
  const itemInits = planItems(plan, seats).map((item, i) => ({ ...item, id: ids.item(`${subKey}-${i}`) }))
  const sub = makeSubscription({
    id: subId,
    customer: customerId,
    created: since,
    start_date: since,
    currency: plan === 'jpy' ? 'jpy' : 'usd',
    collection_method: plan.startsWith('enterprise') ? 'send_invoice' : 'charge_automatically',
    days_until_due: plan.startsWith('enterprise') ? 30 : null,
    metadata: { plan },
    itemInits,
    asOf: DEMO_AS_OF,
    ...extra,
  })
  account.put('subscriptions', sub)
  return sub
}

function addCustomersAndSubscriptions(account: EmulatedAccount): Record<string, string> {
  const customerIds: Record<string, string> = {}
  CUSTOMERS.forEach((row, index) => {
    const id = ids.customer(row.key)
    customerIds[row.key] = id
    const since = ts(row.since)
    account.put(
      'customers',
      makeCustomer({
        id,
        // Customers are created a little before their first subscription.
        created: since - 3600 * (2 + (index % 5)),
        name: row.name,
        email: `billing@${row.domain}`,
        description: `${row.segment === 'enterprise' ? 'Enterprise' : row.segment === 'growth' ? 'Growth' : 'Self-serve'} customer`,
        phone: null,
        address: { city: row.city, country: row.country, line1: null, line2: null, postal_code: null, state: null },
        currency: row.plan === 'jpy' ? 'jpy' : 'usd',
        preferred_locales: row.country === 'JP' ? ['ja'] : ['en'],
        metadata: {
          internal_id: `org_${String(1001 + index)}`,
          segment: row.segment,
          ...(row.segment === 'enterprise' ? { salesforce_account_id: `001Hs00002${String(index).padStart(5, '0')}AAA` } : {}),
        },
      }),
    )
  })
  for (const past of PAST_SUBSCRIPTIONS) {
    const canceled = ts(past.canceled)
    addSubscription(account, `${past.customer}-previous`, customerIds[past.customer] ?? '', past.plan, past.seats, ts(past.since), {
      status: 'canceled',
      canceled_at: canceled,
      ended_at: canceled,
      cancellation_details: { comment: 'Upgraded to a new plan', feedback: 'other', feedback_option: null, reason: 'cancellation_requested' },
    })
  }
  for (const row of CUSTOMERS) {
    const since = ts(row.since)
    const customerId = customerIds[row.key] ?? ''
    const extra: Partial<SubscriptionRecord> = {}
    if (row.status === 'canceled' && row.canceled) {
      const canceled = ts(row.canceled)
      Object.assign(extra, {
        status: 'canceled',
        canceled_at: canceled,
        ended_at: canceled,
        cancellation_details: { comment: null, feedback: 'too_expensive', feedback_option: null, reason: 'cancellation_requested' },
      })
    } else if (row.status === 'trialing' && row.trialDays) {
      Object.assign(extra, { status: 'trialing', trial_start: since, trial_end: since + row.trialDays * 86_400 })
    } else if (row.status) {
      extra.status = row.status
    }
    const sub = addSubscription(account, row.key, customerId, row.plan, row.seats, since, extra)
    if (sub.status === 'trialing' && sub.trial_start !== null && sub.trial_end !== null) {
      const trial = { start_date: sub.trial_start, end_date: sub.trial_end }
      account.update('subscriptions', sub.id, (s) => ({ ...s, items: s.items.map((i) => ({ ...i, current_trial: trial })) }))
    }
  }
  return customerIds
}

// ---------------------------------------------------------------------------------------------
// Schedules, credits, coupons

function addSchedules(account: EmulatedAccount, customers: Record<string, string>): void {
  // Kestrel Finance: the platform fee moves from $500 to $750 on 1 Dec 2026.
  const kestrelSub = ids.subscription('kestrel')
  const scheduleId = ids.schedule('kestrel-2027-renewal')
  const tokenItems = MODELS.flatMap((m) => [{ price: PRICES.input(m.key) }, { price: PRICES.output(m.key) }])
  const usageItems = [...tokenItems, { price: PRICES.images }, { price: PRICES.storage }, { price: PRICES.embeddings }]
  const phase1 = { start: ts('2026-06-01T13:00:00Z'), end: ts('2026-12-01T13:00:00Z') }
  const phase2End = addMonths(phase1.end, 12)
  account.put(
    'subscriptionSchedules',
    makeSchedule({
      id: scheduleId,
      created: ts('2026-05-20T16:30:00Z'),
      customer: customers.kestrel ?? '',
      subscription: kestrelSub,
      status: 'active',
      end_behavior: 'release',
      current_phase: { start_date: phase1.start, end_date: phase1.end },
      metadata: { contract: 'KF-2026-014' },
      phases: [
        makePhase({
          start_date: phase1.start,
          end_date: phase1.end,
          itemInits: [{ price: PRICES.platform, quantity: 1 }, { price: PRICES.seat, quantity: 30 }, ...usageItems],
        }),
        makePhase({
          start_date: phase1.end,
          end_date: phase2End,
          itemInits: [{ price: PRICES.platformGrowth, quantity: 1 }, { price: PRICES.seat, quantity: 30 }, ...usageItems],
          metadata: { reason: '2027 renewal' },
        }),
      ],
    }),
  )
  account.update('subscriptions', kestrelSub, { schedule: scheduleId })

  // Zephyr Weather: an upgrade to Team that starts in January and has no subscription yet.
  account.put(
    'subscriptionSchedules',
    makeSchedule({
      id: ids.schedule('zephyr-team-upgrade'),
      created: ts('2026-11-12T19:00:00Z'),
      customer: customers.zephyr ?? '',
      status: 'not_started',
      end_behavior: 'release',
      phases: [
        makePhase({
          start_date: ts('2027-01-01T00:00:00Z'),
          end_date: ts('2028-01-01T00:00:00Z'),
          itemInits: planItems('team', 3).map(({ price, quantity }) => (quantity === undefined ? { price } : { price, quantity })),
        }),
      ],
    }),
  )
}

interface GrantRow {
  key: string
  customer: string
  name: string
  category: 'paid' | 'promotional'
  currency: string
  amount: number
  available: number
  priority: number
  created: string
  expires?: string
  voided?: string
  scopePrices?: string[]
}

const GRANTS: GrantRow[] = [
  { key: 'fathom-prepaid', customer: 'fathom', name: 'Prepaid usage credit – Q3 2026', category: 'paid', currency: 'usd', amount: 500_000, available: 312_450, priority: 10, created: '2026-07-01T15:00:00Z', expires: '2027-06-30T23:59:59Z' },
  { key: 'fathom-promo', customer: 'fathom', name: 'Holiday promo credit', category: 'promotional', currency: 'usd', amount: 50_000, available: 12_300, priority: 50, created: '2026-10-01T15:00:00Z', expires: '2026-12-31T23:59:59Z' },
  { key: 'lattice-startup', customer: 'lattice', name: 'Startup program credit (Lumen Small only)', category: 'promotional', currency: 'usd', amount: 100_000, available: 64_000, priority: 20, created: '2025-11-03T18:30:00Z', expires: '2026-11-30T23:59:59Z', scopePrices: [PRICES.input('lumen-small'), PRICES.output('lumen-small')] },
  { key: 'nimbus-commit', customer: 'nimbus', name: 'Annual commit drawdown', category: 'paid', currency: 'usd', amount: 1_000_000, available: 750_000, priority: 0, created: '2026-03-21T16:00:00Z' },
  { key: 'cinder-welcome', customer: 'cinder', name: 'Welcome credit', category: 'promotional', currency: 'usd', amount: 25_000, available: 0, priority: 60, created: '2026-09-15T21:10:00Z', voided: '2026-10-01T09:00:00Z' },
  { key: 'kestrel-prepaid', customer: 'kestrel', name: 'Prepaid tokens 2026', category: 'paid', currency: 'usd', amount: 250_000, available: 190_000, priority: 10, created: '2026-06-01T13:05:00Z', expires: '2027-05-31T23:59:59Z' },
  { key: 'kumo-prepaid', customer: 'kumo', name: '前払いクレジット (prepaid)', category: 'paid', currency: 'jpy', amount: 100_000, available: 81_250, priority: 10, created: '2026-03-02T01:30:00Z', expires: '2027-03-01T14:59:59Z' },
  { key: 'evergreen-trial', customer: 'evergreen', name: 'Trial credit', category: 'promotional', currency: 'usd', amount: 10_000, available: 0, priority: 50, created: '2025-07-01T08:15:00Z', expires: '2026-03-31T23:59:59Z' },
]

function addCreditGrants(account: EmulatedAccount, customers: Record<string, string>): void {
  for (const row of GRANTS) {
    const id = ids.grant(row.key)
    const created = ts(row.created)
    account.put(
      'creditGrants',
      makeCreditGrant({
        id,
        created,
        customer: customers[row.customer] ?? '',
        amount: monetary(row.currency, row.amount),
        category: row.category,
        name: row.name,
        priority: row.priority,
        effective_at: created,
        expires_at: row.expires ? ts(row.expires) : null,
        voided_at: row.voided ? ts(row.voided) : null,
        updated: row.voided ? ts(row.voided) : created,
        applicability_config: row.scopePrices
          ? { scope: { prices: row.scopePrices.map((priceId) => ({ id: priceId })) } }
          : { scope: { price_type: 'metered' } },
        metadata: { source: row.category === 'paid' ? 'invoice' : 'sales', grant_key: row.key },
      }),
    )
    // Ledger equals available here: no pending (uninvoiced) usage is held against the grants.
    account.setCreditBalance(id, { available: row.available, ledger: row.available })
  }
}

export const DEMO_COUPONS = { launch: 'LAUNCH25', startup: 'STARTUP100', edu: 'EDU15' } as const

function addCoupons(account: EmulatedAccount, customers: Record<string, string>): void {
  account.put(
    'coupons',
    makeCoupon({
      id: DEMO_COUPONS.launch,
      created: ts('2025-05-01T12:00:00Z'),
      name: 'Launch 25% off',
      percent_off: 25,
      duration: 'repeating',
      duration_in_months: 3,
      times_redeemed: 1,
    }),
  )
  account.put(
    'coupons',
    makeCoupon({
      id: DEMO_COUPONS.startup,
      created: ts('2025-10-20T12:00:00Z'),
      name: '$100 startup credit',
      amount_off: 10_000,
      currency: 'usd',
      duration: 'once',
      max_redemptions: 500,
      redeem_by: ts('2026-12-31T23:59:59Z'),
    }),
  )
  account.put(
    'coupons',
    makeCoupon({
      id: DEMO_COUPONS.edu,
      created: ts('2025-05-20T12:00:00Z'),
      name: 'Education discount',
      percent_off: 15,
      duration: 'forever',
      times_redeemed: 1,
      metadata: { program: 'edu' },
    }),
  )
  const launchPromo = ids.promo('LUMEN25')
  account.put(
    'promotionCodes',
    makePromotionCode({
      id: launchPromo,
      created: ts('2025-05-01T12:05:00Z'),
      code: 'LUMEN25',
      promotion: { coupon: DEMO_COUPONS.launch, type: 'coupon' },
      times_redeemed: 1,
      restrictions: { first_time_transaction: true, minimum_amount: null, minimum_amount_currency: null },
    }),
  )
  account.put(
    'promotionCodes',
    makePromotionCode({
      id: ids.promo('BUILDERS100'),
      created: ts('2025-10-20T12:05:00Z'),
      code: 'BUILDERS100',
      active: false,
      expires_at: ts('2026-06-30T23:59:59Z'),
      promotion: { coupon: DEMO_COUPONS.startup, type: 'coupon' },
    }),
  )

  // Driftwood signed up with LUMEN25 (3 months); Ivy Learning has the education discount forever.
  const driftwoodSub = ids.subscription('driftwood')
  const driftwoodStart = ts('2025-06-20T19:44:00Z')
  const launchDiscount = makeDiscount({
    id: ids.discount('driftwood-launch'),
    start: driftwoodStart,
    end: addMonths(driftwoodStart, 3),
    customer: customers.driftwood ?? null,
    subscription: driftwoodSub,
    promotion_code: launchPromo,
    source: { coupon: DEMO_COUPONS.launch, type: 'coupon' },
  })
  const ivySub = ids.subscription('ivy')
  const eduDiscount = makeDiscount({
    id: ids.discount('ivy-edu'),
    start: ts('2025-05-28T15:45:00Z'),
    customer: customers.ivy ?? null,
    subscription: ivySub,
    source: { coupon: DEMO_COUPONS.edu, type: 'coupon' },
  })
  for (const [subId, discount] of [
    [driftwoodSub, launchDiscount],
    [ivySub, eduDiscount],
  ] as const) {
    account.discounts.set(discount.id, discount)
    account.update('subscriptions', subId, { discounts: [discount.id] })
  }
}

// ---------------------------------------------------------------------------------------------

/** Notable ids, for tests and docs. */
export const DEMO_IDS = {
  meters: METERS,
  products: {
    lumenLarge: PRODUCTS.model('lumen-large'),
    images: PRODUCTS.images,
    storage: PRODUCTS.storage,
    embeddings: PRODUCTS.embeddings,
    seats: PRODUCTS.seats,
    platform: PRODUCTS.platform,
    support: PRODUCTS.support,
    legacy: PRODUCTS.legacy,
  },
  prices: {
    lumenLargeInput: PRICES.input('lumen-large'),
    lumenLargeOutput: PRICES.output('lumen-large'),
    lumenSmallInput: PRICES.input('lumen-small'),
    imagesGraduated: PRICES.images,
    storageVolume: PRICES.storage,
    embeddingsPackage: PRICES.embeddings,
    seat: PRICES.seat,
    platformFee: PRICES.platform,
    platformFeeGrowth: PRICES.platformGrowth,
    onboardingOneTime: PRICES.onboarding,
    archivedLargeInputV1: PRICES.largeInputV1,
    archivedLegacyCalls: PRICES.legacyCalls,
    jpyLargeInput: PRICES.largeInputJpy,
    inlineSupport: PRICES.inlineSupport,
  },
  customers: {
    fathom: ids.customer('fathom'),
    granite: ids.customer('granite'),
    kestrel: ids.customer('kestrel'),
    lattice: ids.customer('lattice'),
    nimbus: ids.customer('nimbus'),
    sable: ids.customer('sable'),
    kumo: ids.customer('kumo'),
    evergreen: ids.customer('evergreen'),
    cinder: ids.customer('cinder'),
  },
  subscriptions: {
    graniteInline: ids.subscription('granite'),
    kestrelScheduled: ids.subscription('kestrel'),
    sableArchivedPrice: ids.subscription('sable'),
    driftwoodDiscounted: ids.subscription('driftwood'),
    vantageCanceled: ids.subscription('vantage'),
    kumoJpy: ids.subscription('kumo'),
  },
  schedules: { kestrel: ids.schedule('kestrel-2027-renewal'), zephyr: ids.schedule('zephyr-team-upgrade') },
  creditGrants: Object.fromEntries(GRANTS.map((g) => [g.key, ids.grant(g.key)])) as Record<string, string>,
  promotionCodes: { launch: ids.promo('LUMEN25'), builders: ids.promo('BUILDERS100') },
} as const

export function demoAccount(): EmulatedAccount {
  const account = new EmulatedAccount({
    id: DEMO_ACCOUNT_ID,
    keys: { secret: DEMO_SECRET_KEY, restricted: DEMO_RESTRICTED_KEY },
    account: makeAccountObject({
      id: DEMO_ACCOUNT_ID,
      created: ts('2025-01-15T18:00:00Z'),
      businessName: 'Lumen AI',
      email: 'finance@lumen-ai.dev',
      supportEmail: 'support@lumen-ai.dev',
      url: 'https://lumen-ai.dev',
    }),
    usage: {
      seed: SEED,
      // Hourly peak for a typical customer; customer size then spreads this ~5%–400%.
      meterScale: {
        [METERS.inputTokens]: 1_200_000,
        [METERS.outputTokens]: 300_000,
        [METERS.images]: 60,
        [METERS.storage]: 150,
        [METERS.embeddings]: 8_000,
        [METERS.legacyCalls]: 0,
      },
    },
  })
  addCatalogue(account)
  const customers = addCustomersAndSubscriptions(account)
  addSchedules(account, customers)
  addCreditGrants(account, customers)
  addCoupons(account, customers)
  return account
}

export interface DemoAccountSummary {
  meters: number
  activeMeters: number
  products: number
  prices: number
  activePrices: number
  archivedPrices: number
  inlinePrices: number
  customers: number
  subscriptions: number
  subscriptionsByStatus: Record<string, number>
  subscriptionSchedules: number
  creditGrants: number
  coupons: number
  promotionCodes: number
}

export function summarizeAccount(account: EmulatedAccount): DemoAccountSummary {
  const byStatus: Record<string, number> = {}
  for (const sub of account.subscriptions.sorted()) byStatus[sub.status] = (byStatus[sub.status] ?? 0) + 1
  const prices = account.prices.sorted()
  return {
    meters: account.meters.size,
    activeMeters: account.meters.sorted().filter((m) => m.status === 'active').length,
    products: account.products.size,
    prices: prices.length,
    activePrices: prices.filter((p) => p.active).length,
    archivedPrices: prices.filter((p) => !p.active).length,
    inlinePrices: account.inlinePrices.size,
    customers: account.customers.size,
    subscriptions: account.subscriptions.size,
    subscriptionsByStatus: byStatus,
    subscriptionSchedules: account.subscriptionSchedules.size,
    creditGrants: account.creditGrants.size,
    coupons: account.coupons.size,
    promotionCodes: account.promotionCodes.size,
  }
}

/** Counts per type of the demo account. */
export function demoAccountSummary(): DemoAccountSummary {
  return summarizeAccount(demoAccount())
}
