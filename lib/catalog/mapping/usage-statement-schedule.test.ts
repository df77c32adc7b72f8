import { expect, test } from 'vitest'
import { usageStatementSchedule } from './usage-statement-schedule'

const start = 1730419200 // 2024-11-01T00:00:00Z
const base = { interval: 'month', intervalCount: 1, startUnix: start, contractStartIso: '2024-11-01T00:00:00Z', cutoverAt: '2026-12-01T00:00:00Z', anchorUnix: null as number | null }

test.each([
  ['anchor = start', { anchorUnix: start }, { frequency: 'MONTHLY', day: 'CONTRACT_START' }, true],
  ['anchor on the 1st at midnight', { anchorUnix: 1733011200, startUnix: start + 3600 * 5 }, { frequency: 'MONTHLY', day: 'FIRST_OF_MONTH' }, true],
  ['anchor mid-month on the hour', { anchorUnix: 1731628800 }, { frequency: 'MONTHLY', day: 'CUSTOM_DATE', billing_anchor_date: '2024-11-15T00:00:00Z' }, true],
  ['anchor mid-month off the hour', { anchorUnix: 1731628800 + 1800 }, { frequency: 'MONTHLY', day: 'CUSTOM_DATE', billing_anchor_date: '2024-11-15T00:00:00Z' }, false],
  ['quarterly', { intervalCount: 3, anchorUnix: start }, { frequency: 'QUARTERLY', day: 'CONTRACT_START' }, true],
])('M17 %s', (_n, over, expected, exact) => {
  const r = usageStatementSchedule({ ...base, ...over })
  expect(r).toMatchObject({ ok: true, exact, schedule: { ...expected, invoice_generation_starting_at: '2026-12-01T00:00:00Z' } })
})

test('M17: an interval Metronome cannot express is reported, not guessed', () => {
  const r = usageStatementSchedule({ ...base, intervalCount: 2 })
  expect(r).toMatchObject({ ok: false })
  if (!r.ok) expect(r.reason).toMatch(/every 2 months/)
})

test('invoices start at the contract start when it is after the cutover', () => {
  const r = usageStatementSchedule({ ...base, contractStartIso: '2027-01-01T00:00:00Z' })
  expect(r.ok && r.schedule.invoice_generation_starting_at).toBe('2027-01-01T00:00:00Z')
})
