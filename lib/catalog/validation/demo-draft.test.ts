/**
 * Issue 5's oracle: the demo account's auto-draft validates with no error, and any warning it raises is
 * one its approximate decisions already explain (the draft spells out what is lost; the validator
 * must not cry wolf on a design the studio itself proposed).
 */
import { describe, expect, test } from 'vitest'
import { demoSnapshot } from '@/lib/testing/demo-snapshot'
import { draftCatalog } from '../mapping/draft-catalog'
import { validateCatalog } from '.'

const NOW = new Date('2026-11-24T12:00:00Z')
// Warnings an approximate mapping may legitimately leave: new metrics miss past events, complimentary
// migrated commits, unscoped credits, contract-level overrides and per-presentation tiers.
const APPROXIMATION_WARNINGS = new Set(['MTR-17', 'MTR-58', 'MTR-61', 'MTR-75', 'MTR-77', 'MTR-79', 'MTR-82', 'RC-rate-after-contract-start'])

describe.each(['with_stripe_subscriptions', 'metronome_only'] as const)('the demo draft (%s)', (integrationPattern) => {
  const { catalog, decisions } = draftCatalog(demoSnapshot(), { cutoverAt: '2026-12-01T00:00:00Z', integrationPattern })
  const issues = validateCatalog(catalog, { now: NOW })

  test('is a real design with approximations to explain', () => {
    expect(catalog.billableMetrics.length).toBeGreaterThanOrEqual(4)
    expect(catalog.rates.length).toBeGreaterThanOrEqual(10)
    expect(decisions.some((d) => d.fidelity === 'approximate')).toBe(true)
  })

  test('has no validation error', () => {
    expect(issues.filter((i) => i.severity === 'error')).toEqual([])
  })

  test('warns only where the draft is knowingly approximate', () => {
    expect(issues.filter((i) => !APPROXIMATION_WARNINGS.has(i.code))).toEqual([])
  })

  test('is caught by the validator as soon as someone breaks it', () => {
    const broken = structuredClone(catalog)
    delete broken.billableMetrics.find((m) => m.aggregation_type === 'SUM')!.aggregation_key
    expect(validateCatalog(broken, { now: NOW }).map((i) => i.code)).toContain('MTR-4')
  })
})
