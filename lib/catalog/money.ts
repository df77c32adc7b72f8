/**
 * Money without floats. Pure (decimal.js only).
 *
 * Three denominations meet here:
 *  - Stripe amounts: minor units of the currency (cents for USD, yen for JPY), as integers or decimal
 *    strings with up to 12 decimal places (`unit_amount_decimal`).
 *  - Metronome prices: USD in cents, every other fiat currency in whole units, custom pricing units in
 *    their own unit (metronome-domain.md §3.1 "Denomination gotcha", rule M9).
 *  - What people read and the CLI prints: the currency's major unit ("12.34").
 * Conversions between them happen only through the functions below (architecture.md convention 12).
 */
import Decimal from 'decimal.js'

export const D = Decimal.clone({ precision: 60, rounding: Decimal.ROUND_HALF_UP, toExpNeg: -100, toExpPos: 100 })
export type Dec = InstanceType<typeof D>

/** Metronome's supported fiat currencies (metronome-domain.md §3.1, [MD-CPU]). */
export const METRONOME_FIAT_CURRENCIES = [
  'USD', 'AUD', 'BRL', 'CAD', 'CHF', 'CZK', 'EUR', 'GBP', 'INR', 'MXN',
  'NGN', 'NOK', 'PLN', 'SEK', 'TRY', 'ZAR', 'NZD', 'SGD', 'DKK', 'CNY',
] as const
export type MetronomeFiat = (typeof METRONOME_FIAT_CURRENCIES)[number]

export function isMetronomeFiat(code: string): code is MetronomeFiat {
  return (METRONOME_FIAT_CURRENCIES as readonly string[]).includes(code.toUpperCase())
}

/** ISO 4217 minor-unit exponents that differ from 2 (Stripe uses the same table). */
const EXPONENT_OVERRIDES: Record<string, number> = {
  BIF: 0, CLP: 0, DJF: 0, GNF: 0, JPY: 0, KMF: 0, KRW: 0, MGA: 0, PYG: 0, RWF: 0, UGX: 0, VND: 0,
  VUV: 0, XAF: 0, XOF: 0, XPF: 0, ISK: 0,
  BHD: 3, JOD: 3, KWD: 3, OMR: 3, TND: 3,
}

export function currencyExponent(currency: string): number {
  return EXPONENT_OVERRIDES[currency.toUpperCase()] ?? 2
}

/** Parses a decimal string or integer; throws on anything else (callers validate first). */
export function dec(value: string | number | Dec): Dec {
  if (typeof value === 'number' && !Number.isFinite(value)) throw new Error(`not a finite number: ${value}`)
  return new D(value)
}

export function isDecimalString(value: unknown): value is string {
  return typeof value === 'string' && /^-?(0|[1-9]\d*)(\.\d+)?$/.test(value)
}

/** Canonical decimal string: no exponent, no trailing zeros after the point ("1.50" → "1.5"). */
export function toDecimalString(value: Dec | string | number): string {
  const d = value instanceof D ? value : dec(value)
  return d.toFixed()
}

/**
 * Stripe minor units → Metronome price for a rate in that fiat currency (M9):
 * USD keeps cents; other supported currencies become whole units (EUR 1050 → "10.5").
 */
export function stripeMinorToMetronomePrice(minor: string | number, currency: string): string {
  const code = currency.toUpperCase()
  const amount = dec(minor)
  if (code === 'USD') return toDecimalString(amount)
  return toDecimalString(amount.div(new D(10).pow(currencyExponent(code))))
}

/** Metronome price in a fiat currency → the major unit people read ("1250" USD cents → "12.5"). */
export function metronomePriceToMajor(price: string | number, currency: string): string {
  const amount = dec(price)
  return toDecimalString(currency.toUpperCase() === 'USD' ? amount.div(100) : amount)
}

/** Stripe minor units → major units ("1050" EUR → "10.5", "500" JPY → "500"). */
export function stripeMinorToMajor(minor: string | number, currency: string): string {
  return toDecimalString(dec(minor).div(new D(10).pow(currencyExponent(currency))))
}

/** Major units → Stripe minor units (exact; may carry decimals for sub-minor amounts). */
export function majorToStripeMinor(major: string | number, currency: string): string {
  return toDecimalString(dec(major).mul(new D(10).pow(currencyExponent(currency))))
}

/**
 * The one place that decides how a decimal is sent to Metronome, whose `price` is a JSON number.
 * `exact` is false when the JSON number would not read back as the same decimal (more than ~15–17
 * significant digits): rule RC-price-not-exact flags those before publish.
 */
export function toMetronomeNumber(value: string): { value: number; exact: boolean } {
  const n = Number(value)
  if (!Number.isFinite(n)) return { value: n, exact: false }
  return { value: n, exact: new D(String(n)).eq(dec(value)) }
}

/** Round to the currency's minor unit for an amount in major units (invoice-line precision). */
export function roundMajor(amount: Dec | string, currency: string, rounding: Decimal.Rounding = D.ROUND_HALF_UP): string {
  return dec(amount).toDecimalPlaces(currencyExponent(currency), rounding).toFixed(currencyExponent(currency))
}

const SYMBOLS: Record<string, string> = { USD: '$', EUR: '€', GBP: '£', JPY: '¥', CAD: 'CA$', AUD: 'A$', INR: '₹', CHF: 'CHF ', CNY: 'CN¥' }

/**
 * Human display of a major-unit amount. Keeps every significant decimal of sub-cent unit prices
 * ("$0.0000025") instead of rounding them away, and at least the currency's minor digits.
 */
export function formatMoney(major: string | number, currency: string): string {
  const code = currency.toUpperCase()
  const d = dec(major)
  const minDigits = currencyExponent(code)
  const digits = Math.max(minDigits, d.decimalPlaces())
  const [int = '0', frac] = d.abs().toFixed(digits).split('.')
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',')
  const sign = d.isNeg() ? '-' : ''
  const symbol = SYMBOLS[code]
  const body = frac ? `${grouped}.${frac}` : grouped
  return symbol ? `${sign}${symbol}${body}` : `${sign}${body} ${code}`
}
