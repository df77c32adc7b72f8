/**
 * Stripe graduated tiers → Metronome TIERED rate (metronome-domain.md Appendix A, rules M11–M13). Pure.
 *
 * Sizes are widths: size_1 = up_to_1, size_i = up_to_i − up_to_(i−1), the unbounded last tier has no
 * size. A tier's `flat_amount` has no Metronome field:
 *  - M12: on the first tier with unit amount 0 ("included usage") it becomes a base fee (a SUBSCRIPTION
 *    product elsewhere) and the tier stays at price 0 — when `baseFeeAllowed`;
 *  - M13: anywhere else the tier is split into a 1-unit tier priced flat + unit, followed by the rest
 *    of the tier at the unit price (exact for integer quantities).
 */
import { D, dec, toDecimalString } from '../money'
import type { TTier } from '../schemas'
import { tierFlatMinor, tierUnitMinor, type StripePriceTier } from '../stripe/price'
import { convertMinor } from './price-amounts'

export type GraduatedConversion =
  | {
      ok: true
      tiers: TTier[]
      /** M12: Metronome price of the first tier's flat fee, when it became a base fee. */
      baseFee: string | null
      /** 1-based Stripe tier numbers split by M13. */
      splitTiers: number[]
      /** Prices a JSON number cannot carry exactly. */
      inexact: string[]
    }
  | { ok: false; reason: string }

/** Checks the ladder: bounded tiers strictly increasing whole numbers, only the last unbounded. */
export function tierBounds(tiers: StripePriceTier[]): { ok: true; bounds: Array<number | null> } | { ok: false; reason: string } {
  if (tiers.length === 0) return { ok: false, reason: 'the price has no tiers' }
  const bounds: Array<number | null> = []
  let prev = 0
  for (const [i, t] of tiers.entries()) {
    const last = i === tiers.length - 1
    const upTo = t.up_to === 'inf' || t.up_to === null || t.up_to === undefined ? null : t.up_to
    if (upTo === null && !last) return { ok: false, reason: `tier ${i + 1} is unbounded but is not the last tier` }
    if (upTo === null) {
      bounds.push(null)
      continue
    }
    if (last) return { ok: false, reason: 'the last tier is bounded (Stripe requires an "inf" last tier); quantities above it have no price' }
    if (!Number.isInteger(upTo) || upTo <= prev) return { ok: false, reason: `tier ${i + 1} ends at ${upTo}, not a whole number above ${prev}` }
    bounds.push(upTo)
    prev = upTo
  }
  return { ok: true, bounds }
}

export function convertGraduatedTiers(
  tiers: StripePriceTier[],
  currency: string,
  opts: { baseFeeAllowed: boolean },
): GraduatedConversion {
  const checked = tierBounds(tiers)
  if (!checked.ok) return checked
  const out: TTier[] = []
  const splitTiers: number[] = []
  const inexact: string[] = []
  let baseFee: string | null = null
  let prev = 0
  const price = (minor: string) => {
    const c = convertMinor(minor, currency)
    if (!c.exactNumber) inexact.push(c.price)
    return c.price
  }
  const push = (p: string, size: number | null) => out.push(size === null ? { price: p } : { size, price: p })

  for (const [i, t] of tiers.entries()) {
    const upTo = checked.bounds[i] ?? null
    const width = upTo === null ? null : upTo - prev
    const unit = tierUnitMinor(t)
    const flat = tierFlatMinor(t)
    const hasFlat = dec(flat).gt(0)
    if (hasFlat && i === 0 && dec(unit).isZero() && opts.baseFeeAllowed) {
      baseFee = price(flat)
      push(price('0'), width)
    } else if (hasFlat) {
      // M13: the first unit of the tier carries the tier's flat fee.
      splitTiers.push(i + 1)
      push(price(toDecimalString(new D(flat).plus(unit))), 1)
      if (width === null) push(price(unit), null)
      else if (width > 1) push(price(unit), width - 1)
    } else {
      push(price(unit), width)
    }
    if (upTo !== null) prev = upTo
  }
  return { ok: true, tiers: out, baseFee, splitTiers, inexact }
}
