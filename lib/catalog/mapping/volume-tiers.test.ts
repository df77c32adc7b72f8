import { describe, expect, test } from 'vitest'
import { tier } from '../__fixtures__/stripe/build'
import { ZStripePriceTier } from '../stripe/price'
import { firstTierPrice, hasFlatAmounts, quantityExpression, volumeTierSql } from './volume-tiers'

const tiers = [tier(100, 25), tier(1000, 20, 500), tier(null, 15)].map((t) => ZStripePriceTier.parse(t))

describe('M10 option a: the period amount as SQL', () => {
  test('USD: amounts in cents, bounds inclusive, flat amounts added, zero usage free', () => {
    const r = volumeTierSql({ eventTypes: ['vector_storage_gb'], aggregation: 'LATEST', valueKey: 'gb', filters: { model: "o'brien" } }, tiers, 'USD')
    expect(r).toEqual({
      ok: true,
      sql: [
        'SELECT CASE',
        '    WHEN q <= 0 THEN 0',
        '    WHEN q <= 100 THEN q * 25',
        '    WHEN q <= 1000 THEN q * 20 + 500',
        '    ELSE q * 15',
        '  END AS value',
        "FROM (SELECT LATEST(CAST(properties.gb AS DECIMAL)) AS q FROM events WHERE event_type IN ('vector_storage_gb') AND properties.model = 'o''brien')",
      ].join('\n'),
    })
  })

  test('EUR: amounts in whole euros', () => {
    const r = volumeTierSql({ eventTypes: ['e'], aggregation: 'COUNT', filters: {} }, tiers, 'EUR')
    expect(r.ok && r.sql).toContain('WHEN q <= 1000 THEN q * 0.2 + 5')
  })

  test.each([
    [{ eventTypes: ['e'], aggregation: 'COUNT' as const, filters: {} }, 'COUNT(*)'],
    [{ eventTypes: ['e'], aggregation: 'SUM' as const, valueKey: 'my-key', filters: {} }, 'SUM(CAST(properties."my-key" AS DECIMAL))'],
  ])('quantity expression %#', (q, expected) => {
    expect(quantityExpression(q)).toBe(expected)
  })
})

test('M10 option b: first tier price and flat-amount detection', () => {
  expect(firstTierPrice(tiers, 'USD')).toBe('25')
  expect(firstTierPrice(tiers, 'EUR')).toBe('0.25')
  expect(hasFlatAmounts(tiers)).toBe(true)
})
