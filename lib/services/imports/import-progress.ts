/**
 * Progress of a catalogue import and its estimate. Pure.
 *
 * An import is bound by Stripe's rate limit, not by our work, so the estimate counts the requests
 * still to make and divides by the request budget. How many objects each stream still has comes from
 * the last successful run when there is one; on a first import it comes from the list's timeline:
 * Stripe lists newest first, so the `created` of the last object read, between the newest object and
 * the account's creation, says roughly how far through its history a list is.
 */
import { LIST_LIMIT } from '@/lib/stripe/listers'

export type TypeChanges = { created: number; updated: number; unchanged: number }

/** One stream's checkpoint (stored in ImportRun.checkpoint[key], written with the page it follows). */
export type StreamState = {
  cursor: string | null
  done: boolean
  /** Objects (or requests, for the per-grant balances) stored by this stream. */
  fetched: number
  changes: Record<string, TypeChanges>
  /** `created` (unix s) of the first object of the pass and of the last one stored. */
  newest?: number | null
  oldest?: number | null
}

export const emptyStream = (): StreamState => ({ cursor: null, done: false, fetched: 0, changes: {} })

/** The object type a stream stores (prices come from three streams). */
export const streamType = (key: string) => key.split(':')[0]!

/** Streams whose size is one request per object rather than one per page of 100. */
const PER_OBJECT = new Set(['credit_balance_summary', 'price:referenced', 'account', 'usage'])

export type StreamProgress = { fetched: number; expected: number | null; done: boolean }

export type ProgressDoc = {
  requestsPerSecond: number
  requests: number
  retries: number
  elapsedMs: number
  /** 0–100, null until anything is known. */
  percent: number | null
  remainingRequests: number | null
  etaSeconds: number | null
  /** previous_run: sizes from the last successful import; timeline: from `created` dates; partial: some sizes unknown. */
  basis: 'previous_run' | 'timeline' | 'partial'
  streams: Record<string, StreamProgress>
  /** The same, summed per object type (what the UI and the CLI show). */
  types: Record<string, StreamProgress>
  lastRetry?: string | null
  /** Created / updated / unchanged so far (removals are only known when the run ends). */
  changes?: TypeChanges
}

export type EstimateInput = {
  keys: string[]
  streams: Record<string, StreamState>
  baseline: Record<string, number>
  accountCreated: number | null
  /** Balance requests known to be queued (grants listed, balance not fetched yet). */
  queuedBalances: number
  requestsPerSecond: number
  requests: number
  retries: number
  elapsedMs: number
  lastRetry?: string | null
}

function expectedOf(key: string, s: StreamState, i: EstimateInput): { expected: number | null; basis: ProgressDoc['basis'] } {
  if (s.done) return { expected: s.fetched, basis: 'previous_run' }
  const base = i.baseline[key]
  if (base !== undefined) return { expected: Math.max(base, s.fetched + (s.fetched >= base ? 1 : 0)), basis: 'previous_run' }
  if (s.newest != null && s.oldest != null && i.accountCreated != null && s.newest > i.accountCreated) {
    const f = (s.newest - s.oldest) / (s.newest - i.accountCreated)
    if (f >= 0.02 && s.fetched > 0) return { expected: Math.max(s.fetched + 1, Math.round(s.fetched / Math.min(f, 0.99))), basis: 'timeline' }
  }
  return { expected: null, basis: 'partial' }
}

export function estimateProgress(i: EstimateInput): ProgressDoc {
  const streams: Record<string, StreamProgress> = {}
  let remaining = 0
  let unknown = false
  let timeline = false
  for (const key of i.keys) {
    const s = i.streams[key] ?? { cursor: null, done: false, fetched: 0, changes: {} }
    let { expected, basis } = expectedOf(key, s, i)
    if (key === 'credit_balance_summary' && !s.done) {
      const grants = i.streams.credit_grant
      const grantsLeft = grants?.done ? 0 : Math.max(0, (expectedOf('credit_grant', grants ?? { cursor: null, done: false, fetched: 0, changes: {} }, i).expected ?? 0) - (grants?.fetched ?? 0))
      expected = Math.max(expected ?? 0, s.fetched + i.queuedBalances + grantsLeft)
      basis = grants?.done ? 'previous_run' : basis
    }
    if (basis === 'partial' && !s.done) unknown = true
    if (basis === 'timeline') timeline = true
    streams[key] = { fetched: s.fetched, expected, done: s.done }
    if (s.done) continue
    const left = expected === null ? 1 : Math.max(0, expected - s.fetched)
    remaining += PER_OBJECT.has(key) ? Math.max(left, key === 'credit_balance_summary' ? 0 : 1) : Math.max(1, Math.ceil(left / LIST_LIMIT))
  }
  const types: Record<string, StreamProgress> = {}
  for (const [key, p] of Object.entries(streams)) {
    const t = streamType(key)
    const prev = types[t]
    types[t] = prev
      ? { fetched: prev.fetched + p.fetched, expected: prev.expected === null || p.expected === null ? null : prev.expected + p.expected, done: prev.done && p.done }
      : { ...p }
  }
  const allDone = i.keys.every((k) => i.streams[k]?.done)
  const observed = i.elapsedMs > 3000 ? (i.requests / i.elapsedMs) * 1000 : i.requestsPerSecond
  const rate = Math.max(1, Math.min(i.requestsPerSecond, observed || i.requestsPerSecond))
  const percent = allDone ? 100 : i.requests + remaining > 0 ? Math.min(99, Math.floor((100 * i.requests) / (i.requests + remaining))) : null
  return {
    requestsPerSecond: i.requestsPerSecond,
    requests: i.requests,
    retries: i.retries,
    elapsedMs: i.elapsedMs,
    percent,
    remainingRequests: allDone ? 0 : remaining,
    etaSeconds: allDone ? 0 : Math.ceil(remaining / rate),
    basis: unknown ? 'partial' : timeline ? 'timeline' : 'previous_run',
    streams,
    types,
    lastRetry: i.lastRetry ?? null,
    changes: sumChanges(Object.values(i.streams)).total,
  }
}

export function sumChanges(states: Iterable<StreamState>): { byType: Record<string, TypeChanges>; total: TypeChanges } {
  const byType: Record<string, TypeChanges> = {}
  const total: TypeChanges = { created: 0, updated: 0, unchanged: 0 }
  for (const s of states) {
    for (const [type, c] of Object.entries(s.changes ?? {})) {
      const t = (byType[type] ??= { created: 0, updated: 0, unchanged: 0 })
      t.created += c.created
      t.updated += c.updated
      t.unchanged += c.unchanged
      total.created += c.created
      total.updated += c.updated
      total.unchanged += c.unchanged
    }
  }
  return { byType, total }
}

export function addChanges(into: Record<string, TypeChanges>, r: Record<string, TypeChanges>): Record<string, TypeChanges> {
  const out = { ...into }
  for (const [type, c] of Object.entries(r)) {
    const p = out[type] ?? { created: 0, updated: 0, unchanged: 0 }
    out[type] = { created: p.created + c.created, updated: p.updated + c.updated, unchanged: p.unchanged + c.unchanged }
  }
  return out
}
