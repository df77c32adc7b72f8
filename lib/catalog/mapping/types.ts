/**
 * Public types of the auto-draft: decisions, options and the result. Pure (types only).
 *
 * A decision explains what happened to one imported Stripe object under one mapping rule
 * (metronome-domain.md §9): which catalogue objects it became (`targets`, by the same stable keys the
 * catalogue JSON uses), how faithful that is, and what is lost. `key` is stable across re-drafts of
 * the same source so the user's accept / change / exclude survives a re-import.
 */
import type { TCatalog } from '../schemas'
import type { StripeObjectType } from '../stripe/snapshot'

export type Fidelity = 'exact' | 'approximate' | 'unsupported'

/** `M<n>` for metronome-domain.md §9 rule n (governing-rule.ts names the rule of an object's kind when nothing more specific applies). */
export type MappingRule = `M${number}`

export type TargetType =
  | 'billable_metric'
  | 'product'
  | 'pricing_unit'
  | 'rate_card'
  | 'rate'
  | 'package'
  | 'contract'
  | 'commit'
  | 'credit'
  | 'override'
  | 'subscription'

export type DecisionTarget = { type: TargetType; key: string }

export type Decision = {
  /** `${stripeType}:${stripeId}:${rule}` plus an optional `:qualifier` when one object has several decisions under one rule. */
  key: string
  stripeType: StripeObjectType
  stripeId: string
  targets: DecisionTarget[]
  fidelity: Fidelity
  rule: MappingRule
  /** One sentence a billing engineer understands. */
  reason: string
  lost?: string
  /** sha256 (hex) of the canonical JSON of the source objects, volatile fields removed. */
  sourceHash: string
}

export type UserState = 'proposed' | 'accepted' | 'changed' | 'excluded'
export type DecisionWithState = Decision & { userState: UserState }

export type IntegrationPattern = 'metronome_only' | 'with_stripe_subscriptions'
export type VolumeTierStrategy = 'sql_metric' | 'contract_override'

export type DraftOptions = {
  /** RFC 3339 UTC on the hour; every drafted `starting_at` (rates, overrides, access schedules, terms) uses it. */
  cutoverAt: string
  /** The user's choice; omitted = follow the recommendation. */
  integrationPattern?: IntegrationPattern
  /** M10 option for volume tiers; default `sql_metric` (exact totals). */
  volumeTierStrategy?: VolumeTierStrategy
  /** Merge several meters that differ only by a segment into one metric (M7); default true. */
  consolidateMeters?: boolean
  previous?: { decisions: DecisionWithState[]; catalog: TCatalog }
  /** Uploaded meter events (in addition to `snapshot.sampleEvents`). */
  sampleEvents?: readonly unknown[]
}

export type PatternRecommendation = {
  pattern: IntegrationPattern
  chosen: IntegrationPattern
  reasons: string[]
  drivers: Array<{ stripeType: StripeObjectType; stripeId: string; why: string }>
}

export type GroupKeySuggestion = {
  /** Key of the billable metric. */
  metric: string
  /** The suggested `group_keys` (applied to the drafted metric). */
  keys: string[][]
  fromMeterDimensions: string[]
  fromPriceMetadata: string[]
  fromSampleEvents: string[]
  /** Sample-event keys left out of `keys` for another reason than cardinality (e.g. missing from some events). */
  notApplied: Array<{ key: string; why: string }>
  excludedHighCardinality: Array<{ key: string; distinctValues: number | null; why: string }>
}

export type SourceRef = { stripeType: StripeObjectType; stripeId: string }

export type RedraftReport = {
  /** Decisions whose user state carried over (accepted/changed objects kept, excluded objects dropped). */
  kept: Array<{ key: string; userState: UserState }>
  /** Decisions the user had accepted, changed or excluded whose Stripe source changed since. */
  changedSources: Array<SourceRef & { key: string; userState: UserState }>
  newSources: SourceRef[]
  removedSources: SourceRef[]
  /** Catalogue objects of the previous draft that no decision produced (hand-made): kept as they were. */
  keptManualObjects: DecisionTarget[]
}

export type DraftResult = {
  catalog: TCatalog
  decisions: Decision[]
  recommendation: PatternRecommendation
  groupKeySuggestions: GroupKeySuggestion[]
  /** Counts of uploaded sample events used and skipped (unreadable). */
  sampleEvents: { used: number; skipped: number }
  /** Present when `options.previous` was given. */
  redraft?: RedraftReport
}
