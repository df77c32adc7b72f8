import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { stableUnitId, USD_CENTS_ID } from './server'
import { createUsageMetric, createUsageProduct, expectApiError, startTestEmulator, type TestEmulator } from './test-helpers'

const CREDITS = stableUnitId('custom:Credits')
const EUR = stableUnitId('fiat:EUR')
const JAN = '2025-01-01T00:00:00.000Z'
const FEB = '2025-02-01T00:00:00.000Z'
const MAR = '2025-03-01T00:00:00.000Z'

let t: TestEmulator
let productId: string
let cardId: string

beforeAll(async () => {
  t = await startTestEmulator()
})
afterAll(() => t.emu.close())
beforeEach(async () => {
  t.emu.reset()
  productId = await createUsageProduct(t.client, await createUsageMetric(t.client), { pricing_group_key: ['region'] })
  cardId = (await t.client.v1.contracts.rateCards.create({ name: 'Pay as you go' })).data.id
})

const rates = () => t.client.v1.contracts.rateCards.rates

describe('rate cards', () => {
  it('defaults to USD cents, lists with an empty body, and refuses an unknown fiat', async () => {
    const card = await t.client.v1.contracts.rateCards.retrieve({ id: cardId })
    expect(card.data.fiat_credit_type).toEqual({ id: USD_CENTS_ID, name: 'USD (cents)' })
    const listed = []
    for await (const c of t.client.v1.contracts.rateCards.list()) listed.push(c.id)
    expect(listed).toEqual([cardId])
    await expectApiError(
      t.client.v1.contracts.rateCards.create({ name: 'Yen', fiat_credit_type_id: '00000000-0000-4000-8000-000000000000' }),
      400,
      'credit type not found',
    )
    await expectApiError(t.client.v1.contracts.rateCards.create({ name: 'Credits', fiat_credit_type_id: CREDITS }), 400, 'must be a fiat currency')
  })

  it('adds rates in bulk and reads the ones in effect at a time', async () => {
    await rates().addMany({
      rate_card_id: cardId,
      rates: [
        { product_id: productId, entitled: true, rate_type: 'FLAT', price: 10, starting_at: JAN, ending_before: FEB, pricing_group_values: { region: 'eu' } },
        { product_id: productId, entitled: true, rate_type: 'FLAT', price: 12, starting_at: FEB, pricing_group_values: { region: 'eu' } },
        { product_id: productId, entitled: true, rate_type: 'TIERED', tiers: [{ price: 5, size: 100 }, { price: 4 }], starting_at: JAN, pricing_group_values: { region: 'us' } },
      ],
    })
    const at = async (when: string, selectors?: Array<{ pricing_group_values: Record<string, string> }>) => {
      const out = []
      for await (const r of rates().list({ rate_card_id: cardId, at: when, ...(selectors ? { selectors } : {}) })) out.push(r)
      return out
    }
    const jan = await at('2025-01-15T00:00:00Z')
    expect(jan.map((r) => [r.pricing_group_values?.region, r.rate.price ?? r.rate.tiers?.length])).toEqual([['eu', 10], ['us', 2]])
    expect(jan[0]?.rate.credit_type).toEqual({ id: USD_CENTS_ID, name: 'USD (cents)' })
    expect(jan[0]).toMatchObject({ product_id: productId, product_name: 'API calls', entitled: true })
    const febEu = await at('2025-02-15T00:00:00Z', [{ pricing_group_values: { region: 'eu' } }])
    expect(febEu.map((r) => r.rate.price)).toEqual([12])

    const schedule = await t.client.v1.contracts.rateCards.retrieveRateSchedule({ rate_card_id: cardId, starting_at: JAN, ending_before: MAR })
    expect(schedule.data).toHaveLength(3)
    expect(schedule.next_page).toBeNull()
    const paged = await t.client.v1.contracts.rateCards.retrieveRateSchedule({ rate_card_id: cardId, starting_at: JAN, limit: 2 })
    expect(paged.data).toHaveLength(2)
    expect(paged.next_page).toBeTruthy()
  })

  it('returns the rate from addRate', async () => {
    const res = await rates().add({ rate_card_id: cardId, product_id: productId, entitled: true, rate_type: 'FLAT', price: 3, starting_at: JAN, pricing_group_values: { region: 'eu' } })
    expect(res.data).toMatchObject({ rate_type: 'FLAT', price: 3, credit_type: { id: USD_CENTS_ID }, pricing_group_values: { region: 'eu' } })
  })

  it('refuses a change of pricing unit for a product', async () => {
    await t.client.v1.contracts.rateCards.update({ rate_card_id: cardId, add_credit_type_conversions: [{ custom_credit_type_id: CREDITS, fiat_per_custom_credit: 100 }] })
    await rates().add({ rate_card_id: cardId, product_id: productId, entitled: true, rate_type: 'FLAT', price: 3, starting_at: JAN })
    await expectApiError(
      rates().add({ rate_card_id: cardId, product_id: productId, entitled: true, rate_type: 'FLAT', price: 1, starting_at: FEB, credit_type_id: CREDITS }),
      400,
      'cannot change the pricing unit',
    )
  })

  it('refuses rates on FIXED products', async () => {
    const fixed = (await t.client.v1.contracts.products.create({ name: 'Onboarding', type: 'FIXED' })).data.id
    await expectApiError(
      rates().addMany({ rate_card_id: cardId, rates: [{ product_id: fixed, entitled: true, rate_type: 'FLAT', price: 1, starting_at: JAN }] }),
      400,
      'rates[0]: rates cannot be added for FIXED products',
    )
  })

  it('enforces the other rate rules, all-or-nothing for addRates', async () => {
    const base = { product_id: productId, entitled: true, starting_at: JAN } as const
    const add = (rate: Record<string, unknown>) => rates().add({ rate_card_id: cardId, ...base, ...rate } as never)
    await expectApiError(add({ rate_type: 'FLAT', price: 1, credit_type_id: CREDITS }), 400, 'without a credit_type_conversions entry')
    await expectApiError(add({ rate_type: 'TIERED' }), 400, 'tiers are required')
    await expectApiError(add({ rate_type: 'FLAT', price: 1, tiers: [{ price: 1 }] }), 400, 'tiers are only allowed')
    await expectApiError(add({ rate_type: 'FLAT', price: 1, pricing_group_values: { zone: 'a' } }), 400, "pricing_group_values key 'zone'")
    await expectApiError(add({ rate_type: 'FLAT', price: 1, ending_before: JAN }), 400, 'ending_before must be after starting_at')
    await expectApiError(add({ rate_type: 'FLAT', price: 1, credit_type_id: EUR }), 400, "not this rate card's fiat currency")
    await expectApiError(add({ rate_type: 'FLAT', price: 1, entitled: undefined }), 400, "must have required property 'entitled'")

    const seats = (await t.client.v1.contracts.products.create({ name: 'Seats', type: 'SUBSCRIPTION' })).data.id
    await expectApiError(add({ product_id: seats, rate_type: 'FLAT', price: 1 }), 400, 'billing_frequency is required')

    await t.client.v1.contracts.products.archive({ product_id: seats })
    await expectApiError(add({ product_id: seats, rate_type: 'FLAT', price: 1, billing_frequency: 'MONTHLY' }), 400, 'archived')

    await expectApiError(
      rates().addMany({
        rate_card_id: cardId,
        rates: [
          { ...base, rate_type: 'FLAT', price: 1 },
          { ...base, rate_type: 'TIERED' },
        ],
      }),
      400,
      'rates[1]: tiers are required',
    )
    expect(t.emu.state().rates).toHaveLength(0)
  })

  it('lets update add conversions but never change fiat or existing conversions', async () => {
    const u = t.client.v1.contracts.rateCards
    await u.update({ rate_card_id: cardId, name: 'PAYG', add_credit_type_conversions: [{ custom_credit_type_id: CREDITS, fiat_per_custom_credit: 50 }] })
    const card = (await u.retrieve({ id: cardId })).data
    expect(card.name).toBe('PAYG')
    expect(card.credit_type_conversions).toEqual([{ custom_credit_type: { id: CREDITS, name: 'Credits' }, fiat_per_custom_credit: '50' }])
    await expectApiError(
      u.update({ rate_card_id: cardId, add_credit_type_conversions: [{ custom_credit_type_id: CREDITS, fiat_per_custom_credit: 60 }] }),
      400,
      'existing conversions cannot be modified',
    )
    await expectApiError(u.update({ rate_card_id: cardId, fiat_credit_type_id: EUR } as never), 400, 'fiat_credit_type_id cannot be changed')
  })

  it('orders products for invoices', async () => {
    const second = await createUsageProduct(t.client, await createUsageMetric(t.client, 'Storage'))
    await rates().addMany({
      rate_card_id: cardId,
      rates: [
        { product_id: productId, entitled: true, rate_type: 'FLAT', price: 1, starting_at: JAN },
        { product_id: second, entitled: true, rate_type: 'FLAT', price: 2, starting_at: JAN },
      ],
    })
    await t.client.v1.contracts.rateCards.productOrders.set({ rate_card_id: cardId, product_order: [second, productId] })
    const order = (await rates().list({ rate_card_id: cardId, at: JAN })).data.map((r) => r.product_id)
    expect(order).toEqual([second, productId])
    await t.client.v1.contracts.rateCards.productOrders.update({ rate_card_id: cardId, product_moves: [{ product_id: productId, position: 0 }] })
    expect((await rates().list({ rate_card_id: cardId, at: JAN })).data.map((r) => r.product_id)).toEqual([productId, second])
  })
})
