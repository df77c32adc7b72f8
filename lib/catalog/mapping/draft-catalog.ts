/**
 * The auto-draft: an imported Stripe catalogue → a Metronome catalogue design, every imported object
 * explained by at least one decision (issue 4). Pure and deterministic: the same snapshot and options
 * give the same catalogue, keys and decisions; time comes only from `options.cutoverAt`.
 *
 * Never throws on Stripe data: objects it cannot read or map become `unsupported` decisions. It throws
 * `InvalidInputError` only for a programming error in the options (a cutover not on the hour).
 */
import { InvalidInputError } from '../errors'
import type { StripeSnapshot } from '../stripe/snapshot'
import { parseStripeSnapshot } from '../stripe/snapshot'
import { createContext } from './draft-context'
import { recommendPattern } from './integration-pattern'
import { mapAccount } from './map-account'
import { mapCoupons, mapDiscountObjects } from './map-coupons'
import { mapCreditGrants } from './map-credit-grants'
import { mapCustomers } from './map-customers'
import { mapLegacyUsagePrices } from './map-legacy-usage'
import { mapLicensedPrices } from './map-licensed-prices'
import { mapMeters } from './map-meters'
import { mapOtherPrices } from './map-other-prices'
import { mapRejected } from './map-rejected'
import { mapStripeProducts } from './map-stripe-products'
import { decideAlternatePrices, mapSubscriptions } from './map-subscriptions'
import { mapUsagePrices } from './map-usage-prices'
import { applyRedraft } from './redraft'
import { buildIndex } from './snapshot-index'
import { isOnTheHour } from './time'
import type { DraftOptions, DraftResult } from './types'

export const DEFAULT_VOLUME_TIER_STRATEGY = 'sql_metric' as const

export function draftCatalog(snapshot: StripeSnapshot, options: DraftOptions): DraftResult {
  if (!isOnTheHour(options.cutoverAt)) {
    throw new InvalidInputError(`cutoverAt must be an RFC 3339 UTC time on the hour, such as 2026-12-01T00:00:00Z (got "${options.cutoverAt}")`)
  }
  const cutoverAt = options.cutoverAt.replace('.000Z', 'Z')
  const snap = parseStripeSnapshot(snapshot, options.sampleEvents ?? [])
  const index = buildIndex(snap)
  const recommendation = recommendPattern(snap, index, options.integrationPattern)
  const ctx = createContext({
    snap,
    index,
    cutoverAt,
    pattern: recommendation.chosen,
    volumeStrategy: options.volumeTierStrategy ?? DEFAULT_VOLUME_TIER_STRATEGY,
    consolidate: options.consolidateMeters ?? true,
  })

  // Order matters: metrics before the prices that use them, prices before the contracts that refer
  // to their outcomes, contracts before the credit grants and customers that land on them.
  mapAccount(ctx)
  const groupKeySuggestions = mapMeters(ctx)
  mapLegacyUsagePrices(ctx)
  mapUsagePrices(ctx)
  mapLicensedPrices(ctx)
  mapOtherPrices(ctx)
  mapStripeProducts(ctx)
  mapSubscriptions(ctx)
  decideAlternatePrices(ctx)
  mapCreditGrants(ctx)
  mapCustomers(ctx)
  mapCoupons(ctx)
  mapDiscountObjects(ctx)
  mapRejected(ctx)

  const base: DraftResult = {
    catalog: ctx.catalog,
    decisions: ctx.decisions,
    recommendation,
    groupKeySuggestions,
    sampleEvents: { used: snap.sampleEvents.length, skipped: snap.skippedSampleEvents },
  }
  if (!options.previous) return base
  const merged = applyRedraft({ catalog: ctx.catalog, decisions: ctx.decisions }, options.previous)
  return { ...base, catalog: merged.catalog, decisions: merged.decisions, redraft: merged.report }
}
