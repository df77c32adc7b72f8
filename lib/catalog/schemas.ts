/**
 * The catalogue-as-code format, version 1: the Metronome design of a workspace as one JSON document.
 *
 * Pure (zod only). Field names follow Metronome's API (snake_case) so a JSON Pointer into this document
 * names the same field a Metronome error names; references between objects use stable keys instead of
 * Metronome ids (`billable_metric: "<metric key>"`), which the publisher resolves.
 *
 * Money: every price is a decimal string exactly as Metronome will receive it — USD in cents, other fiat
 * currencies in whole units, custom pricing units in their own unit (`credit_type` says which). Nothing
 * here is a float; `money.ts#toMetronomeNumber` is the one place that decides how a value is sent.
 *
 * Two schema families (architecture.md convention 2):
 *  - `ZDraft*`: anything saveable. Work in progress stores with empty names, missing prices, etc.
 *    This is also the published JSON Schema of the format (`ratecraft apply` checks files against it).
 *  - `ZPublishable*`: the structural publish gate (required fields, RFC 3339 times, decimal strings).
 *    Semantic rules (metronome-domain.md §8) live in `validation/rules/*`, not here.
 */
import { z } from 'zod'

export const CATALOG_FORMAT = 'ratecraft.catalog'
export const CATALOG_VERSION = 1
export const CATALOG_SCHEMA_ID = 'https://ratecraft.dev/schema/catalog-v1.json'

/** Stable, readable identity of a catalogue object, used by the JSON format, the CLI and URLs. */
export const ZKey = z
  .string()
  .min(1, 'key must not be empty')
  .max(200, 'key must be at most 200 characters')
  .regex(/^[a-z0-9][a-z0-9._:-]*$/, 'key must be lower-case letters, digits and . _ : - (start with a letter or digit)')

/** Decimal string without exponent: "12", "0.0125", "-3.5". */
export const ZDecimalString = z
  .string()
  .regex(/^-?(0|[1-9]\d*)(\.\d+)?$/, 'must be a decimal string such as "12.5" (no exponent, no thousands separators)')

/** RFC 3339 UTC timestamp with a 4-digit year, e.g. 2026-12-01T00:00:00Z (milliseconds allowed). */
export const ZTimestamp = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/, 'must be an RFC 3339 UTC time such as 2026-12-01T00:00:00Z')
  .refine((s) => !Number.isNaN(Date.parse(s)), 'must be a real date and time')

export const AGGREGATION_TYPES = ['COUNT', 'SUM', 'MAX', 'LATEST', 'UNIQUE'] as const
export const PRODUCT_TYPES = ['USAGE', 'SUBSCRIPTION', 'COMPOSITE', 'FIXED', 'PROFESSIONAL_SERVICE', 'PRO_SERVICE'] as const
export const RATE_TYPES = ['FLAT', 'TIERED', 'PERCENTAGE', 'TIERED_PERCENTAGE', 'SUBSCRIPTION', 'CUSTOM'] as const
export const BILLING_FREQUENCIES = ['MONTHLY', 'QUARTERLY', 'ANNUAL', 'WEEKLY'] as const
export const ROUNDING_METHODS = ['ROUND_UP', 'ROUND_DOWN', 'ROUND_HALF_UP'] as const
export const CONVERSION_OPERATIONS = ['MULTIPLY', 'DIVIDE'] as const
export const TIME_UNITS = ['DAYS', 'WEEKS', 'MONTHS', 'YEARS'] as const

const ZStringList = z.array(z.string())
const ZCustomFields = z.record(z.string(), z.string())

/** Where an object came from in Stripe: lets rules compare a design value with its Stripe origin. */
export const ZOrigin = z.strictObject({
  type: z.string(),
  id: z.string(),
  /** Stripe amount in minor units as a decimal string (unit_amount_decimal), when the origin is a price. */
  amount: z.string().optional(),
  currency: z.string().optional(),
})

// ---------------------------------------------------------------------------------------------------
// Billable metrics

