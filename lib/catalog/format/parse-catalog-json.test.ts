import { describe, expect, test } from 'vitest'
import { emptyCatalog, type TCatalog } from '../schemas'
import { parseCatalogJson } from './parse-catalog-json'
import { serializeCatalog } from './serialize-catalog'

const valid = (): TCatalog => ({
  ...emptyCatalog(),
  billableMetrics: [{ key: 'tokens', name: 'Tokens', aggregation_type: 'SUM', aggregation_key: 'n', property_filters: [{ name: 'n', exists: true }] }],
  products: [{ key: 'api', name: 'API', type: 'USAGE', billable_metric: 'tokens' }],
  rateCards: [{ key: 'usd', name: 'USD', fiat_currency: 'USD' }],
  rates: [{ key: 'usd:api', rate_card: 'usd', product: 'api', rate_type: 'FLAT', price: '0.25', starting_at: '2026-12-01T00:00:00Z', entitled: true }],
})
const text = (mutate: (doc: Record<string, unknown> & TCatalog) => void) => {
  const doc = JSON.parse(serializeCatalog(valid())) as Record<string, unknown> & TCatalog
  mutate(doc)
  return JSON.stringify(doc, null, 2)
}

describe('parseCatalogJson', () => {
  test('a valid document parses', () => {
    const r = parseCatalogJson(serializeCatalog(valid()))
    expect(r).toEqual({ ok: true, catalog: valid() })
  })

  test('a JSON syntax error reports line and column', () => {
    expect(parseCatalogJson('{\n  "format": "ratecraft.catalog",\n  "version": 1,\n}\n')).toEqual({
      ok: false,
      problems: [{ path: '', line: 4, column: 1, message: 'JSON syntax error at line 4, column 1: trailing comma before "}"' }],
    })
  })

  test.each([
    ['a missing required field', (d: TCatalog) => delete (d.rates[0] as Partial<TCatalog['rates'][number]>).rate_card, '/rates/0/rate_card', /"rate_card" is required: add it \(a string\)/],
    ['a price sent as a number', (d: TCatalog) => ((d.rates[0] as Record<string, unknown>).price = 0.25), '/rates/0/price', /"price" must be a string, not number 0\.25/],
    ['an unknown field', (d: TCatalog) => ((d.products[0] as Record<string, unknown>).colour = 'red'), '/products/0/colour', /unknown field "colour": remove it or fix its spelling \(allowed here: key, name, type/],
    ['a wrong format marker', (d: TCatalog) => ((d as Record<string, unknown>).format = 'other'), '/format', /must be "ratecraft.catalog"/],
    ['a bad key', (d: TCatalog) => (d.products[0]!.key = 'API Product'), '/products/0/key', /lower-case letters/],
    ['a missing version', (d: TCatalog) => delete (d as Partial<TCatalog>).version, '/version', /^"version" is required: add it \(1\)$/],
    ['a missing array', (d: TCatalog) => delete (d as Partial<TCatalog>).packages, '/packages', /"packages" is required: add it \(an array\)/],
    ['a tier size as text', (d: TCatalog) => ((d.rates[0] as Record<string, unknown>).tiers = [{ price: '1', size: '5' }]), '/rates/0/tiers/0/size', /must be a number/],
  ])('%s → a problem at its JSON Pointer', (_n, mutate, path, message) => {
    const r = parseCatalogJson(text(mutate as (d: TCatalog) => void))
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.problems).toContainEqual({ path, message: expect.stringMatching(message) })
  })

  test('every schema problem is listed at once', () => {
    const r = parseCatalogJson(
      text((d) => {
        delete (d.rates[0] as Partial<TCatalog['rates'][number]>).product
        ;(d.products[0] as Record<string, unknown>).extra = 1
      }),
    )
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.problems.map((p) => p.path).sort()).toEqual(['/products/0/extra', '/rates/0/product'])
  })

  test.each([
    ['duplicate product keys', (d: TCatalog) => d.products.push({ ...d.products[0]! }), '/products/1/key', /duplicate key "api" \(also at \/products\/0\/key\)/],
    ['a product on a missing metric', (d: TCatalog) => (d.products[0]!.billable_metric = 'nope'), '/products/0/billable_metric', /no billable metric with key "nope"/],
    ['a rate on a missing card', (d: TCatalog) => (d.rates[0]!.rate_card = 'eur'), '/rates/0/rate_card', /no rate card with key "eur"/],
    ['a rate on a missing product', (d: TCatalog) => (d.rates[0]!.product = 'ghost'), '/rates/0/product', /no product with key "ghost"/],
    ['a rate in an unknown pricing unit', (d: TCatalog) => (d.rates[0]!.credit_type = 'credits'), '/rates/0/credit_type', /neither an upper-case ISO currency/],
    [
      'a contract term on a missing product',
      (d: TCatalog) => d.contracts.push({ key: 'c', customer: { stripe_id: 'cus' }, starting_at: '2026-12-01T00:00:00Z', credits: [{ key: 'x', product: 'free' }] }),
      '/contracts/0/credits/0/product',
      /no product with key "free"/,
    ],
  ])('%s is a problem', (_n, mutate, path, message) => {
    const r = parseCatalogJson(text(mutate as (d: TCatalog) => void))
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.problems).toEqual([{ path, message: expect.stringMatching(message) }])
  })

  test('a UTF-8 byte-order mark is tolerated', () => {
    expect(parseCatalogJson(`\uFEFF${serializeCatalog(valid())}`).ok).toBe(true)
  })
})
