import { expect, test } from 'vitest'
import * as b from '../__fixtures__/stripe/build'
import { ZStripePrice } from '../stripe/price'
import { convertMinor, currencyTerms } from './price-amounts'

test.each([
  ['USD keeps cents', '1050', 'USD', '1050'],
  ["Stripe's EUR example: 1050 → 10.5", '1050', 'EUR', '10.5'],
  ['GBP pence → pounds', '1', 'GBP', '0.01'],
  ['12-decimal USD cents', '0.000000000001', 'USD', '0.000000000001'],
  ['12-decimal EUR minor units', '0.000000000001', 'EUR', '0.00000000000001'],
])('M9 %s', (_n, minor, currency, price) => {
  expect(convertMinor(minor, currency)).toEqual({ price, exactNumber: true })
})

test('currency_options: own currency first, then options by code; JPY is flagged unsupported', () => {
  const price = ZStripePrice.parse(
    b.price({
      id: 'price_1',
      currency: 'usd',
      unit_amount_decimal: '100',
      currency_options: { jpy: { unit_amount: 150, unit_amount_decimal: '150' }, eur: { unit_amount: 90, unit_amount_decimal: '90' }, usd: { unit_amount: 100 } },
    }),
  )
  expect(currencyTerms(price).map((t) => [t.currency, t.unitMinor, t.supported])).toEqual([
    ['USD', '100', true],
    ['EUR', '90', true],
    ['JPY', '150', false],
  ])
})
