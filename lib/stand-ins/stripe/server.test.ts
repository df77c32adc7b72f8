/** The emulator against the real stripe SDK, on the demo account. */
import Stripe from 'stripe'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEMO_IDS, demoAccountSummary } from './demo-account'
import { startStripeEmulator, type StripeEmulatorHandle } from './server'
import { rawGet, sdk } from './test-helpers'

let emulator: StripeEmulatorHandle
let stripe: Stripe
const summary = demoAccountSummary()

beforeAll(async () => {
  emulator = await startStripeEmulator({ port: 0 })
  stripe = sdk(emulator)
})
afterAll(() => emulator.close())

describe('prices', () => {
  it('auto-paginates exactly the active prices, without duplicates', async () => {
    const prices = await stripe.prices.list({ limit: 3 }).autoPagingToArray({ limit: 1000 })
    expect(prices).toHaveLength(summary.activePrices)
    expect(new Set(prices.map((p) => p.id)).size).toBe(prices.length)
    expect(prices.every((p) => p.active)).toBe(true)
    // Newest first.
    const created = prices.map((p) => p.created)
    expect([...created].sort((a, b) => b - a)).toEqual(created)
  })

  it('lists archived prices only with active=false', async () => {
    const archived = await stripe.prices.list({ active: false, limit: 100 })
    expect(archived.data.map((p) => p.id).sort()).toEqual(
      [DEMO_IDS.prices.archivedLargeInputV1, DEMO_IDS.prices.archivedLegacyCalls].sort(),
    )
    expect(archived.has_more).toBe(false)
  })

  it('omits tiers and currency_options unless expanded', async () => {
    const plain = await stripe.prices.list({ limit: 100 })
    for (const price of plain.data) {
      expect(price).not.toHaveProperty('tiers')
      expect(price).not.toHaveProperty('currency_options')
    }
    const expanded = await stripe.prices.list({ limit: 100, expand: ['data.tiers', 'data.currency_options', 'data.product'] })
    const images = expanded.data.find((p) => p.id === DEMO_IDS.prices.imagesGraduated)
    expect(images?.tiers_mode).toBe('graduated')
    expect(images?.tiers).toHaveLength(3)
    const firstTier = images?.tiers?.[0]
    expect(Stripe.Decimal.from('4').eq(firstTier?.unit_amount_decimal as Stripe.Decimal)).toBe(true)
    expect(firstTier?.flat_amount).toBe(500)
    expect(images?.tiers?.[2]?.up_to).toBeNull()
    expect(Object.keys(images?.currency_options ?? {}).sort()).toEqual(['eur', 'usd'])
    expect((images?.product as Stripe.Product).object).toBe('product')

    const large = expanded.data.find((p) => p.id === DEMO_IDS.prices.lumenLargeInput)
    expect(large?.unit_amount).toBeNull()
    expect(large?.unit_amount_decimal?.toString()).toBe('0.00025')
    expect(large?.recurring?.meter).toBe(DEMO_IDS.meters.inputTokens)
    expect(large?.metadata.model).toBe('lumen-large')
    // Currency-option decimals may stay strings in stripe@23.1.0; accept both.
    expect(String(large?.currency_options?.eur?.unit_amount_decimal)).toBe('0.00023')
  })

  it('expands tiers on retrieve, and retrieves inline and archived prices', async () => {
    const storage = await stripe.prices.retrieve(DEMO_IDS.prices.storageVolume, { expand: ['tiers'] })
    expect(storage.tiers_mode).toBe('volume')
    expect(storage.tiers?.[2]?.unit_amount_decimal?.toString()).toBe('12.5')
    expect(storage.tiers?.[2]?.unit_amount).toBeNull()

    const inline = await stripe.prices.retrieve(DEMO_IDS.prices.inlineSupport)
    expect(inline.unit_amount).toBe(200000)
    const listed = await stripe.prices.list({ limit: 100 }).autoPagingToArray({ limit: 1000 })
    const archived = await stripe.prices.list({ limit: 100, active: false }).autoPagingToArray({ limit: 1000 })
    expect([...listed, ...archived].some((p) => p.id === DEMO_IDS.prices.inlineSupport)).toBe(false)

    const v1 = await stripe.prices.retrieve(DEMO_IDS.prices.archivedLargeInputV1)
    expect(v1.active).toBe(false)
  })

  it('filters by product, type, recurring usage type and lookup keys', async () => {
    const byProduct = await stripe.prices.list({ product: DEMO_IDS.products.platform, limit: 10 })
    expect(byProduct.data.map((p) => p.unit_amount).sort()).toEqual([50000, 75000])
    const metered = await stripe.prices.list({ recurring: { usage_type: 'metered' }, limit: 100 })
    expect(metered.data.every((p) => p.recurring?.usage_type === 'metered')).toBe(true)
    const oneTime = await stripe.prices.list({ type: 'one_time' })
    expect(oneTime.data.map((p) => p.id)).toEqual([DEMO_IDS.prices.onboardingOneTime])
    const byKey = await stripe.prices.list({ lookup_keys: ['team-seat-monthly', 'platform-fee-scale'] })
    expect(byKey.data.map((p) => p.id).sort()).toEqual([DEMO_IDS.prices.seat, DEMO_IDS.prices.platformFee].sort())
    const jpy = await stripe.prices.list({ currency: 'jpy' })
    expect(jpy.data.map((p) => p.id)).toEqual([DEMO_IDS.prices.jpyLargeInput])
  })

  it('pages backwards with ending_before', async () => {
    const all = (await stripe.prices.list({ limit: 100 })).data
    const page = await stripe.prices.list({ limit: 3, ending_before: all[5]?.id })
    expect(page.data.map((p) => p.id)).toEqual(all.slice(2, 5).map((p) => p.id))
    expect(page.has_more).toBe(true)
  })
})

