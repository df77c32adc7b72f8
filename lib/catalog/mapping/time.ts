/**
 * Time helpers for drafted schedules. Pure; no clock: every instant comes from the input.
 * Metronome wants hour-aligned `starting_at` / access-schedule times (metronome-domain.md §2.5, §4.4),
 * so Stripe's unix seconds are floored (starts) or ceiled (ends) to the hour.
 */
const HOUR = 3600

export function unixToIso(seconds: number): string {
  return new Date(seconds * 1000).toISOString().replace('.000Z', 'Z')
}

export function isoToUnix(iso: string): number {
  return Math.floor(Date.parse(iso) / 1000)
}

export function floorHour(seconds: number): number {
  return Math.floor(seconds / HOUR) * HOUR
}

export function ceilHour(seconds: number): number {
  return Math.ceil(seconds / HOUR) * HOUR
}

export function isOnTheHour(iso: string): boolean {
  return /^\d{4}-\d{2}-\d{2}T\d{2}:00:00(\.000)?Z$/.test(iso) && !Number.isNaN(Date.parse(iso))
}

/** Adds whole UTC months (day clamped to the month's end). */
export function addMonthsIso(iso: string, months: number): string {
  const d = new Date(Date.parse(iso))
  const day = d.getUTCDate()
  const t = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, 1, d.getUTCHours()))
  const last = new Date(Date.UTC(t.getUTCFullYear(), t.getUTCMonth() + 1, 0)).getUTCDate()
  t.setUTCDate(Math.min(day, last))
  return t.toISOString().replace('.000Z', 'Z')
}

export function laterIso(a: string, b: string): string {
  return Date.parse(a) >= Date.parse(b) ? a : b
}
