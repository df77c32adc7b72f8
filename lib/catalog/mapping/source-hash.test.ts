import { expect, test } from 'vitest'
import { canonicalJson, sourceHash } from './source-hash'

test('key order does not change the hash', () => {
  expect(sourceHash({ a: 1, b: { c: 2, d: [1, 2] } })).toBe(sourceHash({ b: { d: [1, 2], c: 2 }, a: 1 }))
})

test.each([
  ['updated', { id: 'x', updated: 1 }, { id: 'x', updated: 2 }],
  ['current_period_end on items', { items: [{ current_period_end: 1 }] }, { items: [{ current_period_end: 2 }] }],
  ['latest_invoice', { latest_invoice: 'in_1' }, { latest_invoice: 'in_2' }],
])('volatile field %s is ignored', (_f, a, b) => {
  expect(sourceHash(a)).toBe(sourceHash(b))
})

test('a real change changes the hash', () => {
  expect(sourceHash({ unit_amount_decimal: '1' })).not.toBe(sourceHash({ unit_amount_decimal: '2' }))
})

test('canonical JSON sorts keys and drops undefined', () => {
  expect(canonicalJson({ b: 1, a: undefined, c: [{ z: 1, y: 2 }] })).toBe('{"b":1,"c":[{"y":2,"z":1}]}')
})
