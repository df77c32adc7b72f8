/**
 * Time helpers for rules. Pure. Times are RFC 3339 UTC strings in the catalogue (ZTimestamp's shape);
 * anything else parses to undefined so a rule can report it instead of guessing.
 */
const RFC3339_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/
const HOUR_MS = 3_600_000

// A catalogue repeats the same few times thousands of times (every rate starts 2026-01-01T00:00:00Z):
// parsing is memoised. The memo is bounded so that a hostile input cannot grow it without limit.
const memo = new Map<string, number | undefined>()
const MEMO_LIMIT = 4096

/** Milliseconds since the epoch, or undefined when `s` is not an RFC 3339 UTC time (4-digit year). */
export function parseTime(s: unknown): number | undefined {
  if (typeof s !== 'string') return undefined
  const hit = memo.get(s)
  if (hit !== undefined || memo.has(s)) return hit
  const ms = parse(s)
  if (memo.size >= MEMO_LIMIT) memo.clear()
  memo.set(s, ms)
  return ms
}

function parse(s: string): number | undefined {
  if (!RFC3339_UTC.test(s)) return undefined
  const ms = Date.parse(s)
  if (Number.isNaN(ms)) return undefined
  // Date.parse rolls 2026-02-30 over to March; a round trip catches impossible dates.
  if (new Date(ms).toISOString().slice(0, 19) !== s.slice(0, 19)) return undefined
  return ms
}

export function isRfc3339Utc(s: unknown): boolean {
  return parseTime(s) !== undefined
}

export function isHourAligned(ms: number): boolean {
  return ms % HOUR_MS === 0
}

/** The first full hour at or after `ms` (Metronome product updates must start on an hour). */
export function ceilHour(ms: number): number {
  return Math.ceil(ms / HOUR_MS) * HOUR_MS
}

export function floorHour(ms: number): number {
  return Math.floor(ms / HOUR_MS) * HOUR_MS
}

/** RFC 3339 without milliseconds when they are zero: 2026-12-01T00:00:00Z. */
export function iso(ms: number): string {
  return new Date(ms).toISOString().replace('.000Z', 'Z')
}

export const DAY_MS = 86_400_000
export { HOUR_MS }

/** The scheduled-change time rules quote: context.effectiveAt, else the next full hour after now. */
export function effectiveText(effectiveAt: { raw: string | undefined; ms: number | undefined }): string {
  if (effectiveAt.raw !== undefined) return effectiveAt.raw
  return effectiveAt.ms !== undefined ? iso(effectiveAt.ms) : 'the next full hour after publishing'
}