export const ZPropertyFilter = z.strictObject({
  name: z.string(),
  exists: z.boolean().optional(),
  in_values: ZStringList.optional(),
  not_in_values: ZStringList.optional(),
})

export const ZEventTypeFilter = z.strictObject({
  in_values: ZStringList.optional(),
  not_in_values: ZStringList.optional(),
})

export const ZDraftBillableMetric = z.strictObject({
  key: ZKey,
  name: z.string(),
  description: z.string().optional(),
  event_type_filter: ZEventTypeFilter.optional(),
  property_filters: z.array(ZPropertyFilter).optional(),
  aggregation_type: z.string().optional(),
  aggregation_key: z.string().optional(),
  group_keys: z.array(ZStringList).optional(),
  sql: z.string().optional(),
  custom_fields: ZCustomFields.optional(),
  /** Expected per-customer distinct values of a property (cardinality lint, MTR-13). */
  cardinality: z.record(z.string(), z.number()).optional(),
  /** Columns a SQL metric returns (the only usable group keys for SQL metrics). */
  sql_output_columns: ZStringList.optional(),
  origin: z.array(ZOrigin).optional(),
})

// ---------------------------------------------------------------------------------------------------
// Products

export const ZQuantityConversion = z.strictObject({
  conversion_factor: z.string(),
  operation: z.string(),
  name: z.string().optional(),
})

export const ZQuantityRounding = z.strictObject({
  decimal_places: z.number(),
  rounding_method: z.string(),
})

export const ZDraftProduct = z.strictObject({
  key: ZKey,
  name: z.string(),
  type: z.string(),
  /** Key of the billable metric (USAGE products). */
  billable_metric: z.string().optional(),
  pricing_group_key: ZStringList.optional(),
  presentation_group_key: ZStringList.optional(),
  quantity_conversion: ZQuantityConversion.nullable().optional(),
  quantity_rounding: ZQuantityRounding.nullable().optional(),
  /** Keys of the products a COMPOSITE product charges a percentage of. */
  composite_products: ZStringList.optional(),
  composite_tags: ZStringList.optional(),
  exclude_free_usage: z.boolean().optional(),
  include_composite_spend: z.boolean().optional(),
  sql_breakdown_granularity: z.string().optional(),
  tags: ZStringList.optional(),
  custom_fields: ZCustomFields.optional(),
  is_refundable: z.boolean().optional(),
  netsuite_internal_item_id: z.string().optional(),
  netsuite_overage_item_id: z.string().optional(),
  origin: z.array(ZOrigin).optional(),
})

// ---------------------------------------------------------------------------------------------------
// Pricing units, rate cards, rates

/** A custom pricing unit. Fiat currencies are not declared: they are referenced by ISO code. */
export const ZDraftPricingUnit = z.strictObject({
  key: ZKey,
  name: z.string(),
  description: z.string().optional(),
})

export const ZCreditTypeConversion = z.strictObject({
  /** Key of a custom pricing unit. */
  pricing_unit: z.string(),
  /** Card fiat per one custom unit, in the card's Metronome denomination (USD cents, other fiat whole units). */
  fiat_per_custom_credit: z.string(),
})

export const ZAlias = z.strictObject({
  name: z.string(),
  starting_at: z.string().optional(),
  ending_before: z.string().optional(),
})

export const ZDraftRateCard = z.strictObject({
  key: ZKey,
  name: z.string(),
  description: z.string().optional(),
  /** ISO 4217 code of the card's one fiat currency (USD is sent as "USD (cents)"). */
  fiat_currency: z.string(),
  credit_type_conversions: z.array(ZCreditTypeConversion).optional(),
  aliases: z.array(ZAlias).optional(),
  custom_fields: ZCustomFields.optional(),
})

export const ZTier = z.strictObject({
  price: z.string(),
  /** Width of the tier in units; the last tier omits it (unbounded). */
  size: z.number().optional(),
})

export const ZCommitRate = z.strictObject({
  rate_type: z.string(),
  price: z.string().optional(),
  tiers: z.array(ZTier).optional(),
})

