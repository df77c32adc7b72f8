/**
 * Lenient zod building blocks for raw Stripe JSON. Pure (zod + money.ts).
 *
 * Invariant: these accept everything Stripe may plausibly send — unknown fields survive
 * (`looseObject`), enums are open strings (Stripe adds values without a version bump), nullable
 * fields accept null or absence — and reject only what the mapping cannot read at all (a missing id,
 * an amount that is not a number). Decimals come out as canonical decimal strings, never floats.
 */
import { z } from 'zod'
import { isDecimalString, toDecimalString } from '../money'

export const ZStripeId = z.string().min(1, 'id must be a non-empty string')

/** Unix seconds. */
export const ZUnix = z.number().int('must be whole unix seconds')

/** An open enum: Stripe adds values, the mapping treats unknown ones as "unsupported". */
export const ZOpenEnum = z.string()

/** Stripe metadata: a string map; non-string values (never sent by Stripe) are stringified. */
export const ZMetadata = z
  .record(z.string(), z.unknown())
  .transform((m): Record<string, string> => {
    const out: Record<string, string> = {}
    for (const [k, v] of Object.entries(m)) if (v !== null && v !== undefined) out[k] = typeof v === 'string' ? v : JSON.stringify(v)
    return out
  })

/**
 * A Stripe decimal (`unit_amount_decimal`, wire type string) or an integer amount. Numbers are
 * accepted because some exports stringify SDK Decimals back to numbers; they are converted through
 * decimal.js, never used as floats afterwards.
 */
export const ZStripeDecimal = z
  .union([z.string(), z.number()])
  .refine((v) => (typeof v === 'number' ? Number.isFinite(v) : isDecimalString(v.trim())), 'must be a decimal amount such as "12.5"')
  .transform((v) => toDecimalString(typeof v === 'number' ? v : v.trim()))

/** An expandable reference (`"cus_123"` or the expanded object): always reduced to the id. */
export const ZExpandableId = z
  .union([ZStripeId, z.looseObject({ id: ZStripeId })])
  .transform((v) => (typeof v === 'string' ? v : v.id))

/** `object` discriminator check: a collection must hold the type it names (if `object` is present). */
export function objectIs(expected: string) {
  return z.string().refine((v) => v === expected, { message: `expected object "${expected}"` }).optional()
}
