import { expect, test } from 'vitest'
import { cardinalityVerdict, isUnboundedKeyName } from './high-cardinality'

test.each([
  ['request_id', true],
  ['requestId', true],
  ['model_family', false],
  ['trace_id', true],
  ['uuid', true],
  ['idempotency_key', true],
  ['timestamp', true],
  ['model', false],
  ['region', false],
  ['user_id', false],
  ['id', true],
])('%s is unbounded by name: %s', (key, expected) => {
  expect(isUnboundedKeyName(key)).toBe(expected)
})

test.each([
  { key: 'model', values: ['a', 'b', 'a', 'b'], high: false },
  { key: 'user', values: Array.from({ length: 1001 }, (_, i) => `u${i}`), high: true },
  { key: 'session_ref', values: Array.from({ length: 30 }, (_, i) => `s${i}`), high: true },
  { key: 'anything', values: ['3f2504e0-4f89-11d3-9a0c-0305e82c3301', '6ba7b810-9dad-11d1-80b4-00c04fd430c8'], high: true },
])('sample values of $key → high cardinality: $high', ({ key, values, high }) => {
  expect(cardinalityVerdict(key, values).high).toBe(high)
})
