import { describe, expect, test } from 'vitest'
import { aiApiSnapshot, CUTOVER } from '../__fixtures__/stripe/ai-api-account'
import { draftCatalog } from '../mapping/draft-catalog'
import { emptyCatalog, type TCatalog } from '../schemas'
import { parseCatalogJson } from './parse-catalog-json'
import { serializeCatalog } from './serialize-catalog'

describe('serializeCatalog', () => {
  test('keys in schema order, records sorted, undefined dropped, 2-space indent, trailing newline', () => {
    const catalog = {
      ...emptyCatalog(),
      rates: [{ starting_at: '2026-12-01T00:00:00Z', product: 'p', key: 'r', rate_type: 'FLAT', rate_card: 'c', pricing_group_values: { z: '1', a: '2' }, price: '1', entitled: undefined }],
    } as unknown as TCatalog
    expect(serializeCatalog(catalog)).toBe(
      [
        '{',
        '  "format": "ratecraft.catalog",',
        '  "version": 1,',
        '  "billableMetrics": [],',
        '  "products": [],',
        '  "pricingUnits": [],',
        '  "rateCards": [],',
        '  "rates": [',
        '    {',
        '      "key": "r",',
        '      "rate_card": "c",',
        '      "product": "p",',
        '      "rate_type": "FLAT",',
        '      "price": "1",',
        '      "pricing_group_values": {',
        '        "a": "2",',
        '        "z": "1"',
        '      },',
        '      "starting_at": "2026-12-01T00:00:00Z"',
        '    }',
        '  ],',
        '  "packages": [],',
        '  "contracts": []',
        '}',
        '',
      ].join('\n'),
    )
  })

  test('free-form configuration objects get sorted keys at every level', () => {
    const catalog: TCatalog = {
      ...emptyCatalog(),
      contracts: [{ key: 'k', customer: { stripe_id: 'cus' }, starting_at: 't', spend_threshold_configuration: { z: 1, a: { y: 2, b: 3 } } }],
    }
    expect(serializeCatalog(catalog)).toContain('"spend_threshold_configuration": {\n        "a": {\n          "b": 3,\n          "y": 2\n        },\n        "z": 1\n      }')
  })

  test.each(['with_stripe_subscriptions', 'metronome_only'] as const)('export → apply → export is byte-identical (%s draft)', (pattern) => {
    const { catalog } = draftCatalog(aiApiSnapshot(), { cutoverAt: CUTOVER, integrationPattern: pattern })
    const exported = serializeCatalog(catalog)
    const applied = parseCatalogJson(exported)
    expect(applied.ok).toBe(true)
    if (applied.ok) expect(serializeCatalog(applied.catalog)).toBe(exported)
  })

  test('key insertion order does not matter', () => {
    const a: TCatalog = { ...emptyCatalog(), rateCards: [{ key: 'usd', name: 'USD', fiat_currency: 'USD' }] }
    const b = JSON.parse('{"contracts":[],"packages":[],"rates":[],"rateCards":[{"fiat_currency":"USD","name":"USD","key":"usd"}],"pricingUnits":[],"products":[],"billableMetrics":[],"version":1,"format":"ratecraft.catalog"}') as TCatalog
    expect(serializeCatalog(b)).toBe(serializeCatalog(a))
  })
})
