/**
 * The rate terms of one metered Stripe price in one currency (M9, M10 option b, M11–M13). Pure.
 * Returns a `RateSpec` (what goes on the rate card and into overrides) plus the techniques used, or the
 * reason the currency's terms cannot be expressed.
 */
import type { StripePrice } from '../stripe/price'
import type { RateSpec } from './draft-context'
import { convertGraduatedTiers } from './graduated-tiers'
import { convertMinor, type CurrencyTerms } from './price-amounts'
import { firstTierPrice } from './volume-tiers'

export type PriceShape = 'per_unit' | 'graduated' | 'volume' | 'unknown'

export function priceShape(p: StripePrice): PriceShape {
  const scheme = p.billing_scheme ?? 'per_unit'
  if (scheme === 'per_unit') return 'per_unit'
  if (scheme === 'tiered' && p.tiers_mode === 'graduated') return 'graduated'
  if (scheme === 'tiered' && p.tiers_mode === 'volume') return 'volume'
  return 'unknown'
}

export type TermsResult =
  | { ok: true; spec: RateSpec; baseFee: string | null; splitTiers: number[]; inexact: string[] }
  | { ok: false; reason: string }

export function usageTerms(shape: PriceShape, terms: CurrencyTerms, opts: { baseFeeAllowed: boolean }): TermsResult {
  const { currency } = terms
  if (shape === 'per_unit') {
    if (terms.unitMinor === null) return { ok: false, reason: `no unit amount in ${currency} (customer-chosen amounts cannot be drafted)` }
    const c = convertMinor(terms.unitMinor, currency)
    return { ok: true, spec: { rate_type: 'FLAT', price: c.price }, baseFee: null, splitTiers: [], inexact: c.exactNumber ? [] : [c.price] }
  }
  if (shape === 'graduated' || shape === 'volume') {
    if (!terms.tiers || terms.tiers.length === 0) return { ok: false, reason: `tiers in ${currency} were not imported (the importer must expand tiers and currency_options)` }
    if (shape === 'volume') {
      const first = firstTierPrice(terms.tiers, currency)
      if (first === null) return { ok: false, reason: 'the price has no tiers' }
      return { ok: true, spec: { rate_type: 'FLAT', price: first }, baseFee: null, splitTiers: [], inexact: [] }
    }
    const g = convertGraduatedTiers(terms.tiers, currency, opts)
    if (!g.ok) return g
    return { ok: true, spec: { rate_type: 'TIERED', tiers: g.tiers }, baseFee: g.baseFee, splitTiers: g.splitTiers, inexact: g.inexact }
  }
  return { ok: false, reason: 'its billing scheme is unknown' }
}