export const ZDraftRate = z.strictObject({
  key: ZKey,
  rate_card: z.string(),
  product: z.string(),
  rate_type: z.string(),
  price: z.string().optional(),
  tiers: z.array(ZTier).optional(),
  pricing_group_values: z.record(z.string(), z.string()).optional(),
  /** ISO fiat code or a pricing-unit key; omitted = the card's fiat currency. */
  credit_type: z.string().optional(),
  starting_at: z.string(),
  ending_before: z.string().optional(),
  entitled: z.boolean().optional(),
  billing_frequency: z.string().optional(),
  commit_rate: ZCommitRate.optional(),
  quantity: z.number().optional(),
  is_prorated: z.boolean().optional(),
  custom_rate: z.record(z.string(), z.unknown()).optional(),
  origin: z.array(ZOrigin).optional(),
})

// ---------------------------------------------------------------------------------------------------
// Contract terms (packages and contract previews share them)

export const ZScheduleItem = z.strictObject({
  amount: z.string(),
  starting_at: z.string(),
  ending_before: z.string(),
})

export const ZAccessSchedule = z.strictObject({
  credit_type: z.string().optional(),
  schedule_items: z.array(ZScheduleItem),
})

export const ZInvoiceScheduleItem = z.strictObject({
  timestamp: z.string(),
  amount: z.string().optional(),
  unit_price: z.string().optional(),
  quantity: z.string().optional(),
})

export const ZInvoiceSchedule = z.strictObject({
  credit_type: z.string().optional(),
  do_not_invoice: z.boolean().optional(),
  schedule_items: z.array(ZInvoiceScheduleItem),
})

export const ZSpecifier = z.strictObject({
  product: z.string().optional(),
  product_tags: ZStringList.optional(),
  pricing_group_values: z.record(z.string(), z.string()).optional(),
  presentation_group_values: z.record(z.string(), z.string()).optional(),
  billing_frequency: z.string().optional(),
  commit_ids: ZStringList.optional(),
  recurring_commit_ids: ZStringList.optional(),
  recurring_credit_ids: ZStringList.optional(),
})

const commitFields = {
  key: ZKey.optional(),
  name: z.string().optional(),
  description: z.string().optional(),
  /** Key of a FIXED product. */
  product: z.string(),
  priority: z.number().optional(),
  access_schedule: ZAccessSchedule.optional(),
  applicable_products: ZStringList.optional(),
  applicable_product_tags: ZStringList.optional(),
  specifiers: z.array(ZSpecifier).optional(),
  rate_type: z.string().optional(),
  rollover_fraction: z.number().optional(),
  origin: z.array(ZOrigin).optional(),
}

export const ZCommit = z.strictObject({
  ...commitFields,
  type: z.string(),
  invoice_schedule: ZInvoiceSchedule.optional(),
})

export const ZCredit = z.strictObject(commitFields)

export const ZOverwriteRate = z.strictObject({
  rate_type: z.string(),
  price: z.string().optional(),
  tiers: z.array(ZTier).optional(),
  credit_type: z.string().optional(),
  quantity: z.number().optional(),
  is_prorated: z.boolean().optional(),
})

export const ZOverride = z.strictObject({
  key: ZKey.optional(),
  type: z.string(),
  starting_at: z.string(),
  ending_before: z.string().optional(),
  entitled: z.boolean().optional(),
  product: z.string().optional(),
  applicable_product_tags: ZStringList.optional(),
  override_specifiers: z.array(ZSpecifier).optional(),
  multiplier: z.string().optional(),
  overwrite_rate: ZOverwriteRate.optional(),
  tiers: z.array(z.strictObject({ multiplier: z.string(), size: z.number().optional() })).optional(),
  priority: z.number().optional(),
  is_commit_specific: z.boolean().optional(),
  target: z.string().optional(),
  origin: z.array(ZOrigin).optional(),
})

export const ZUsageStatementSchedule = z.strictObject({
  frequency: z.string(),
  day: z.string().optional(),
  billing_anchor_date: z.string().optional(),
  invoice_generation_starting_at: z.string().optional(),
})

