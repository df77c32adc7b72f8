/** planRemedies and the immutability helpers: what the publisher does instead of editing in place. */
import { describe, expect, it, test } from 'vitest'
import { planRemedies, rateRewrites, effectiveTime } from './immutability'
import type { TCatalog } from './schemas'
import { base, card, metric, pkg, product, rate } from './validation/rules/__fixtures__/builders'
import { publishedStateFromCatalog } from './validation/support/published'

const NOW = new Date('2026-03-01T10:20:00Z')

function draft(fn: (c: TCatalog) => void): TCatalog {
  const c = base()
  fn(c)
  return c
}

describe('planRemedies', () => {
  it('plans nothing for an unchanged catalogue', () => {
    expect(planRemedies(base(), base(), NOW)).toEqual([])
  })

  it('replaces a metric whose definition changed and re-points its products on the next hour', () => {
    const published = publishedStateFromCatalog(base(), { metronomeIds: { billable_metric: { tokens: 'bm_1' } } })
    const remedies = planRemedies(published, draft((c) => (metric(c, 'tokens').aggregation_type = 'MAX')), NOW)
    expect(remedies).toHaveLength(1)
    expect(remedies[0]).toMatchObject({ kind: 'replace-metric', metric: 'tokens', metronomeId: 'bm_1', fields: ['aggregation_type'], startingAt: '2026-03-01T11:00:00Z', repoint: ['tokens'] })
    expect(remedies[0]!.consequence).toMatch(/re-point `tokens` to it from 2026-03-01T11:00:00Z/)
  })

  it('uses the given effective time', () => {
    const [r] = planRemedies(base(), draft((c) => (metric(c, 'tokens').aggregation_type = 'MAX')), NOW, { effectiveAt: '2026-04-01T00:00:00Z' })
    expect(r).toMatchObject({ startingAt: '2026-04-01T00:00:00Z' })
  })

  test.each([
    ['product type', (c: TCatalog): void => {
      product(c, 'platform-fee').type = 'USAGE'
    }, { kind: 'replace-product', product: 'platform-fee', fromType: 'SUBSCRIPTION', toType: 'USAGE', rates: ['platform-fee-monthly'] }],
    ['card currency', (c: TCatalog): void => {
      card(c, 'eur-list').fiat_currency = 'GBP'
    }, { kind: 'replace-rate-card', rateCard: 'eur-list', fields: ['fiat_currency'], rates: ['eur-api-calls-gpt-4', 'eur-api-calls-gpt-3-5'] }],
    ['card conversion', (c: TCatalog): void => {
      card(c, 'usd-list').credit_type_conversions = [{ pricing_unit: 'credits', fiat_per_custom_credit: '120' }]
    }, { kind: 'replace-rate-card', rateCard: 'usd-list', fields: ['credit_type_conversions'] }],
    ['pricing unit', (c: TCatalog): void => {
      rate(c, 'storage').credit_type = 'USD'
    }, { kind: 'replace-rate-card', rateCard: 'usd-list', fields: ['pricing_unit'], products: ['storage'], aliases: ['default'] }],
    ['future rate', (c: TCatalog): void => {
      rate(c, 'tokens-gpt-3-5-july').price = '0.85'
    }, { kind: 'new-rate', rate: 'tokens-gpt-3-5-july', startingAt: '2026-07-01T00:00:00Z', fields: ['price'] }],
    ['package', (c: TCatalog): void => {
      pkg(c, 'starter').duration = { unit: 'MONTHS', value: 6 }
    }, { kind: 'new-package-version', package: 'starter', fields: ['duration'], aliases: [{ name: 'starter', startingAt: '2026-03-01T11:00:00Z' }] }],
  ] as const)('%s', (_, edit, expected) => {
    const remedies = planRemedies(base(), draft(edit), NOW)
    expect(remedies).toHaveLength(1)
    expect(remedies[0]).toMatchObject(expected)
    expect(remedies[0]!.consequence.length).toBeGreaterThan(40)
  })

  it('plans no remedy for a rate already in force (that is a validation error)', () => {
    expect(planRemedies(base(), draft((c) => (rate(c, 'storage').price = '11')), NOW)).toEqual([])
  })

  it('ignores objects that are new or archived in the published state', () => {
    const published = publishedStateFromCatalog(base())
    published.billable_metric!.tokens!.archivedAt = '2026-02-01T00:00:00Z'
    expect(planRemedies(published, draft((c) => (metric(c, 'tokens').aggregation_type = 'MAX')), NOW)).toEqual([])
  })
})

describe('rateRewrites', () => {
  const r = base().rates.find((x) => x.key === 'storage')!
  const now = Date.parse('2026-03-01T00:00:00Z')
  test.each([
    ['price change', { ...r, price: '11' }, ['price']],
    ['future end', { ...r, ending_before: '2026-04-01T00:00:00Z' }, []],
    ['past end', { ...r, ending_before: '2026-02-01T00:00:00Z' }, ['ending_before']],
    ['pricing unit (left to the card remedy)', { ...r, credit_type: 'USD' }, []],
    ['annotation only', { ...r, origin: [{ type: 'price', id: 'p' }] }, []],
  ])('%s', (_, next, fields) => expect(rateRewrites(r, next, now)).toEqual(fields))
})

test('effectiveTime rounds up to the hour', () => {
  expect(effectiveTime(new Date('2026-03-01T10:00:00Z'))).toBe('2026-03-01T10:00:00Z')
  expect(effectiveTime(new Date('2026-03-01T10:00:01Z'))).toBe('2026-03-01T11:00:00Z')
  expect(effectiveTime(new Date('2026-03-01T10:00:01Z'), 'bad')).toBe('2026-03-01T11:00:00Z')
})
