/** Wording helpers shared by rule messages. Pure. */

const LOWER = /[a-z]/

/** Upper-cases an enum spelling (no new string when it already is); undefined for non-strings. */
export function up(value: unknown): string | undefined {
  return typeof value === 'string' ? (LOWER.test(value) ? value.toUpperCase() : value) : undefined
}

/** `a`, `a` and `b`, `a`, `b` and `c` — with each item in backticks. */
export function list(items: readonly string[], max = 6): string {
  const shown = items.slice(0, max).map((s) => '`' + s + '`')
  if (items.length > max) shown.push(`${items.length - max} more`)
  if (shown.length <= 1) return shown[0] ?? ''
  return shown.slice(0, -1).join(', ') + ' and ' + shown[shown.length - 1]
}

/** JSON text of a small value for messages (`{"name":"region","exists":true}`). */
export function js(value: unknown): string {
  return JSON.stringify(value)
}

export { plural } from '../../plural'

export function nonEmpty(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== ''
}

/** 12345 → "12,345" (locale-independent). */
export function int(n: number): string {
  return String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ',')
}
