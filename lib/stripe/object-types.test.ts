import { describe, expect, it } from 'vitest'
import { embeddedObjects, embeddedPrices, linksOf, typedColumns } from './object-types'

describe('typed columns, references and embedded objects', () => {
  it('extracts the columns the browser filters on', () => {
    const price = { id: 'price_1', object: 'price', active: false, currency: 'eur', nickname: 'Input tokens', lookup_key: 'in-v2', product: { id: 'prod_1', name: 'X' }, recurring: { usage_type: 'metered', meter: 'mtr_1' }, livemode: true, created: 1_700_000_000 }
    expect(typedColumns('price', price)).toMatchObject({ name: 'Input tokens', active: false, currency: 'eur', productId: 'prod_1', meterId: 'mtr_1', subtype: 'metered', livemode: true, stripeCreated: new Date(1_700_000_000_000) })
    expect(typedColumns('price', price).search).toBe('price_1 input tokens in-v2')
    expect(typedColumns('subscription', { id: 'sub_1', status: 'canceled', customer: 'cus_1' })).toMatchObject({ active: false, status: 'canceled', customerId: 'cus_1' })
    expect(typedColumns('credit_grant', { id: 'g', amount: { monetary: { currency: 'usd', value: 5 } }, voided_at: 17 })).toMatchObject({ currency: 'usd', active: false })
  })

  it('never throws on shapes it does not know', () => {
    for (const o of [{}, { id: 1 }, { id: 'x', recurring: 'weird', items: 'no', phases: [null, 3, { items: 'x' }], discounts: {}, created: 'yesterday', amount: [] }]) {
      for (const type of ['price', 'subscription', 'subscription_schedule', 'customer', 'credit_grant', 'discount', 'promotion_code', 'account', 'brand_new_type']) {
        expect(() => typedColumns(type, o as Record<string, unknown>)).not.toThrow()
        expect(() => linksOf(type, o as Record<string, unknown>)).not.toThrow()
        expect(() => embeddedObjects(type, o as Record<string, unknown>)).not.toThrow()
        expect(() => embeddedPrices(type, o as Record<string, unknown>)).not.toThrow()
      }
    }
  })

  it('follows subscriptions to their prices and discounts, schedules to their phases, grants to their scope', () => {
    const sub = {
      id: 'sub_1',
      schedule: 'sub_sched_1',
      discounts: [{ id: 'di_1', object: 'discount' }, 'di_2'],
      items: { object: 'list', data: [{ price: { id: 'price_a', billing_scheme: 'per_unit' }, discounts: [] }, { price: { id: 'price_a' } }, { price: { id: 'price_t', billing_scheme: 'tiered' } }] },
    }
    expect(linksOf('subscription', sub)).toEqual([
      { toType: 'price', toId: 'price_a', role: 'item' },
      { toType: 'price', toId: 'price_t', role: 'item' },
      { toType: 'discount', toId: 'di_1', role: 'discount' },
      { toType: 'discount', toId: 'di_2', role: 'discount' },
      { toType: 'subscription_schedule', toId: 'sub_sched_1', role: 'schedule' },
    ])
    expect(embeddedObjects('subscription', sub)).toEqual([{ type: 'discount', raw: { id: 'di_1', object: 'discount' } }])
    // A tiered price arrives without its tiers unless expanded: it is not taken from the subscription.
    expect(embeddedPrices('subscription', sub).map((p) => p.id)).toEqual(['price_a', 'price_a'])
    expect(linksOf('subscription_schedule', { phases: [{ items: [{ price: 'price_b' }] }, { items: [{ price: { id: 'price_c' } }] }], subscription: 'sub_1' })).toEqual([
      { toType: 'price', toId: 'price_b', role: 'phase' },
      { toType: 'price', toId: 'price_c', role: 'phase' },
      { toType: 'subscription', toId: 'sub_1', role: 'subscription' },
    ])
    expect(linksOf('credit_grant', { applicability_config: { scope: { prices: [{ id: 'price_d' }, { id: null }] } } })).toEqual([{ toType: 'price', toId: 'price_d', role: 'scope' }])
  })
})
