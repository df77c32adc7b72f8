import { describe, expect, test } from 'vitest'
import * as b from '../__fixtures__/stripe/build'
import { parseStripeSnapshot, type StripeSnapshot } from './snapshot'

const snap = (over: Partial<StripeSnapshot>): StripeSnapshot => ({ account: b.ACCOUNT, ...over })

describe('parseStripeSnapshot', () => {
  test('keeps unknown fields and normalises decimals, expandable ids and item lists', () => {
    const price = b.price({ id: 'price_1', unit_amount_decimal: '0.002500', future_field: { x: 1 } })
    const sub = b.subscription({ id: 'sub_1', customer: { id: 'cus_1', object: 'customer' } }, [{ price }])
    const parsed = parseStripeSnapshot(snap({ prices: [price], subscriptions: [sub] }))
    expect(parsed.rejected).toEqual([])
    expect(parsed.prices[0]).toMatchObject({ unit_amount_decimal: '0.0025', future_field: { x: 1 } })
    expect(parsed.subscriptions[0]?.customer).toBe('cus_1')
    expect(parsed.subscriptions[0]?.items[0]).toMatchObject({ priceId: 'price_1' })
  })

  test.each([
    ['a price whose currency is a number', { prices: [{ id: 'price_bad', object: 'price', currency: 5, product: 'prod_1' }] }, 'price', 'price_bad', /currency/],
    ['an object of another type in a collection', { meters: [{ id: 'plan_1', object: 'plan' }] }, 'meter', 'plan_1', /expected object "billing.meter"/],
    ['a meter without event name', { meters: [b.meter({ id: 'mtr_x', event_name: undefined })] }, 'meter', 'mtr_x', /event_name/],
    ['null in a list', { customers: [null] }, 'customer', '#0', /could not be read/],
    ['a string in a list', { coupons: ['Z4OV52SU'] }, 'coupon', '#0', /could not be read/],
    ['a duplicate id', { products: [b.product({ id: 'prod_1' }), b.product({ id: 'prod_1' })] }, 'product', 'prod_1', /Duplicate/],
  ])('rejects %s with a reason instead of throwing', (_name, over, stripeType, stripeId, reason) => {
    const parsed = parseStripeSnapshot(snap(over as Partial<StripeSnapshot>))
    expect(parsed.rejected).toHaveLength(1)
    expect(parsed.rejected[0]).toMatchObject({ stripeType, stripeId })
    expect(parsed.rejected[0]?.reason).toMatch(reason)
  })

  test('accepts an open enum value it does not know', () => {
    const parsed = parseStripeSnapshot(snap({ meters: [b.meter({ id: 'mtr_1', default_aggregation: { formula: 'p95' } })] }))
    expect(parsed.meters[0]?.default_aggregation.formula).toBe('p95')
  })

  test('reads legacy discount shapes and balance summaries without ids', () => {
    const parsed = parseStripeSnapshot(
      snap({
        discounts: [b.discount({ id: 'di_1', source: undefined, coupon: b.coupon({ id: 'c1' }) })],
        creditBalanceSummaries: [b.creditBalanceSummary({ credit_grant: 'credgr_1' })],
      }),
    )
    expect(parsed.discounts[0]?.coupon).toMatchObject({ id: 'c1' })
    expect(parsed.raw.has('credit_balance_summary:cus_QXg1o8vcGmoR32:credgr_1')).toBe(true)
  })

  test('counts unreadable sample events instead of failing', () => {
    const parsed = parseStripeSnapshot(snap({ sampleEvents: [b.meterEvent(), { nope: true }] }), [b.meterEvent({ event_name: 'x' })])
    expect(parsed.sampleEvents).toHaveLength(2)
    expect(parsed.skippedSampleEvents).toBe(1)
  })
})
