/**
 * Every registered rule has a failing and a passing fixture, and each behaves: the failing one raises
 * the rule's code (with the expected severity), the passing one does not. Table-driven over the registry.
 */
import { describe, expect, it, test } from 'vitest'
import { validateCatalog } from './index'
import { RULES } from './rules'
import { base, NOW, type RuleFixture } from './rules/__fixtures__/builders'
import { CONTRACT_FIXTURES } from './rules/__fixtures__/contracts'
import { METRIC_FIXTURES } from './rules/__fixtures__/metrics'
import { PRODUCT_FIXTURES } from './rules/__fixtures__/products'
import { RATE_FIXTURES } from './rules/__fixtures__/rates'
import { RATECRAFT_FIXTURES } from './rules/__fixtures__/ratecraft'

const FIXTURES: RuleFixture[] = [...METRIC_FIXTURES, ...PRODUCT_FIXTURES, ...RATE_FIXTURES, ...CONTRACT_FIXTURES, ...RATECRAFT_FIXTURES]
const byCode = new Map(FIXTURES.map((f) => [f.code, f]))

describe('rule registry', () => {
  it('has 92 MTR rules numbered 1…92 and unique codes', () => {
    const codes = RULES.map((r) => r.code)
    expect(new Set(codes).size).toBe(codes.length)
    const mtr = codes.filter((c) => c.startsWith('MTR-')).map((c) => Number(c.slice(4)))
    expect(mtr).toEqual(Array.from({ length: 92 }, (_, i) => i + 1))
  })

  it('gives every rule a failing and a passing fixture', () => {
    const missing = RULES.map((r) => r.code).filter((c) => !byCode.has(c))
    expect(missing).toEqual([])
    expect(FIXTURES.length).toBe(RULES.length)
  })

  it('never lets an INFERRED rule be an error', () => {
    for (const r of RULES) if (r.inferred) expect(r.severity, r.code).toBe('warning')
  })

  it('documents every rule', () => {
    for (const r of RULES) {
      expect(r.title.length, r.code).toBeGreaterThan(3)
      expect(r.explanation.length, r.code).toBeGreaterThan(20)
      expect(r.fix.length, r.code).toBeGreaterThan(10)
      expect(r.source.length, r.code).toBeGreaterThan(5)
    }
  })
})

test('the base fixture catalogue raises no issue at all', () => {
  expect(validateCatalog(base(), { now: NOW })).toEqual([])
})

describe.each(FIXTURES.map((f) => [f.code, f] as const))('%s', (code, f) => {
  it('fails on its failing fixture', () => {
    const issues = validateCatalog(f.fail.catalog, f.fail.context).filter((i) => i.code === code)
    expect(issues.length, JSON.stringify(validateCatalog(f.fail.catalog, f.fail.context), null, 1)).toBeGreaterThan(0)
    if (f.severity) expect(issues.map((i) => i.severity)).toContain(f.severity)
    for (const i of issues) {
      expect(i.path === '' || i.path.startsWith('/'), i.path).toBe(true)
      expect(i.message.length).toBeGreaterThan(10)
    }
  })
  it('passes on its passing fixture', () => {
    const issues = validateCatalog(f.pass.catalog, f.pass.context).filter((i) => i.code === code)
    expect(issues).toEqual([])
  })
})