describe('list parameters and errors', () => {
  it('rejects limit outside 1..100', async () => {
    await expect(stripe.prices.list({ limit: 101 })).rejects.toMatchObject({
      type: 'StripeInvalidRequestError',
      param: 'limit',
    })
    await expect(stripe.customers.list({ limit: 0 })).rejects.toBeInstanceOf(Stripe.errors.StripeInvalidRequestError)
  })

  it('rejects an unknown cursor like Stripe', async () => {
    await expect(stripe.prices.list({ starting_after: 'price_doesnotexist' })).rejects.toMatchObject({
      type: 'StripeInvalidRequestError',
      statusCode: 400,
      message: "No such price: 'price_doesnotexist'",
      param: 'starting_after',
    })
  })

  it('404s on unknown ids and unknown URLs, with a request-id header', async () => {
    await expect(stripe.customers.retrieve('cus_nope')).rejects.toMatchObject({ statusCode: 404, code: 'resource_missing' })
    const res = await rawGet(emulator, '/v1/nothing_here')
    expect(res.status).toBe(404)
    expect(res.body.error).toMatchObject({
      type: 'invalid_request_error',
      message: expect.stringContaining('Unrecognized request URL (GET: /v1/nothing_here)'),
    })
    expect(res.headers.get('request-id')).toMatch(/^req_/)
  })

  it('rejects unknown params and unexpandable paths', async () => {
    const unknown = await rawGet(emulator, '/v1/prices?colour=blue')
    expect(unknown.status).toBe(400)
    expect(unknown.body.error.param).toBe('colour')
    await expect(stripe.prices.list({ expand: ['data.nonsense'] })).rejects.toMatchObject({ statusCode: 400 })
  })

  it('parses bracket encoding for nested params', async () => {
    const res = await rawGet(emulator, '/v1/prices?recurring[usage_type]=licensed&expand[0]=data.product&limit=100')
    expect(res.status).toBe(200)
    expect(res.body.data.length).toBeGreaterThan(0)
    expect(res.body.data.every((p: Stripe.Price) => p.recurring?.usage_type === 'licensed')).toBe(true)
    expect(res.body.data[0].product.object).toBe('product')
  })
})

