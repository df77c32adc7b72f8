/**
 * M17: a subscription's recurring interval and billing anchor → the contract's usage statement
 * schedule. Pure. MONTHLY/QUARTERLY/ANNUAL/WEEKLY only; `day` follows the anchor: the subscription
 * start → CONTRACT_START, midnight on the 1st → FIRST_OF_MONTH, anything else → CUSTOM_DATE with the
 * anchor (hour-aligned) as `billing_anchor_date`. Invoices are generated from the cutover on, so
 * Metronome does not re-issue periods Stripe already invoiced.
 */
import type { z } from 'zod'
import type { ZUsageStatementSchedule } from '../schemas'
import { describeInterval, frequencyFor } from './billing-interval'
import { floorHour, laterIso, unixToIso } from './time'

export type UsageStatementSchedule = z.infer<typeof ZUsageStatementSchedule>

export type StatementResult =
  | { ok: true; schedule: UsageStatementSchedule; exact: boolean; note: string }
  | { ok: false; reason: string }

export function usageStatementSchedule(args: {
  interval: string
  intervalCount: number | null | undefined
  startUnix: number
  anchorUnix: number | null
  contractStartIso: string
  cutoverAt: string
}): StatementResult {
  const frequency = frequencyFor(args.interval, args.intervalCount)
  if (!frequency) {
    return { ok: false, reason: `usage billed ${describeInterval(args.interval, args.intervalCount)} cannot be expressed (Metronome statements are monthly, quarterly, annual or weekly)` }
  }
  const invoiceFrom = laterIso(args.cutoverAt, args.contractStartIso)
  const anchor = args.anchorUnix ?? args.startUnix
  const anchorDate = new Date(anchor * 1000)
  if (anchor === args.startUnix || frequency === 'WEEKLY') {
    const exact = args.startUnix % 3600 === 0 || anchor !== args.startUnix
    return {
      ok: true,
      schedule: { frequency, day: 'CONTRACT_START', invoice_generation_starting_at: invoiceFrom },
      exact,
      note: exact ? 'periods start on the subscription start date' : 'periods start on the subscription start, rounded down to the hour',
    }
  }
  if (anchorDate.getUTCDate() === 1 && anchor % 86400 === 0) {
    return { ok: true, schedule: { frequency, day: 'FIRST_OF_MONTH', invoice_generation_starting_at: invoiceFrom }, exact: true, note: 'periods start on the 1st of the month' }
  }
  const aligned = floorHour(anchor)
  return {
    ok: true,
    schedule: { frequency, day: 'CUSTOM_DATE', billing_anchor_date: unixToIso(aligned), invoice_generation_starting_at: invoiceFrom },
    exact: aligned === anchor,
    note: `periods follow the billing anchor ${unixToIso(anchor)}${aligned === anchor ? '' : ' (rounded down to the hour)'}`,
  }
}
