/**
 * Stripe recurring interval → Metronome frequency (M17 for usage statements, M21 for subscription
 * rates). Pure. Metronome knows MONTHLY, QUARTERLY, ANNUAL and WEEKLY only; every other Stripe
 * interval (daily, every 2 weeks, every 2 or 6 months, multi-year) cannot be expressed.
 */
export type MetronomeFrequency = 'MONTHLY' | 'QUARTERLY' | 'ANNUAL' | 'WEEKLY'

export function frequencyFor(interval: string, count: number | null | undefined): MetronomeFrequency | null {
  const n = count ?? 1
  if (interval === 'month' && n === 1) return 'MONTHLY'
  if (interval === 'month' && n === 3) return 'QUARTERLY'
  if (interval === 'year' && n === 1) return 'ANNUAL'
  if (interval === 'month' && n === 12) return 'ANNUAL'
  if (interval === 'week' && n === 1) return 'WEEKLY'
  return null
}

export function describeInterval(interval: string, count: number | null | undefined): string {
  const n = count ?? 1
  return n === 1 ? `every ${interval}` : `every ${n} ${interval}s`
}