describe('auth', () => {
  it('rejects a bad key with Stripe wording', async () => {
    const bad = sdk(emulator, 'sk_test_wrongkey1234')
    await expect(bad.prices.list()).rejects.toMatchObject({
      type: 'StripeAuthenticationError',
      statusCode: 401,
      message: 'Invalid API Key provided: sk_test_****1234',
    })
  })

  it('accepts basic auth and the restricted read-only key', async () => {
    const basic = await rawGet(emulator, '/v1/account', {
      Authorization: `Basic ${Buffer.from('sk_test_demo:').toString('base64')}`,
    })
    expect(basic.body).toMatchObject({ id: 'acct_1RatecraftDemo01', object: 'account', default_currency: 'usd' })
    const restricted = sdk(emulator, 'rk_test_demo')
    expect((await restricted.billing.meters.list({ limit: 100 })).data).toHaveLength(summary.meters)
  })

  it('treats revoked keys as expired', async () => {
    const emu = await startStripeEmulator({ port: 0 })
    try {
      emu.revokeKey('rk_test_demo')
      await expect(sdk(emu, 'rk_test_demo').customers.list()).rejects.toMatchObject({
        type: 'StripeAuthenticationError',
        message: 'Expired API Key provided: rk_test_****demo',
      })
      const missing = await rawGet(emu, '/v1/customers', {})
      expect(missing.status).toBe(401)
      expect(missing.body.error.type).toBe('authentication_error')
    } finally {
      await emu.close()
    }
  })
})

describe('subscriptions', () => {
  it('excludes canceled subscriptions unless status=all', async () => {
    const open = await stripe.subscriptions.list({ limit: 100 })
    const all = await stripe.subscriptions.list({ limit: 100, status: 'all' })
    const canceled = await stripe.subscriptions.list({ limit: 100, status: 'canceled' })
    expect(all.data).toHaveLength(summary.subscriptions)
    expect(canceled.data).toHaveLength(summary.subscriptionsByStatus.canceled ?? 0)
    expect(open.data).toHaveLength(all.data.length - canceled.data.length)
    expect(open.data.some((s) => s.status === 'canceled')).toBe(false)
  })

  it('embeds items with full prices and per-item periods; expands nested tiers', async () => {
    const subs = await stripe.subscriptions.list({
      limit: 100,
      customer: DEMO_IDS.customers.granite,
      expand: ['data.items.data.price.tiers'],
    })
    const sub = subs.data[0]
    expect(sub?.items.data.length).toBeGreaterThan(10)
    const images = sub?.items.data.find((i) => i.price.id === DEMO_IDS.prices.imagesGraduated)
    expect(images?.price.tiers).toHaveLength(3)
    expect(images?.quantity).toBeUndefined()
    expect(images?.current_period_end).toBeGreaterThan(images?.current_period_start ?? Infinity)
    const inline = sub?.items.data.find((i) => i.price.id === DEMO_IDS.prices.inlineSupport)
    expect(inline?.quantity).toBe(1)
    const platform = sub?.items.data.find((i) => i.price.id === DEMO_IDS.prices.platformFee)
    expect(platform?.plan.amount).toBe(50000)

    const items = await stripe.subscriptionItems.list({ subscription: DEMO_IDS.subscriptions.sableArchivedPrice })
    expect(items.data.map((i) => i.price.id)).toContain(DEMO_IDS.prices.archivedLargeInputV1)
  })

  it('serves schedules with two phases and discounts', async () => {
    const schedule = await stripe.subscriptionSchedules.retrieve(DEMO_IDS.schedules.kestrel, {
      expand: ['phases.items.price'],
    })
    expect(schedule.phases).toHaveLength(2)
    const prices = schedule.phases.map((phase) => (phase.items[0]?.price as Stripe.Price).unit_amount)
    expect(prices).toEqual([50000, 75000])
    const sub = await stripe.subscriptions.retrieve(DEMO_IDS.subscriptions.driftwoodDiscounted, { expand: ['discounts'] })
    expect((sub.discounts[0] as Stripe.Discount).source.coupon).toBe('LAUNCH25')
  })
})

