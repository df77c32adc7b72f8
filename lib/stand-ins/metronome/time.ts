/** Milliseconds since the epoch for an RFC 3339 string the schemas already accepted. */
export function ms(iso: string): number {
  return Date.parse(iso)
}

/** One canonical spelling for stored timestamps, so equal instants compare equal as strings too. */
export function canonicalIso(iso: string): string {
  return new Date(Date.parse(iso)).toISOString()
}

/** Product updates must start "on an hour boundary (e.g. 1:00, not 1:30)" (update-a-product docs). Judged in UTC. */
export function isOnHourBoundary(iso: string): boolean {
  const t = Date.parse(iso)
  return Number.isFinite(t) && t % 3_600_000 === 0
}

/** Half-open interval [start, end) contains `at`; an absent end is open-ended. */
export function inInterval(at: number, start: string, end: string | undefined): boolean {
  return ms(start) <= at && (end === undefined || at < ms(end))
}
