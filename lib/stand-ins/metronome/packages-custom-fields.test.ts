import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { expectApiError, startTestEmulator, type TestEmulator } from './test-helpers'

const JAN = '2025-01-01T00:00:00.000Z'

let t: TestEmulator
let cardId: string
let seatsId: string

beforeAll(async () => {
  t = await startTestEmulator()
})
afterAll(() => t.emu.close())
beforeEach(async () => {
  t.emu.reset()
  seatsId = (await t.client.v1.contracts.products.create({ name: 'Seats', type: 'SUBSCRIPTION' })).data.id
  cardId = (await t.client.v1.contracts.rateCards.create({ name: 'Standard', aliases: [{ name: 'standard' }] })).data.id
  await t.client.v1.contracts.rateCards.rates.add({
    rate_card_id: cardId, product_id: seatsId, entitled: true, rate_type: 'FLAT', price: 2000, billing_frequency: 'MONTHLY', starting_at: JAN,
  })
})

const subscription = (billing_frequency: 'MONTHLY' | 'ANNUAL') => ({
  subscription_rate: { product_id: seatsId, billing_frequency },
  collection_schedule: 'ADVANCE' as const,
  proration: { is_prorated: true },
})

describe('packages', () => {
  it('creates, retrieves, lists and archives; uniqueness_key reuse is a 409', async () => {
    const p = t.client.v1.packages
    const { data } = await p.create({ name: 'Starter', rate_card_alias: 'standard', uniqueness_key: 'starter-v1', subscriptions: [subscription('MONTHLY')] })
    const got = (await p.retrieve({ package_id: data.id })).data
    expect(got).toMatchObject({ id: data.id, name: 'Starter', rate_card_id: cardId, commits: [], overrides: [] })
    expect(got.subscriptions?.[0]?.subscription_rate.product).toEqual({ id: seatsId, name: 'Seats' })

    await expectApiError(p.create({ name: 'Starter again', rate_card_id: cardId, uniqueness_key: 'starter-v1' }), 409, 'This uniqueness key has already been used.')

    await p.archive({ package_id: data.id })
    expect((await p.list()).data).toHaveLength(0)
    expect((await p.list({ archive_filter: 'ARCHIVED' })).data.map((x) => x.id)).toEqual([data.id])
    expect((await p.listContractsOnPackage({ package_id: data.id })).data).toEqual([])
  })

  it('refuses a subscription that matches no rate on the card, and a missing rate card', async () => {
    await expectApiError(
      t.client.v1.packages.create({ name: 'Annual', rate_card_id: cardId, subscriptions: [subscription('ANNUAL')] }),
      400,
      'must match a rate on the rate card',
    )
    await expectApiError(t.client.v1.packages.create({ name: 'Nothing' }), 400, 'rate_card_id or rate_card_alias is required')
    await expectApiError(t.client.v1.packages.create({ name: 'Ghost', rate_card_id: '00000000-0000-4000-8000-000000000000' }), 404)
  })
})

describe('custom fields', () => {
  it('requires keys before values and enforces uniqueness', async () => {
    const cf = t.client.v1.customFields
    await expectApiError(
      t.client.v1.contracts.products.create({ name: 'Fee', type: 'FIXED', custom_fields: { catalog_ref: 'fee' } }),
      400,
      "Custom field key 'catalog_ref' is not defined",
    )
    await cf.addKey({ entity: 'contract_product', key: 'catalog_ref', enforce_uniqueness: true })
    const keys = []
    for await (const k of cf.listKeys({ entities: ['contract_product'] })) keys.push(k)
    expect(keys).toEqual([{ entity: 'contract_product', key: 'catalog_ref', enforce_uniqueness: true }])

    const fee = (await t.client.v1.contracts.products.create({ name: 'Fee', type: 'FIXED', custom_fields: { catalog_ref: 'fee' } })).data.id
    await expectApiError(
      t.client.v1.contracts.products.create({ name: 'Fee 2', type: 'FIXED', custom_fields: { catalog_ref: 'fee' } }),
      409,
      'enforces uniqueness',
    )
    await cf.setValues({ entity: 'contract_product', entity_id: seatsId, custom_fields: { catalog_ref: 'seats' } })
    expect((await t.client.v1.contracts.products.retrieve({ id: seatsId })).data.custom_fields).toEqual({ catalog_ref: 'seats' })
    await cf.deleteValues({ entity: 'contract_product', entity_id: fee, keys: ['catalog_ref'] })
    expect((await t.client.v1.contracts.products.retrieve({ id: fee })).data.custom_fields).toEqual({})
    await cf.removeKey({ entity: 'contract_product', key: 'catalog_ref' })
    expect((await t.client.v1.contracts.products.retrieve({ id: seatsId })).data.custom_fields).toEqual({})
  })
})
