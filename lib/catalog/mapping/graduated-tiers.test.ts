import { describe, expect, test } from 'vitest'
import { tier } from '../__fixtures__/stripe/build'
import { ZStripePriceTier, type StripePriceTier } from '../stripe/price'
import { convertGraduatedTiers, tierBounds } from './graduated-tiers'

const tiers = (...t: Array<Record<string, unknown>>): StripePriceTier[] => t.map((x) => ZStripePriceTier.parse(x))

describe('Appendix A: graduated → TIERED', () => {
  test.each([
    [
      "Stripe's example: 1–5 at 7 USD, 6–10 at 6.5, 11+ at 6",
      tiers(tier(5, 700), tier(10, 650), tier(null, 600)),
      'USD',
      [{ size: 5, price: '700' }, { size: 5, price: '650' }, { price: '600' }],
    ],
    ['EUR tiers become whole euros', tiers(tier(1000, 1050), tier(null, '2.5')), 'EUR', [{ size: 1000, price: '10.5' }, { price: '0.025' }]],
    ['sub-cent decimals keep 12 dp exactly', tiers(tier(1_000_000, '0.000123456789'), tier(null, '0.0001')), 'USD', [{ size: 1_000_000, price: '0.000123456789' }, { price: '0.0001' }]],
    ['free first tier', tiers(tier(100, 0), tier(null, 5)), 'USD', [{ size: 100, price: '0' }, { price: '5' }]],
    ['single unbounded tier', tiers(tier(null, 3)), 'USD', [{ price: '3' }]],
    ['"inf" spelling of the last tier', tiers({ ...tier(10, 1) }, { ...tier(null, 2), up_to: 'inf' }), 'USD', [{ size: 10, price: '1' }, { price: '2' }]],
  ])('%s', (_name, input, currency, expected) => {
    const r = convertGraduatedTiers(input, currency, { baseFeeAllowed: true })
    expect(r).toMatchObject({ ok: true, tiers: expected, baseFee: null, splitTiers: [] })
  })

  test('M12: first-tier flat fee with unit 0 becomes a base fee and a free tier', () => {
    const r = convertGraduatedTiers(tiers(tier(1000, 0, 5000), tier(null, 2)), 'USD', { baseFeeAllowed: true })
    expect(r).toEqual({ ok: true, tiers: [{ size: 1000, price: '0' }, { price: '2' }], baseFee: '5000', splitTiers: [], inexact: [] })
  })

  test.each([
    ['tier 2 of 3', tiers(tier(10, 100), tier(20, 50, 300), tier(null, 25)), [{ size: 10, price: '100' }, { size: 1, price: '350' }, { size: 9, price: '50' }, { price: '25' }], [2]],
    ['a 1-unit tier', tiers(tier(1, 100, 900), tier(null, 50)), [{ size: 1, price: '1000' }, { price: '50' }], [1]],
    ['the unbounded tier', tiers(tier(10, 100), tier(null, 50, 200)), [{ size: 10, price: '100' }, { size: 1, price: '250' }, { price: '50' }], [2]],
    ['first tier when base fees are not allowed', tiers(tier(100, 0, 5000), tier(null, 2)), [{ size: 1, price: '5000' }, { size: 99, price: '0' }, { price: '2' }], [1]],
  ])('M13: flat amount on %s splits the tier', (name, input, expected, split) => {
    const r = convertGraduatedTiers(input, 'USD', { baseFeeAllowed: !name.includes('not allowed') })
    expect(r).toMatchObject({ ok: true, tiers: expected, splitTiers: split, baseFee: null })
  })

  test.each([
    ['no tiers', tiers(), /no tiers/],
    ['bounded last tier', tiers(tier(10, 1), tier(20, 1)), /last tier is bounded/],
    ['unbounded tier in the middle', tiers(tier(null, 1), tier(20, 1)), /not the last/],
    ['decreasing bounds', tiers(tier(10, 1), tier(5, 1), tier(null, 1)), /not a whole number above 10/],
    ['fractional bound', tiers(tier(2.5, 1), tier(null, 1)), /not a whole number/],
  ])('rejects %s', (_name, input, reason) => {
    const r = convertGraduatedTiers(input, 'USD', { baseFeeAllowed: true })
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.reason).toMatch(reason)
    expect(tierBounds(input).ok).toBe(false)
  })

  test('flags a price a JSON number cannot carry exactly', () => {
    const r = convertGraduatedTiers(tiers(tier(null, '123456789012.123456789012')), 'USD', { baseFeeAllowed: true })
    expect(r).toMatchObject({ ok: true, inexact: ['123456789012.123456789012'] })
  })
})
