import { expect, test } from 'vitest'
import { frequencyFor } from './billing-interval'

test.each([
  ['month', 1, 'MONTHLY'],
  ['month', 3, 'QUARTERLY'],
  ['year', 1, 'ANNUAL'],
  ['month', 12, 'ANNUAL'],
  ['week', 1, 'WEEKLY'],
  ['day', 1, null],
  ['week', 2, null],
  ['month', 2, null],
  ['month', 6, null],
  ['year', 2, null],
])('M17/M21: every %s × %i → %s', (interval, count, expected) => {
  expect(frequencyFor(interval, count)).toBe(expected)
})
