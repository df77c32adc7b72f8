/**
 * A Stripe price's amounts per currency, converted to Metronome prices (M9, M16). Pure.
 *
 * Stripe amounts are minor units with up to 12 decimals; Metronome prices are USD cents or whole units
 * of other fiat currencies (money.ts owns the conversion). A converted value that a JSON number cannot
 * carry exactly is reported so the decision can say so — the catalogue keeps the exact decimal string.
 */
import { isMetronomeFiat, stripeMinorToMetronomePrice, toMetronomeNumber } from '../money'
import { unitAmountMinor, type StripePrice, type StripePriceTier } from '../stripe/price'

export type CurrencyTerms = {
  /** Upper-case ISO code. */
  currency: string
  /** Per-unit amount in Stripe minor units, or null (tiered or custom amount). */
  unitMinor: string | null
  tiers: StripePriceTier[] | null
  supported: boolean
}

/** The price's own currency first, then its `currency_options` in code order (M16). */
export function currencyTerms(price: StripePrice): CurrencyTerms[] {
  const own = price.currency.toUpperCase()
  const out: CurrencyTerms[] = [{ currency: own, unitMinor: unitAmountMinor(price), tiers: price.tiers ?? null, supported: isMetronomeFiat(own) }]
  const options = price.currency_options ?? {}
  for (const code of Object.keys(options).sort()) {
    const upper = code.toUpperCase()
    const opt = options[code]
    if (upper === own || !opt) continue
    out.push({ currency: upper, unitMinor: unitAmountMinor(opt), tiers: opt.tiers ?? null, supported: isMetronomeFiat(upper) })
  }
  return out
}

export type ConvertedAmount = { price: string; exactNumber: boolean }

export function convertMinor(minor: string, currency: string): ConvertedAmount {
  const price = stripeMinorToMetronomePrice(minor, currency)
  return { price, exactNumber: toMetronomeNumber(price).exact }
}

/** Human wording of a Metronome price for reasons: "700 (USD cents)", "10.5 EUR". */
export function describePrice(price: string, currency: string): string {
  return currency === 'USD' ? `${price} (USD cents)` : `${price} ${currency}`
}
