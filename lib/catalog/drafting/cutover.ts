/**
 * The workspace's cutover: the one effective date (UTC, on the hour) that every drafted `starting_at`
 * uses (issue 4 item 4). Pure; no clock — "now" is always passed in.
 *
 *  - `defaultCutover(now)`: the next first of the month at 00:00 UTC.
 *  - `parseCutover(text)`: what a person types → the canonical `2026-12-01T00:00:00Z`, or a message
 *    that names the problem and the fix.
 *  - `redateCatalog(catalog, from, to)`: moves every drafted time that came from the cutover.
 */
import type { TCatalog } from '../schemas'

export const CUTOVER_EXAMPLE = '2026-12-01T00:00:00Z'

const pad = (n: number, w = 2) => String(n).padStart(w, '0')

/** Canonical form: `YYYY-MM-DDTHH:00:00Z`. */
export function formatCutover(d: Date): string {
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}T${pad(d.getUTCHours())}:00:00Z`
}

/** The next first of the month at 00:00 UTC strictly after `now`. */
export function defaultCutover(now: Date): string {
  return formatCutover(new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1)))
}

export type CutoverParse = { ok: true; iso: string } | { ok: false; message: string }

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:?\d{2})?$/i

/**
 * Accepts `2026-12-01`, `2026-12-01T14:00Z`, `2026-12-01T14:00:00Z`, `2026-12-01T14:00:00.000Z` and
 * `+00:00`. Refuses other offsets (the cutover is UTC), minutes or seconds (on the hour), impossible
 * dates and years outside 2000–2100.
 */
export function parseCutover(input: unknown): CutoverParse {
  if (typeof input !== 'string' || input.trim() === '') {
    return { ok: false, message: `Give the cutover as a UTC time on the hour, such as ${CUTOVER_EXAMPLE}.` }
  }
  const text = input.trim()
  let y: number, mo: number, d: number, h = 0
  const dateOnly = DATE_ONLY.exec(text)
  if (dateOnly) {
    ;[y, mo, d] = [Number(dateOnly[1]), Number(dateOnly[2]), Number(dateOnly[3])]
  } else {
    const m = DATE_TIME.exec(text)
    if (!m) return { ok: false, message: `"${text}" is not a date and time: use RFC 3339 in UTC, such as ${CUTOVER_EXAMPLE}.` }
    const offset = (m[8] ?? '').toUpperCase()
    if (offset === '') return { ok: false, message: `"${text}" has no time zone: the cutover is in UTC, so end it with Z (${text}Z).` }
    if (offset !== 'Z' && !/^\+00:?00$/.test(offset)) {
      return { ok: false, message: `"${text}" is not in UTC: the cutover is a UTC time — convert it and end it with Z, such as ${CUTOVER_EXAMPLE}.` }
    }
    ;[y, mo, d, h] = [Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4])]
    const minutes = Number(m[5])
    const seconds = Number(m[6] ?? 0)
    const fraction = Number(`0.${m[7] ?? '0'}`)
    if (minutes !== 0 || seconds !== 0 || fraction !== 0) {
      return { ok: false, message: `The cutover must be on the hour (minutes and seconds 00), because Metronome starts rates on the hour: try ${formatCutover(new Date(Date.UTC(y, mo - 1, d, h)))}.` }
    }
  }
  if (mo < 1 || mo > 12 || d < 1 || h > 23) return { ok: false, message: `"${text}" is not a real date and time.` }
  const date = new Date(Date.UTC(y, mo - 1, d, h))
  if (date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return { ok: false, message: `"${text}" is not a real date (${y}-${pad(mo)} has no day ${d}).` }
  if (y < 2000 || y > 2100) return { ok: false, message: `The cutover year must be between 2000 and 2100 (got ${y}).` }
  return { ok: true, iso: formatCutover(date) }
}

const TEN_YEARS = 120

function addMonths(iso: string, months: number): string {
  const d = new Date(Date.parse(iso))
  const day = d.getUTCDate()
  const t = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, 1, d.getUTCHours()))
  const last = new Date(Date.UTC(t.getUTCFullYear(), t.getUTCMonth() + 1, 0)).getUTCDate()
  t.setUTCDate(Math.min(day, last))
  return formatCutover(t)
}

const sameInstant = (a: unknown, iso: string) => typeof a === 'string' && !Number.isNaN(Date.parse(a)) && Date.parse(a) === Date.parse(iso)

/** Fields whose value the auto-draft sets to the cutover (or to the later of the cutover and a Stripe date). */
const START_FIELDS = new Set(['starting_at', 'invoice_generation_starting_at'])

export type RedateResult = { catalog: TCatalog; moved: number }

/**
 * Moves every drafted time that came from the cutover `from` to `to`: each `starting_at` and
 * `invoice_generation_starting_at` equal to `from` (rates, overrides, subscription terms, access and
 * invoice schedule items, aliases, contract usage statements), and the end of an access-schedule item
 * that started at the cutover and ran ten years (what the draft gives a credit grant without expiry).
 * A value the user set to something else stays; an end that falls before the new start is left for
 * validation to flag rather than invented. Returns a new catalogue and the number of values moved.
 */
export function redateCatalog(catalog: TCatalog, from: string, to: string): RedateResult {
  const next = structuredClone(catalog)
  if (Date.parse(from) === Date.parse(to)) return { catalog: next, moved: 0 }
  const tenYearsFrom = addMonths(from, TEN_YEARS)
  const tenYearsTo = addMonths(to, TEN_YEARS)
  let moved = 0
  const visit = (node: unknown, parentKey: string | null): void => {
    if (Array.isArray(node)) {
      for (const item of node) visit(item, parentKey)
      return
    }
    if (!node || typeof node !== 'object') return
    const obj = node as Record<string, unknown>
    const isScheduleItem = parentKey === 'schedule_items'
    let startMoved = false
    for (const [k, v] of Object.entries(obj)) {
      if (START_FIELDS.has(k) && sameInstant(v, from)) {
        obj[k] = to
        moved++
        if (k === 'starting_at') startMoved = true
      } else if (v && typeof v === 'object') {
        visit(v, k)
      }
    }
    if (isScheduleItem && startMoved && sameInstant(obj.ending_before, tenYearsFrom)) {
      obj.ending_before = tenYearsTo
      moved++
    }
  }
  for (const list of [next.billableMetrics, next.products, next.pricingUnits, next.rateCards, next.rates, next.packages, next.contracts]) visit(list, null)
  return { catalog: next, moved }
}
