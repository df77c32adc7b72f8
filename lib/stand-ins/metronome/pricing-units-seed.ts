import { createHash } from 'node:crypto'
import type { PricingUnit } from './types'

/** Metronome's documented id for "USD (cents)"; the same in every account. */
export const USD_CENTS_ID = '2714e483-4ff1-48e4-9e25-ac732e8f24f2'

/**
 * The other supported fiat currencies (metronome-domain.md §3.1). Their real ids differ per account, so the emulator
 * derives stable ones from the code: the same code gives the same id on every run and machine, and tests can compute
 * them with `stableUnitId`. JPY is deliberately absent: Metronome does not support it, and the app must notice.
 */
export const SEEDED_FIAT_CODES = [
  'AUD', 'BRL', 'CAD', 'CHF', 'CZK', 'EUR', 'GBP', 'INR', 'MXN', 'NGN',
  'NOK', 'PLN', 'SEK', 'TRY', 'ZAR', 'NZD', 'SGD', 'DKK', 'CNY',
] as const

/** The custom pricing unit every fresh account has, so rates in a custom unit can be exercised without admin calls. */
export const SEEDED_CUSTOM_UNIT_NAME = 'Credits'

/** A deterministic RFC 4122-shaped (version 5 layout) UUID for a seeded name. */
export function stableUnitId(seed: string): string {
  const hex = createHash('sha256').update(`ratecraft-metronome-emulator:${seed}`).digest('hex')
  const variant = ((parseInt(hex.charAt(16), 16) & 0x3) | 0x8).toString(16)
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`
}

export function seededPricingUnits(): PricingUnit[] {
  return [
    { id: USD_CENTS_ID, name: 'USD (cents)', is_currency: true },
    ...SEEDED_FIAT_CODES.map((code) => ({ id: stableUnitId(`fiat:${code}`), name: code, is_currency: true })),
    { id: stableUnitId(`custom:${SEEDED_CUSTOM_UNIT_NAME}`), name: SEEDED_CUSTOM_UNIT_NAME, is_currency: false },
  ]
}
