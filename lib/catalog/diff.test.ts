/** diffCatalog: per-object actions and field changes between a published catalogue and a draft. */
import { describe, expect, it, test } from 'vitest'
import { deepEqual, diffCatalog, diffObject } from './diff'
import type { TCatalog } from './schemas'
import { base, card, metric, pkg, product, rate } from './validation/rules/__fixtures__/builders'

function edited(fn: (c: TCatalog) => void): TCatalog {
  const c = base()
  fn(c)
  return c
}

const only = (changes: ReturnType<typeof diffCatalog>) => changes.filter((c) => c.action !== 'noop')

describe('diffCatalog', () => {
  it('is all noop for identical catalogues', () => {
    const changes = diffCatalog(base(), base())
    expect(changes.every((c) => c.action === 'noop' && c.fields.length === 0)).toBe(true)
    expect(changes.length).toBe(Object.values(base()).filter(Array.isArray).flat().length)
  })

  test.each([
    ['billable_metric', 'api-calls', 'replace', (c: TCatalog): void => {
      metric(c, 'api-calls').group_keys = [['model', 'region', 'user_id']]
    }],
    ['billable_metric', 'api-calls', 'update', (c: TCatalog): void => {
      metric(c, 'api-calls').name = 'Requests'
    }],
    ['billable_metric', 'api-calls', 'noop', (c: TCatalog): void => {
      metric(c, 'api-calls').cardinality = { model: 9 }
    }],
    ['product', 'tokens', 'replace', (c: TCatalog): void => {
      product(c, 'tokens').type = 'SUBSCRIPTION'
    }],
    ['product', 'tokens', 'update', (c: TCatalog): void => {
      product(c, 'tokens').pricing_group_key = []
    }],
    ['rate_card', 'usd-list', 'replace', (c: TCatalog): void => {
      card(c, 'usd-list').fiat_currency = 'EUR'
    }],
    ['rate_card', 'usd-list', 'replace', (c: TCatalog): void => {
      card(c, 'usd-list').credit_type_conversions = [{ pricing_unit: 'credits', fiat_per_custom_credit: '150' }]
    }],
    ['rate_card', 'usd-list', 'update', (c: TCatalog): void => {
      card(c, 'usd-list').credit_type_conversions!.push({ pricing_unit: 'tokens', fiat_per_custom_credit: '1' })
    }],
    ['rate_card', 'usd-list', 'update', (c: TCatalog): void => {
      card(c, 'usd-list').name = 'US list'
    }],
    ['rate', 'storage', 'replace', (c: TCatalog): void => {
      rate(c, 'storage').price = '11'
    }],
    ['rate', 'storage', 'update', (c: TCatalog): void => {
      rate(c, 'storage').ending_before = '2027-01-01T00:00:00Z'
    }],
    ['package', 'starter', 'replace', (c: TCatalog): void => {
      pkg(c, 'starter').name = 'Starter 2'
    }],
  ] as const)('%s %s → %s', (kind, key, action, edit) => {
    const all = diffCatalog(base(), edited(edit))
    const changes = action === 'noop' ? all.filter((c) => c.fields.length) : only(all)
    expect(changes).toHaveLength(1)
    expect(changes[0]).toMatchObject({ kind, key, action })
    expect(changes[0]!.fields.length).toBeGreaterThan(0)
    if (action === 'replace') expect(changes[0]!.fields.some((f) => f.immutable)).toBe(true)
    if (action !== 'noop') expect(changes[0]!.reason ?? '').not.toBe(undefined)
  })

  it('reports creates and archives, archives after the draft objects of their kind', () => {
    const draft = edited((c) => {
      c.rates = c.rates.filter((r) => r.key !== 'storage')
      c.rates.push({ ...rate(c, 'api-calls-gpt-4'), key: 'api-calls-gpt-5', pricing_group_values: { model: 'gpt-5' } })
    })
    const changes = only(diffCatalog(base(), draft))
    expect(changes.map((c) => [c.kind, c.key, c.action])).toEqual([
      ['rate', 'api-calls-gpt-5', 'create'],
      ['rate', 'storage', 'archive'],
    ])
    expect(changes[1]!.reason).toMatch(/cannot delete rates/)
    expect(changes[0]!.fields.find((f) => f.path === '/price')).toEqual({ path: '/price', before: undefined, after: '2.5', immutable: false })
  })

  it('reports whole top-level fields with before and after values', () => {
    const [change] = only(diffCatalog(base(), edited((c) => (metric(c, 'tokens').aggregation_type = 'MAX'))))
    expect(change!.fields).toEqual([{ path: '/aggregation_type', before: 'SUM', after: 'MAX', immutable: true }])
  })

  it('is deterministic and orders kinds metrics → contracts', () => {
    const a = diffCatalog(base(), edited((c) => (product(c, 'tokens').name = 'x')))
    const b = diffCatalog(base(), edited((c) => (product(c, 'tokens').name = 'x')))
    expect(a).toEqual(b)
    const kinds = a.map((c) => c.kind)
    expect(kinds.indexOf('billable_metric')).toBeLessThan(kinds.indexOf('product'))
    expect(kinds.lastIndexOf('rate')).toBeLessThan(kinds.indexOf('package'))
  })
})

describe('diffObject', () => {
  it('treats null and absent as equal', () => {
    expect(diffObject('product', 'p', { key: 'p', name: 'P', type: 'USAGE' }, { key: 'p', name: 'P', type: 'USAGE', quantity_conversion: null }).action).toBe('noop')
  })
})

describe('deepEqual', () => {
  test.each([
    [{ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] }, true],
    [{ a: 1 }, { a: 1, b: undefined }, true],
    [[1, 2], [2, 1], false],
    [{ a: '1' }, { a: 1 }, false],
    [null, undefined, true],
    [[], {}, false],
  ])('%j vs %j → %s', (a, b, eq) => expect(deepEqual(a, b)).toBe(eq))
})