describe('billing', () => {
  it('requires customer, start_time and end_time for event summaries', async () => {
    const meter = DEMO_IDS.meters.inputTokens
    await expect(
      stripe.billing.meters.listEventSummaries(meter, { start_time: 1_761_955_200, end_time: 1_762_041_600 } as never),
    ).rejects.toMatchObject({ statusCode: 400, param: 'customer' })
    await expect(
      stripe.billing.meters.listEventSummaries(meter, {
        customer: DEMO_IDS.customers.fathom,
        start_time: 1_761_955_230,
        end_time: 1_762_041_600,
      }),
    ).rejects.toMatchObject({ statusCode: 400, param: 'start_time' })
  })

  it('generates deterministic, consistent usage per customer and meter', async () => {
    const params = { customer: DEMO_IDS.customers.fathom, start_time: 1_761_955_200, end_time: 1_762_041_600 }
    const meter = DEMO_IDS.meters.inputTokens
    const hours = await stripe.billing.meters
      .listEventSummaries(meter, { ...params, value_grouping_window: 'hour', limit: 100 })
      .autoPagingToArray({ limit: 100 })
    expect(hours).toHaveLength(24)
    expect(hours[0]?.start_time).toBe(params.end_time - 3600)
    const total = await stripe.billing.meters.listEventSummaries(meter, params)
    expect(total.data).toHaveLength(1)
    expect(total.data[0]?.aggregated_value).toBe(hours.reduce((sum, h) => sum + h.aggregated_value, 0))
    expect(total.data[0]?.aggregated_value).toBeGreaterThan(0)
    const again = await stripe.billing.meters.listEventSummaries(meter, params)
    expect(again.data[0]?.aggregated_value).toBe(total.data[0]?.aggregated_value)

    // Kumo only has the JPY input-token price: no image usage.
    const none = await stripe.billing.meters.listEventSummaries(DEMO_IDS.meters.images, {
      ...params,
      customer: DEMO_IDS.customers.kumo,
    })
    expect(none.data).toEqual([])
  })

  it('returns credit balance summaries per grant and per scope', async () => {
    const grants = await stripe.billing.creditGrants.list({ customer: DEMO_IDS.customers.fathom })
    expect(grants.data).toHaveLength(2)
    const grantId = DEMO_IDS.creditGrants['fathom-prepaid'] ?? ''
    const byGrant = await stripe.billing.creditBalanceSummaries.retrieve({
      customer: DEMO_IDS.customers.fathom,
      filter: { type: 'credit_grant', credit_grant: grantId },
    })
    expect(byGrant.balances).toEqual([
      {
        available_balance: { type: 'monetary', monetary: { currency: 'usd', value: 312_450 } },
        ledger_balance: { type: 'monetary', monetary: { currency: 'usd', value: 312_450 } },
      },
    ])
    const byScope = await stripe.billing.creditBalanceSummaries.retrieve({
      customer: DEMO_IDS.customers.fathom,
      filter: { type: 'applicability_scope', applicability_scope: { price_type: 'metered' } },
    })
    expect(byScope.balances[0]?.available_balance.monetary?.value).toBe(312_450 + 12_300)
    const scopedToPrices = await stripe.billing.creditBalanceSummaries.retrieve({
      customer: DEMO_IDS.customers.lattice,
      filter: { type: 'applicability_scope', applicability_scope: { prices: [{ id: DEMO_IDS.prices.lumenSmallInput }] } },
    })
    expect(scopedToPrices.balances[0]?.available_balance.monetary?.value).toBe(64_000)
    await expect(
      stripe.billing.creditBalanceSummaries.retrieve({ customer: DEMO_IDS.customers.fathom } as never),
    ).rejects.toMatchObject({ statusCode: 400, param: 'filter' })
  })

  it('lists meters with the preview dimension keys and status filter', async () => {
    const meters = await stripe.billing.meters.list({ limit: 100 })
    const input = meters.data.find((m) => m.id === DEMO_IDS.meters.inputTokens) as Stripe.Billing.Meter & {
      dimension_payload_keys?: string[]
    }
    expect(input.dimension_payload_keys).toEqual(['model'])
    expect(input.value_settings.event_payload_key).toBe('tokens')
    const inactive = await stripe.billing.meters.list({ status: 'inactive' })
    expect(inactive.data.map((m) => m.id)).toEqual([DEMO_IDS.meters.legacyCalls])
  })

  it('serves coupons and promotion codes', async () => {
    const coupons = await stripe.coupons.list()
    expect(coupons.data.map((c) => c.id).sort()).toEqual(['EDU15', 'LAUNCH25', 'STARTUP100'])
    const promo = await stripe.promotionCodes.retrieve(DEMO_IDS.promotionCodes.launch, { expand: ['promotion.coupon'] })
    expect((promo.promotion.coupon as Stripe.Coupon).percent_off).toBe(25)
  })
})