export const ZSubscriptionTerm = z.strictObject({
  key: ZKey.optional(),
  name: z.string().optional(),
  /** Key of a SUBSCRIPTION product; with billing_frequency it must match a rate on the card. */
  product: z.string(),
  billing_frequency: z.string(),
  collection_schedule: z.string(),
  quantity_management_mode: z.string().optional(),
  initial_quantity: z.number().optional(),
  seat_group_key: z.string().optional(),
  starting_at: z.string().optional(),
  ending_before: z.string().optional(),
  proration: z.strictObject({ invoice_behavior: z.string().optional(), is_prorated: z.boolean().optional() }).optional(),
  origin: z.array(ZOrigin).optional(),
})

export const ZRelativeTime = z.strictObject({ unit: z.string(), value: z.number() })

export const ZDraftPackage = z.strictObject({
  key: ZKey,
  name: z.string(),
  aliases: z.array(ZAlias).optional(),
  rate_card: z.string().optional(),
  rate_card_alias: z.string().optional(),
  contract_name: z.string().optional(),
  duration: ZRelativeTime.optional(),
  net_payment_terms_days: z.number().optional(),
  billing_provider: z.string().optional(),
  usage_statement_schedule: z
    .strictObject({ frequency: z.string(), day: z.string().optional(), invoice_generation_starting_at_offset: ZRelativeTime.optional() })
    .optional(),
  multiplier_override_prioritization: z.string().optional(),
  commits: z.array(ZCommit).optional(),
  credits: z.array(ZCredit).optional(),
  overrides: z.array(ZOverride).optional(),
  subscriptions: z.array(ZSubscriptionTerm).optional(),
  uniqueness_key: z.string().optional(),
})

/**
 * A contract preview: what one Stripe subscription would become. Previews are designed and validated
 * here; provisioning customers and contracts is a later step of the migration.
 */
export const ZDraftContract = z.strictObject({
  key: ZKey,
  name: z.string().optional(),
  customer: z.strictObject({ stripe_id: z.string(), name: z.string().optional(), ingest_aliases: ZStringList.optional() }),
  rate_card: z.string().optional(),
  package: z.string().optional(),
  starting_at: z.string(),
  ending_before: z.string().optional(),
  usage_statement_schedule: ZUsageStatementSchedule.optional(),
  multiplier_override_prioritization: z.string().optional(),
  scheduled_charges_on_usage_invoices: z.string().optional(),
  billing_provider: z.string().optional(),
  commits: z.array(ZCommit).optional(),
  credits: z.array(ZCredit).optional(),
  overrides: z.array(ZOverride).optional(),
  subscriptions: z.array(ZSubscriptionTerm).optional(),
  usage_filter: z.strictObject({ group_key: z.string(), group_values: ZStringList, starting_at: z.string().optional() }).optional(),
  spend_threshold_configuration: z.record(z.string(), z.unknown()).optional(),
  prepaid_balance_threshold_configuration: z.record(z.string(), z.unknown()).optional(),
  origin: z.array(ZOrigin).optional(),
})

// ---------------------------------------------------------------------------------------------------
// The document

export const ZDraftCatalog = z.strictObject({
  $schema: z.string().optional(),
  format: z.literal(CATALOG_FORMAT),
  version: z.literal(CATALOG_VERSION),
  billableMetrics: z.array(ZDraftBillableMetric),
  products: z.array(ZDraftProduct),
  pricingUnits: z.array(ZDraftPricingUnit),
  rateCards: z.array(ZDraftRateCard),
  rates: z.array(ZDraftRate),
  packages: z.array(ZDraftPackage),
  contracts: z.array(ZDraftContract),
})

export type TDraftBillableMetric = z.infer<typeof ZDraftBillableMetric>
export type TDraftProduct = z.infer<typeof ZDraftProduct>
export type TDraftPricingUnit = z.infer<typeof ZDraftPricingUnit>
export type TDraftRateCard = z.infer<typeof ZDraftRateCard>
export type TDraftRate = z.infer<typeof ZDraftRate>
export type TDraftPackage = z.infer<typeof ZDraftPackage>
export type TDraftContract = z.infer<typeof ZDraftContract>
export type TCommit = z.infer<typeof ZCommit>
export type TCredit = z.infer<typeof ZCredit>
export type TOverride = z.infer<typeof ZOverride>
export type TTier = z.infer<typeof ZTier>
export type TOrigin = z.infer<typeof ZOrigin>
export type TCatalog = z.infer<typeof ZDraftCatalog>

