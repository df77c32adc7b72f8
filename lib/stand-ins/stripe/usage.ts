/**
 * Deterministic meter usage for `GET /v1/billing/meters/:id/event_summaries`.
 *
 * There are no stored events. Each (customer, meter, hour) gets a value from a seeded formula:
 * meter scale × customer size × time-of-day × weekday × per-hour noise. A customer has usage of a
 * meter only while one of its subscriptions has an item whose price is billed from that meter, and
 * never in the future. Day windows and unaligned ranges are sums of (prorated) hours, so summaries at
 * different granularities agree with each other.
 */
import type { EmulatedAccount } from './account'
import { hash32, hashChars } from './ids'
import type { MeterObject } from './types'

const HOUR = 3600
const DAY = 86_400

/** Percent of peak by UTC hour of day: quiet nights, busy US working hours. */
const DIURNAL = [45, 40, 36, 34, 34, 38, 46, 58, 70, 80, 88, 94, 98, 100, 100, 98, 95, 90, 82, 74, 66, 60, 54, 50]
/** Percent by UTC weekday (0 = Sunday). */
const WEEKDAY = [62, 100, 100, 100, 98, 92, 66]

const DEFAULT_SCALE: Record<MeterObject['default_aggregation']['formula'], number> = {
  sum: 250_000,
  count: 40,
  last: 120,
}

interface Coverage {
  from: number
  /** Exclusive; null = still running. */
  to: number | null
}

type UsageIndex = Map<string, Map<string, Coverage[]>>

const indexCache = new WeakMap<EmulatedAccount, { version: string; index: UsageIndex }>()

/** customer → meter → periods during which a subscription billed that meter. */
function usageIndex(account: EmulatedAccount): UsageIndex {
  const version = account.usageVersion()
  const cached = indexCache.get(account)
  if (cached && cached.version === version) return cached.index
  const index: UsageIndex = new Map()
  for (const sub of account.subscriptions.sorted()) {
    if (sub.status === 'incomplete' || sub.status === 'incomplete_expired') continue
    const to = sub.ended_at ?? (sub.status === 'canceled' ? (sub.canceled_at ?? sub.start_date) : null)
    for (const item of sub.items) {
      const meter = account.findPrice(item.price)?.recurring?.meter
      if (!meter) continue
      let byMeter = index.get(sub.customer)
      if (!byMeter) index.set(sub.customer, (byMeter = new Map()))
      const list = byMeter.get(meter) ?? []
      list.push({ from: sub.start_date, to })
      byMeter.set(meter, list)
    }
  }
  indexCache.set(account, { version, index })
  return index
}

export function hasUsage(account: EmulatedAccount, customerId: string, meterId: string): boolean {
  return usageIndex(account).get(customerId)?.has(meterId) ?? false
}

/** Customer size in percent of a "typical" customer: a skewed spread from 5% to ~400%. */
function customerSize(seed: string, customerId: string): number {
  const r = hash32(`${seed}|size|${customerId}`) % 1000
  return 5 + Math.floor((r * r) / 2500)
}

function meterScale(account: EmulatedAccount, meter: MeterObject): number {
  return account.usage.meterScale[meter.id] ?? DEFAULT_SCALE[meter.default_aggregation.formula]
}

/** The whole-hour value starting at `hourStart` (a multiple of 3600). */
function hourValue(account: EmulatedAccount, customerId: string, meter: MeterObject, hourStart: number, since: number): number {
  const seed = account.usage.seed
  const base = (meterScale(account, meter) * customerSize(seed, customerId)) / 100
  const noise = 70 + (hash32(`${seed}|${customerId}|${meter.id}|${hourStart}`) % 61)
  if (meter.default_aggregation.formula === 'last') {
    // A gauge (e.g. GB stored): grows ~50% a year from the subscription start, ±4% jitter.
    const days = Math.max(0, (hourStart - since) / DAY)
    const jitter = 96 + (noise % 9)
    return Math.round((base * (1 + days / 730) * jitter) / 100)
  }
  const d = new Date(hourStart * 1000)
  const shape = ((DIURNAL[d.getUTCHours()] ?? 100) * (WEEKDAY[d.getUTCDay()] ?? 100) * noise) / 1_000_000
  return Math.floor(base * shape)
}

/** Seconds of [start, end) covered by the coverage periods, clipped to `now`. */
function coveredSeconds(coverage: Coverage[], start: number, end: number, now: number): number {
  let total = 0
  for (const c of coverage) {
    const from = Math.max(start, c.from)
    const to = Math.min(end, c.to ?? Infinity, now)
    if (to > from) total += to - from
  }
  // Overlapping subscriptions on the same meter do not double the usage.
  return Math.min(total, end - start)
}

/** Aggregated value of [start, end), or null when the customer had no usage coverage in it. */
function windowValue(
  account: EmulatedAccount,
  customerId: string,
  meter: MeterObject,
  coverage: Coverage[],
  start: number,
  end: number,
  now: number,
): number | null {
  const since = Math.min(...coverage.map((c) => c.from))
  let covered = false
  let sum = 0
  let last = 0
  for (let hour = Math.floor(start / HOUR) * HOUR; hour < end; hour += HOUR) {
    const seconds = coveredSeconds(coverage, Math.max(hour, start), Math.min(hour + HOUR, end), now)
    if (seconds <= 0) continue
    covered = true
    const value = hourValue(account, customerId, meter, hour, since)
    if (meter.default_aggregation.formula === 'last') last = value
    else sum += Math.floor((value * seconds) / HOUR)
  }
  if (!covered) return null
  return meter.default_aggregation.formula === 'last' ? last : sum
}

export interface EventSummary {
  id: string
  object: 'billing.meter_event_summary'
  aggregated_value: number
  end_time: number
  livemode: boolean
  meter: string
  start_time: number
}

/**
 * Summaries for one customer and meter over [start, end), newest window first (Stripe's order).
 * Without a grouping window there is one summary for the whole range.
 */
export function eventSummaries(
  account: EmulatedAccount,
  meter: MeterObject,
  customerId: string,
  start: number,
  end: number,
  window: 'hour' | 'day' | undefined,
  now = Math.floor(Date.now() / 1000),
): EventSummary[] {
  const coverage = usageIndex(account).get(customerId)?.get(meter.id)
  if (!coverage) return []
  const summary = (from: number, to: number, value: number): EventSummary => ({
    id: `mtrusg_${account.livemode ? '' : 'test_'}${hashChars(`${account.usage.seed}|${customerId}|${meter.id}|${from}|${to}`, 40)}`,
    object: 'billing.meter_event_summary',
    aggregated_value: value,
    end_time: to,
    livemode: account.livemode,
    meter: meter.id,
    start_time: from,
  })
  if (!window) {
    return [summary(start, end, windowValue(account, customerId, meter, coverage, start, end, now) ?? 0)]
  }
  const step = window === 'hour' ? HOUR : DAY
  const out: EventSummary[] = []
  for (let to = end; to > start; to -= step) {
    const from = to - step
    const value = windowValue(account, customerId, meter, coverage, from, to, now)
    if (value !== null) out.push(summary(from, to, value))
  }
  return out
}
