// Shapes of the emulator's persisted state. Everything here is plain JSON so the whole state can be written to
// (and read back from) the optional state file without a custom serialiser.

export type Iso = string

export type PricingUnit = { id: string; name: string; is_currency: boolean }

export type PropertyFilter = { name: string; exists?: boolean; in_values?: string[]; not_in_values?: string[] }

export type MetricRecord = {
  id: string
  name: string
  aggregation_type?: 'COUNT' | 'LATEST' | 'MAX' | 'SUM' | 'UNIQUE'
  aggregation_key?: string
  event_type_filter?: { in_values?: string[]; not_in_values?: string[] }
  property_filters?: PropertyFilter[]
  group_keys?: string[][]
  sql?: string
  created_at: Iso
  archived_at: Iso | null
}

export type ProductType = 'USAGE' | 'SUBSCRIPTION' | 'COMPOSITE' | 'FIXED' | 'PRO_SERVICE'

export type QuantityConversion = { conversion_factor: number; operation: 'MULTIPLY' | 'DIVIDE'; name?: string }
export type QuantityRounding = { decimal_places: number; rounding_method: 'ROUND_UP' | 'ROUND_DOWN' | 'ROUND_HALF_UP' }

/** The time-versioned part of a product: what `initial`, `current` and each `updates[]` entry carry. */
export type ProductFields = {
  name?: string
  billable_metric_id?: string
  composite_product_ids?: string[]
  composite_tags?: string[]
  composite_scope?: 'CUSTOMER' | 'CONTRACT'
  exclude_free_usage?: boolean
  is_refundable?: boolean
  netsuite_internal_item_id?: string
  netsuite_overage_item_id?: string
  presentation_group_key?: string[]
  pricing_group_key?: string[]
  quantity_conversion?: QuantityConversion | null
  quantity_rounding?: QuantityRounding | null
  sql_breakdown_granularity?: 'HOUR' | 'SERVICE_PERIOD'
  tags?: string[]
}

export type ProductVersion = ProductFields & { created_at: Iso; created_by: string; starting_at: Iso }

export type ProductRecord = {
  id: string
  type: ProductType
  initial: ProductVersion & { name: string }
  updates: ProductVersion[]
  archived_at: Iso | null
}

export type CreditTypeConversion = { custom_credit_type_id: string; fiat_per_custom_credit: number }
export type Alias = { name: string; starting_at?: Iso; ending_before?: Iso }

export type RateCardRecord = {
  id: string
  name: string
  description?: string
  fiat_credit_type_id: string
  credit_type_conversions: CreditTypeConversion[]
  aliases: Alias[]
  /** Explicit invoice order set through setRateCardProductsOrder / moveRateCardProducts. */
  product_order: string[]
  created_at: Iso
  created_by: string
  archived_at: Iso | null
}

export type RateType = 'FLAT' | 'PERCENTAGE' | 'SUBSCRIPTION' | 'TIERED' | 'TIERED_PERCENTAGE' | 'CUSTOM'
export type BillingFrequency = 'MONTHLY' | 'QUARTERLY' | 'ANNUAL' | 'WEEKLY'
export type Tier = { price: number; size?: number }
export type CommitRate = { rate_type: RateType; price?: number; tiers?: Tier[]; minimum_config?: { minimum: number } }

export type RateRecord = {
  /** Monotonic insertion number: among overlapping rates the most recently added one wins. */
  seq: number
  rate_card_id: string
  product_id: string
  entitled: boolean
  starting_at: Iso
  ending_before?: Iso
  rate_type: RateType
  price?: number
  tiers?: Tier[]
  /** Resolved pricing unit; absent for PERCENTAGE / TIERED_PERCENTAGE (they inherit it). */
  credit_type_id?: string
  pricing_group_values?: Record<string, string>
  billing_frequency?: BillingFrequency
  commit_rate?: CommitRate
  quantity?: number
  is_prorated?: boolean
  custom_rate?: Record<string, unknown>
  minimum_config?: { minimum: number }
  created_at: Iso
}

export type PackageRecord = {
  id: string
  created_at: Iso
  created_by: string
  archived_at: Iso | null
  /** The accepted create payload, enum spellings normalised to upper case. */
  params: Record<string, unknown> & { name: string; uniqueness_key?: string; rate_card_id?: string }
  /** Rate card the package resolved to at creation (from rate_card_id or rate_card_alias). */
  resolved_rate_card_id: string
}

export type CustomFieldKey = { entity: string; key: string; enforce_uniqueness: boolean }

export type IdempotencyEntry = {
  fingerprint: string
  status: number
  body: unknown
  headers?: Record<string, string>
  created_at: Iso
}

/** Something the real Metronome accepts without an error but that is very likely a mistake. */
export type SilentProblem = {
  seq: number
  at: Iso
  route: string
  code: string
  message: string
  entity?: string
  entity_id?: string
}

export type EmulatorState = {
  schema_version: 1
  seq: number
  pricing_units: PricingUnit[]
  billable_metrics: MetricRecord[]
  products: ProductRecord[]
  rate_cards: RateCardRecord[]
  rates: RateRecord[]
  packages: PackageRecord[]
  custom_field_keys: CustomFieldKey[]
  /** entity → entity id → key → value */
  custom_field_values: Record<string, Record<string, Record<string, string>>>
  /** uniqueness_key → package id (packages are the only catalogue object with one). */
  uniqueness_keys: Record<string, string>
  revoked_tokens: string[]
  /** `${token}\u0000${Idempotency-Key}` → cached result. */
  idempotency: Record<string, IdempotencyEntry>
  silent_problems: SilentProblem[]
}
