/**
 * Sample events, normalised once per validation run, and which of them a streaming metric would
 * count. Pure.
 *
 * Both Stripe meter events (`event_name`, unix-seconds `timestamp`, `identifier`, `payload`) and
 * Metronome events (`event_type`, RFC 3339 `timestamp`, `transaction_id`, `customer_id`, `properties`)
 * are accepted; issue paths use the field names of the shape the user uploaded. Matching follows
 * Metronome's filter semantics: event types and property values compare as strings, property filters
 * are ANDed [MD-API-BM].
 */
import type { TDraftBillableMetric } from '../../schemas'
import type { SampleEvent } from '../context'
import { parseTime } from './time'

export type NormalizedEvent = {
  pos: number
  shape: 'stripe' | 'metronome'
  type: string | undefined
  /** Event time in ms, or undefined when missing or unreadable. */
  time: number | undefined
  timestampRaw: unknown
  transactionId: unknown
  customer: unknown
  props: Record<string, unknown>
  /** Name of the properties field in the uploaded shape (`payload` or `properties`). */
  propsField: 'payload' | 'properties'
  /** Field names in the uploaded shape. */
  fields: { type: string; transactionId: string; timestamp: string; customer: string[] }
  malformed: boolean
}

export class EventStore {
  readonly events: NormalizedEvent[]
  private readonly byType = new Map<string, NormalizedEvent[]>()
  private readonly memo = new WeakMap<object, NormalizedEvent[]>()

  constructor(raw: unknown, customerPayloadKey = 'stripe_customer_id') {
    const list = Array.isArray(raw) ? raw : []
    this.events = list.map((e, i) => normalize(e, i, customerPayloadKey))
    for (const e of this.events)
      if (e.type !== undefined) {
        const l = this.byType.get(e.type)
        if (l) l.push(e)
        else this.byType.set(e.type, [e])
      }
  }

  get size(): number {
    return this.events.length
  }

  ofType(type: string): readonly NormalizedEvent[] {
    return this.byType.get(type) ?? []
  }

  types(): string[] {
    return [...this.byType.keys()]
  }

  /** Drops the memo of a metric object (the engine calls it when that object is edited in place). */
  forget(metric: object): void {
    this.memo.delete(metric)
  }

  /** The events a streaming metric counts (memoised per metric object; metrics are never mutated). */
  forMetric(metric: TDraftBillableMetric): readonly NormalizedEvent[] {
    if (this.events.length === 0 || metric.sql?.trim()) return []
    const hit = this.memo.get(metric)
    if (hit) return hit
    const inValues = metric.event_type_filter?.in_values
    const candidates = inValues?.length ? inValues.flatMap((t) => this.byType.get(t) ?? []).sort((a, b) => a.pos - b.pos) : this.events
    const out = candidates.filter((e) => eventMatches(metric, e))
    this.memo.set(metric, out)
    return out
  }
}

export function eventTypeMatches(metric: TDraftBillableMetric, type: string | undefined): boolean {
  if (type === undefined) return false
  const f = metric.event_type_filter
  if (f?.in_values?.length && !f.in_values.includes(type)) return false
  if (f?.not_in_values?.length && f.not_in_values.includes(type)) return false
  return true
}

export function eventMatches(metric: TDraftBillableMetric, e: NormalizedEvent): boolean {
  if (!eventTypeMatches(metric, e.type)) return false
  for (const pf of metric.property_filters ?? []) {
    const v = e.props[pf.name]
    const present = v !== undefined && v !== null
    if (pf.exists === true && !present) return false
    if (pf.exists === false && present) return false
    if (pf.in_values?.length && (!present || !pf.in_values.includes(asString(v)))) return false
    if (pf.not_in_values?.length && present && pf.not_in_values.includes(asString(v))) return false
  }
  return true
}

/** How Metronome compares property values: as strings. */
export function asString(v: unknown): string {
  return typeof v === 'string' ? v : typeof v === 'number' || typeof v === 'boolean' ? String(v) : JSON.stringify(v) ?? ''
}

function normalize(raw: unknown, pos: number, customerKey: string): NormalizedEvent {
  const e = (typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? raw : {}) as SampleEvent & Record<string, unknown>
  const stripe = e.event_name !== undefined || e.payload !== undefined || e.identifier !== undefined
  const propsRaw = stripe ? e.payload : e.properties
  const props = typeof propsRaw === 'object' && propsRaw !== null && !Array.isArray(propsRaw) ? (propsRaw as Record<string, unknown>) : {}
  const typeRaw = stripe ? e.event_name : e.event_type
  const ts = e.timestamp
  // Stripe takes unix seconds; Metronome takes RFC 3339 with a 4-digit year.
  const time = typeof ts === 'number' && Number.isFinite(ts) ? ts * 1000 : typeof ts === 'string' && /^\d+$/.test(ts) ? Number(ts) * 1000 : parseTime(ts)
  return {
    pos,
    shape: stripe ? 'stripe' : 'metronome',
    type: typeof typeRaw === 'string' && typeRaw !== '' ? typeRaw : undefined,
    time,
    timestampRaw: ts,
    transactionId: stripe ? e.identifier : e.transaction_id,
    customer: stripe ? (e.customer_id ?? props[customerKey]) : e.customer_id,
    props,
    propsField: stripe ? 'payload' : 'properties',
    fields: stripe
      ? { type: 'event_name', transactionId: 'identifier', timestamp: 'timestamp', customer: ['payload', customerKey] }
      : { type: 'event_type', transactionId: 'transaction_id', timestamp: 'timestamp', customer: ['customer_id'] },
    malformed: raw !== e,
  }
}
