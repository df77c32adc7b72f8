/**
 * Titles and descriptions of the catalogue format for its published JSON Schema. Pure.
 * Kept beside the format rather than in schemas.ts so the runtime schemas stay lean; keyed by schema
 * instance, so a description lands exactly where that schema is used.
 */
import type { z } from 'zod'
import * as S from '../schemas'

type Doc = { title?: string; description?: string }

const MONEY =
  'Decimal string exactly as Metronome receives it: USD in cents ("0.25" = a quarter cent), other fiat currencies in whole units ("10.5" EUR), custom pricing units in their own unit. Never a JSON number.'

export const SCHEMA_DOCS: ReadonlyArray<[z.ZodType, Doc]> = [
  [S.ZDraftCatalog, { title: 'Ratecraft catalogue (format version 1)', description: 'A Metronome catalogue design as code: billable metrics, products, pricing units, rate cards, rates, packages and contract previews. Objects refer to each other by key. Produced by `ratecraft export`, read by `ratecraft apply`.' }],
  [S.ZDraftCatalog.shape.format, { description: 'Always "ratecraft.catalog".' }],
  [S.ZDraftCatalog.shape.version, { description: 'Format version; this schema describes version 1.' }],
  [S.ZDraftBillableMetric, { title: 'Billable metric', description: 'Streaming (event filters + aggregation + group keys) or SQL (`sql` only). Immutable once published.' }],
  [S.ZDraftBillableMetric.shape.aggregation_type, { description: 'COUNT, SUM, MAX, LATEST or UNIQUE.' }],
  [S.ZDraftBillableMetric.shape.aggregation_key, { description: 'Property aggregated by SUM/MAX/LATEST/UNIQUE; must also be a property filter name.' }],
  [S.ZDraftBillableMetric.shape.group_keys, { description: 'Each entry is a (compound) group key; every property in it needs an exists or in_values property filter.' }],
  [S.ZDraftBillableMetric.shape.sql, { description: 'SQL metric query; excludes every streaming field.' }],
  [S.ZDraftBillableMetric.shape.origin, { description: 'The Stripe objects this metric was drafted from.' }],
  [S.ZPropertyFilter, { title: 'Property filter', description: 'All filters must pass for an event to count.' }],
  [S.ZEventTypeFilter, { title: 'Event type filter' }],
  [S.ZDraftProduct, { title: 'Product', description: 'USAGE (priced from a metric), SUBSCRIPTION (recurring fee), COMPOSITE (percentage of other products) or FIXED (commits, credits, scheduled charges).' }],
  [S.ZDraftProduct.shape.billable_metric, { description: 'Key of the billable metric (USAGE products).' }],
  [S.ZDraftProduct.shape.pricing_group_key, { description: 'Properties that select the rate (dimensional pricing); together with presentation keys they must be one group key of the metric.' }],
  [S.ZDraftProduct.shape.tags, { description: 'Free tags; the draft carries the Stripe product name and `usage` / `subscription`.' }],
  [S.ZQuantityConversion, { title: 'Quantity conversion', description: 'Multiply or divide the metered quantity before pricing (e.g. DIVIDE 3600: seconds → hours).' }],
  [S.ZQuantityRounding, { title: 'Quantity rounding', description: 'Round the converted quantity (ROUND_UP, ROUND_DOWN, ROUND_HALF_UP) to `decimal_places`.' }],
  [S.ZDraftPricingUnit, { title: 'Custom pricing unit', description: 'A non-fiat unit (e.g. credits); fiat currencies are referred to by ISO code instead.' }],
  [S.ZDraftRateCard, { title: 'Rate card', description: 'A price list in exactly one fiat currency.' }],
  [S.ZDraftRateCard.shape.fiat_currency, { description: 'Upper-case ISO 4217 code (one of Metronome\'s 20 currencies). USD amounts on this card are in cents.' }],
  [S.ZCreditTypeConversion, { title: 'Credit type conversion' }],
  [S.ZCreditTypeConversion.shape.fiat_per_custom_credit, { description: `Card fiat per one custom unit. ${MONEY}` }],
  [S.ZAlias, { title: 'Alias' }],
  [S.ZDraftRate, { title: 'Rate', description: "A product's price on a rate card from `starting_at` (inclusive) to `ending_before` (exclusive)." }],
  [S.ZDraftRate.shape.rate_card, { description: 'Key of the rate card.' }],
  [S.ZDraftRate.shape.product, { description: 'Key of the product.' }],
  [S.ZDraftRate.shape.rate_type, { description: 'FLAT, TIERED, PERCENTAGE, TIERED_PERCENTAGE, SUBSCRIPTION (deprecated) or CUSTOM.' }],
  [S.ZDraftRate.shape.price, { description: `Price per unit (FLAT/SUBSCRIPTION) or fraction (PERCENTAGE). ${MONEY}` }],
  [S.ZDraftRate.shape.tiers, { description: 'Graduated tiers: each `size` is the width of the tier in units; the last tier has no size.' }],
  [S.ZDraftRate.shape.pricing_group_values, { description: 'Value of each pricing group key this rate applies to.' }],
  [S.ZDraftRate.shape.credit_type, { description: 'ISO currency or pricing-unit key; omitted = the card\'s currency.' }],
  [S.ZDraftRate.shape.starting_at, { description: 'RFC 3339 UTC time on the hour (the workspace cutover for drafted rates).' }],
  [S.ZDraftRate.shape.entitled, { description: 'true makes the product billable on every contract of the card; false needs an override to enable it.' }],
  [S.ZDraftRate.shape.billing_frequency, { description: 'MONTHLY, QUARTERLY, ANNUAL or WEEKLY; required for SUBSCRIPTION products.' }],
  [S.ZTier, { title: 'Tier', description: `A tier of a TIERED rate. price: ${MONEY}` }],
  [S.ZCommitRate, { title: 'Commit rate', description: 'The rate used when a commit or credit pays for usage.' }],
  [S.ZOrigin, { title: 'Stripe origin', description: 'A Stripe object this catalogue object was drafted from; `amount` is in Stripe minor units.' }],
  [S.ZDraftPackage, { title: 'Package', description: 'A reusable contract template (rate card + terms with relative dates).' }],
  [S.ZDraftContract, { title: 'Contract preview', description: 'What one Stripe subscription would become: a customer contract on a rate card with its own terms.' }],
  [S.ZDraftContract.shape.starting_at, { description: 'The Stripe subscription start (hour-aligned), so billing periods line up.' }],
  [S.ZUsageStatementSchedule, { title: 'Usage statement schedule', description: '`invoice_generation_starting_at` (the cutover) stops Metronome from re-issuing periods Stripe invoiced.' }],
  [S.ZCommit, { title: 'Commit', description: 'PREPAID or POSTPAID spend on a FIXED product; migrated paid balances use `invoice_schedule.do_not_invoice`.' }],
  [S.ZCredit, { title: 'Credit', description: 'A free balance on a FIXED product (e.g. a migrated promotional credit grant).' }],
  [S.ZAccessSchedule, { title: 'Access schedule', description: `When and how much balance is available. amounts: ${MONEY}` }],
  [S.ZInvoiceSchedule, { title: 'Invoice schedule' }],
  [S.ZScheduleItem, { title: 'Schedule item' }],
  [S.ZSpecifier, { title: 'Specifier', description: 'Fields are ANDed; several specifiers are ORed.' }],
  [S.ZOverride, { title: 'Override', description: 'Per-contract price change: MULTIPLIER, OVERWRITE (a new rate) or TIERED multipliers; may also switch `entitled`.' }],
  [S.ZOverwriteRate, { title: 'Overwrite rate' }],
  [S.ZSubscriptionTerm, { title: 'Subscription term', description: 'A recurring fee on a SUBSCRIPTION product; its billing_frequency must match a rate on the card.' }],
  [S.ZKey, { description: 'Stable readable key: lower-case letters, digits and . _ : - ; never changes once assigned.' }],
]
