import { describe, expect, test } from 'vitest'
import { assertTransition, canTransition, isEditableStatus } from './lifecycle'

describe('change-set lifecycle', () => {
  test.each([
    ['draft', 'in_review', true],
    ['in_review', 'approved', true],
    ['in_review', 'rejected', true],
    ['in_review', 'draft', true],
    ['approved', 'published', true],
    ['approved', 'draft', true],
    ['draft', 'approved', false],
    ['draft', 'published', false],
    ['rejected', 'approved', false],
    ['published', 'draft', false],
  ] as const)('%s → %s: %s', (from, to, ok) => {
    expect(canTransition(from, to)).toBe(ok)
  })

  test('a refused transition names both states', () => {
    expect(() => assertTransition('draft', 'approved')).toThrow('Cannot approve a change set that is draft.')
    expect(() => assertTransition('published', 'in_review')).toThrow('Cannot submit a change set that is published.')
  })

  test.each([
    ['draft', true],
    ['rejected', true],
    ['in_review', false],
    ['approved', false],
    ['published', false],
    ['abandoned', false],
  ] as const)('content of a %s change set can change: %s', (status, ok) => {
    expect(isEditableStatus(status)).toBe(ok)
  })
})
