/**
 * Lenient schema of a Stripe Price (stripe-api.md §2.4). Pure.
 * Amounts are in the currency's minor units; `*_decimal` fields carry up to 12 decimal places and are
 * normalised to decimal strings. `tiers` and `currency_options` exist only when the importer expanded
 * them; their absence is not the same as "no tiers".
 */
import { z } from 'zod'
import { ZExpandableId, ZMetadata, ZOpenEnum, ZStripeDecimal, ZStripeId, ZUnix, objectIs } from './lenient'

export const ZStripePriceTier = z.looseObject({
  flat_amount: z.number().nullish(),
  flat_amount_decimal: ZStripeDecimal.nullish(),
  unit_amount: z.number().nullish(),
  unit_amount_decimal: ZStripeDecimal.nullish(),
  /** null (or "inf") on the last tier = unbounded. */
  up_to: z.union([z.number(), z.literal('inf')]).nullish(),
})
export type StripePriceTier = z.infer<typeof ZStripePriceTier>

export const ZStripeCurrencyOption = z.looseObject({
  unit_amount: z.number().nullish(),
  unit_amount_decimal: ZStripeDecimal.nullish(),
  tiers: z.array(ZStripePriceTier).nullish(),
  custom_unit_amount: z.unknown().nullish(),
})
export type StripeCurrencyOption = z.infer<typeof ZStripeCurrencyOption>

export const ZStripeRecurring = z.looseObject({
  interval: ZOpenEnum,
  interval_count: z.number().int().positive().nullish(),
  meter: z.string().nullish(),
  usage_type: ZOpenEnum.nullish(),
  /** Legacy usage-records field (M3); gone from current API versions. */
  aggregate_usage: ZOpenEnum.nullish(),
  trial_period_days: z.number().nullish(),
})
export type StripeRecurring = z.infer<typeof ZStripeRecurring>

export const ZStripePrice = z.looseObject({
  id: ZStripeId,
  object: objectIs('price'),
  active: z.boolean().nullish(),
  created: ZUnix.nullish(),
  currency: z.string().min(3, 'currency is required'),
  currency_options: z.record(z.string(), ZStripeCurrencyOption).nullish(),
  billing_scheme: ZOpenEnum.nullish(),
  custom_unit_amount: z.unknown().nullish(),
  lookup_key: z.string().nullish(),
  metadata: ZMetadata.nullish(),
  nickname: z.string().nullish(),
  product: ZExpandableId,
  recurring: ZStripeRecurring.nullish(),
  tiers: z.array(ZStripePriceTier).nullish(),
  tiers_mode: ZOpenEnum.nullish(),
  transform_quantity: z.looseObject({ divide_by: z.number().positive(), round: ZOpenEnum }).nullish(),
  type: ZOpenEnum.nullish(),
  unit_amount: z.number().nullish(),
  unit_amount_decimal: ZStripeDecimal.nullish(),
})
export type StripePrice = z.infer<typeof ZStripePrice>

/** Metered = billed from usage (a meter or a legacy usage-record price). */
export function isMeteredPrice(p: StripePrice): boolean {
  return p.recurring?.usage_type === 'metered'
}

export function isLicensedPrice(p: StripePrice): boolean {
  return !!p.recurring && (p.recurring.usage_type ?? 'licensed') === 'licensed'
}

/** A price's unit amount in minor units as a decimal string (decimal field wins), or null. */
export function unitAmountMinor(p: { unit_amount?: number | null; unit_amount_decimal?: string | null }): string | null {
  if (p.unit_amount_decimal !== null && p.unit_amount_decimal !== undefined) return p.unit_amount_decimal
  if (p.unit_amount !== null && p.unit_amount !== undefined) return String(p.unit_amount)
  return null
}

/** Tier amounts in minor units as decimal strings; absent amounts are zero (Stripe's semantics). */
export function tierUnitMinor(t: StripePriceTier): string {
  return unitAmountMinor(t) ?? '0'
}

export function tierFlatMinor(t: StripePriceTier): string {
  if (t.flat_amount_decimal !== null && t.flat_amount_decimal !== undefined) return t.flat_amount_decimal
  if (t.flat_amount !== null && t.flat_amount !== undefined) return String(t.flat_amount)
  return '0'
}