// ---------------------------------------------------------------------------------------------------
// Publishable (structural gate). Enum values are upper-case here: the studio normalises spellings.

export const ZPublishableBillableMetric = ZDraftBillableMetric.extend({
  name: z.string().trim().min(1, 'name is required'),
  aggregation_type: z.enum(AGGREGATION_TYPES).optional(),
})

export const ZPublishableProduct = ZDraftProduct.extend({
  name: z.string().trim().min(1, 'name is required'),
  type: z.enum(PRODUCT_TYPES),
  quantity_conversion: ZQuantityConversion.extend({
    conversion_factor: ZDecimalString,
    operation: z.enum(CONVERSION_OPERATIONS),
  })
    .nullable()
    .optional(),
  quantity_rounding: ZQuantityRounding.extend({ rounding_method: z.enum(ROUNDING_METHODS) })
    .nullable()
    .optional(),
  sql_breakdown_granularity: z.enum(['HOUR', 'SERVICE_PERIOD']).optional(),
})

export const ZPublishableRateCard = ZDraftRateCard.extend({
  name: z.string().trim().min(1, 'name is required'),
  fiat_currency: z.string().regex(/^[A-Z]{3}$/, 'must be an upper-case ISO 4217 code such as USD'),
  credit_type_conversions: z
    .array(ZCreditTypeConversion.extend({ fiat_per_custom_credit: ZDecimalString }))
    .optional(),
})

const ZPublishableTier = ZTier.extend({ price: ZDecimalString })

export const ZPublishableRate = ZDraftRate.extend({
  rate_type: z.enum(RATE_TYPES),
  price: ZDecimalString.optional(),
  tiers: z.array(ZPublishableTier).optional(),
  starting_at: ZTimestamp,
  ending_before: ZTimestamp.optional(),
  entitled: z.boolean({ error: 'entitled is required (true makes the product available on every contract)' }),
  billing_frequency: z.enum(BILLING_FREQUENCIES).optional(),
  commit_rate: ZCommitRate.extend({
    rate_type: z.enum(RATE_TYPES),
    price: ZDecimalString.optional(),
    tiers: z.array(ZPublishableTier).optional(),
  }).optional(),
})

export const ZPublishablePricingUnit = ZDraftPricingUnit.extend({
  name: z.string().trim().min(1, 'name is required'),
})

export const ZPublishablePackage = ZDraftPackage.extend({
  name: z.string().trim().min(1, 'name is required'),
})

export const ZPublishableCatalog = ZDraftCatalog.extend({
  billableMetrics: z.array(ZPublishableBillableMetric),
  products: z.array(ZPublishableProduct),
  pricingUnits: z.array(ZPublishablePricingUnit),
  rateCards: z.array(ZPublishableRateCard),
  rates: z.array(ZPublishableRate),
  packages: z.array(ZPublishablePackage),
})

/** The object kinds of a catalogue, with the document array each lives in. */
export const CATALOG_KINDS = {
  billable_metric: 'billableMetrics',
  product: 'products',
  pricing_unit: 'pricingUnits',
  rate_card: 'rateCards',
  rate: 'rates',
  package: 'packages',
  contract: 'contracts',
} as const

export type CatalogKind = keyof typeof CATALOG_KINDS
export type CatalogArrayName = (typeof CATALOG_KINDS)[CatalogKind]

export type CatalogObjectOf<K extends CatalogKind> = TCatalog[(typeof CATALOG_KINDS)[K]][number]

export function emptyCatalog(): TCatalog {
  return {
    format: CATALOG_FORMAT,
    version: CATALOG_VERSION,
    billableMetrics: [],
    products: [],
    pricingUnits: [],
    rateCards: [],
    rates: [],
    packages: [],
    contracts: [],
  }
}
