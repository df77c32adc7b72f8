/**
 * What validation may know besides the catalogue itself. Pure types.
 *
 * Everything here is optional: `validateCatalog(catalog)` alone runs every rule that can be decided from
 * the document, and a rule whose input is absent returns nothing (e.g. MTR-26 without `now` or sample
 * events). Time only ever comes from `now`, so the same inputs always give the same issues.
 *
 * Context inputs that are not part of the catalogue JSON are addressed by JSON Pointers rooted at their
 * own name (`/sampleEvents/3/payload/tokens`, `/pipeline/ingestBatchSize`): the catalogue's top-level keys
 * are a closed set, so those roots never collide with a catalogue path.
 */
import type { CatalogKind } from '../schemas'

/** One object as Ratecraft recorded it when it was published to Metronome. */
export type PublishedRecord = {
  /** The catalogue object (same shape as in the catalogue JSON) as it was published. */
  doc: unknown
  metronomeId?: string
  /** RFC 3339 time of the publish that created or last replaced it. */
  publishedAt?: string
  /** Set when the object was archived in Metronome (archives are irreversible). */
  archivedAt?: string | null
}

/** Per kind, per key: what is live in Metronome according to Ratecraft's publish records. */
export type PublishedState = Partial<Record<CatalogKind, Record<string, PublishedRecord>>>

/**
 * A sample usage event the user uploaded. Either Stripe's meter-event shape
 * (`{event_name, timestamp: unix seconds, identifier, payload}`) or Metronome's ingest shape
 * (`{event_type, timestamp: RFC 3339, transaction_id, customer_id, properties}`); both are accepted.
 */
export type SampleEvent = {
  event_name?: string
  event_type?: string
  timestamp?: number | string | null
  identifier?: string | null
  transaction_id?: string
  customer_id?: string
  payload?: Record<string, unknown>
  properties?: Record<string, unknown>
}

/** Expected usage of a product for one pricing-group combination (e.g. from Stripe meter summaries). */
export type UsageRecord = {
  product: string
  pricing_group_values?: Record<string, string>
  quantity: string | number
  customer?: string
}

/** Account capabilities that Metronome enables per client (feature flags, beta programmes). */
export type AccountFlags = {
  /** COMPOSITE products (private beta). */
  composite?: boolean
  /** PROFESSIONAL_SERVICE / PRO_SERVICE products. */
  proServices?: boolean
  /** `netsuite_internal_item_id` / `netsuite_overage_item_id`. */
  netsuite?: boolean
  /** `is_refundable` on products. */
  isRefundable?: boolean
  /** `include_composite_spend` (composite-on-composite). */
  includeCompositeSpend?: boolean
  /** TIERED_PERCENTAGE rates. */
  tieredPercentage?: boolean
  /** CUSTOM rates (custom rate processors). */
  customRates?: boolean
  /** `ff:legacy-subscriptions-enabled`: the deprecated SUBSCRIPTION rate_type. */
  legacySubscriptions?: boolean
  /** Composite PERCENTAGE rates above 100% (composite-charges beta). */
  percentageAbove100?: boolean
  /** Group keys allowed per metric before a limit increase (practitioner default 5). */
  maxGroupKeys?: number
  /** Custom-field keys registered per entity (`customFields.addKey`); when given, other keys are errors. */
  customFieldKeys?: Partial<Record<'billable_metric' | 'product' | 'rate_card' | 'package' | 'contract', string[]>>
  /** Invoice grace period in hours (24 by default; changed through Metronome support). */
  gracePeriodHours?: number
}

/** How the customer's event pipeline sends usage. */
export type PipelineSettings = {
  /** Events per ingest request the pipeline sends (Metronome accepts 1–100). */
  ingestBatchSize?: number
  /** Worst-case delay between usage happening and the event reaching Metronome, in hours. */
  latencyHours?: number
}

/** A Metronome alert the user plans, by metric key (the catalogue cannot express alerts yet). */
export type PlannedAlert = { name?: string; billable_metric: string }

/** A recurring commit or credit term (not expressible in catalogue v1), with the contract it belongs to. */
export type RecurringTerm = { contract?: string; kind: 'commit' | 'credit'; term: Record<string, unknown> }

/** How the publish plan adds rates (Metronome's `addRate` is heavily rate limited). */
export type PlannedRateCall = { method: 'addRate' | 'addRates'; count: number }

export type ValidationContext = {
  /** The current time; rules about the past and the future (MTR-17, MTR-26, MTR-38, published rates) need it. */
  now?: Date
  published?: PublishedState
  sampleEvents?: SampleEvent[]
  /** Payload key that carries the customer in Stripe meter events (Stripe's default `stripe_customer_id`). */
  customerPayloadKey?: string
  usage?: UsageRecord[]
  accountFlags?: AccountFlags
  pipeline?: PipelineSettings
  alerts?: PlannedAlert[]
  recurringTerms?: RecurringTerm[]
  plannedRateCalls?: PlannedRateCall[]
  /**
   * When scheduled product updates (re-pointing a product at a replacement metric, time-versioned
   * field changes) take effect. Defaults to the next full hour after `now`.
   */
  effectiveAt?: string
}

/** Roots of context inputs in issue paths, in the order their issues are listed. */
export const CONTEXT_ROOTS = [
  'published',
  'sampleEvents',
  'usage',
  'alerts',
  'recurringTerms',
  'pipeline',
  'plannedRateCalls',
  'accountFlags',
  'effectiveAt',
] as const
export type ContextRoot = (typeof CONTEXT_ROOTS)[number]
