import { expect, test } from 'vitest'
import { convertTransform, transformSignature } from './transform-quantity'

test.each([
  ["Stripe's example: minutes billed per started hour", { divide_by: 60, round: 'up' }, { quantity_conversion: { conversion_factor: '60', operation: 'DIVIDE' }, quantity_rounding: { decimal_places: 0, rounding_method: 'ROUND_UP' } }],
  ['packages of 1000 rounded down', { divide_by: 1000, round: 'down' }, { quantity_conversion: { conversion_factor: '1000', operation: 'DIVIDE' }, quantity_rounding: { decimal_places: 0, rounding_method: 'ROUND_DOWN' } }],
])('M14 %s', (_n, t, expected) => {
  expect(convertTransform(t)).toEqual({ ok: true, value: expected })
})

test.each([
  [{ divide_by: 0, round: 'up' }, /positive/],
  [{ divide_by: 10, round: 'nearest' }, /neither up nor down/],
])('rejects %j', (t, reason) => {
  const r = convertTransform(t)
  expect(r.ok).toBe(false)
  if (!r.ok) expect(r.reason).toMatch(reason)
})

test('signature distinguishes transforms', () => {
  expect(transformSignature(null)).toBe('')
  expect(transformSignature({ divide_by: 60, round: 'up' })).not.toBe(transformSignature({ divide_by: 60, round: 'down' }))
})
