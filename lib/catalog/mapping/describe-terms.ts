/** Short, exact wordings of prices and tiers for decision reasons. Pure. */
import { stripeMinorToMajor } from '../money'
import type { TTier } from '../schemas'
import { tierFlatMinor, tierUnitMinor, type StripePriceTier } from '../stripe/price'

/** Metronome tiers as metronome-domain.md writes them: [{size:5, price:700}, {price:600}]. */
export function describeTiers(tiers: readonly TTier[]): string {
  return `[${tiers.map((t) => (t.size === undefined ? `{price:${t.price}}` : `{size:${t.size}, price:${t.price}}`)).join(', ')}]`
}

/** Stripe tiers in major units: "1–5 at 7, 6–10 at 6.5, 11+ at 6 (+ flat 20) USD". */
export function describeStripeTiers(tiers: readonly StripePriceTier[], currency: string): string {
  let prev = 0
  const parts = tiers.map((t) => {
    const upTo = typeof t.up_to === 'number' ? t.up_to : null
    const range = upTo === null ? `${prev + 1}+` : `${prev + 1}–${upTo}`
    if (upTo !== null) prev = upTo
    const flat = tierFlatMinor(t)
    const flatText = flat !== '0' ? ` + flat ${stripeMinorToMajor(flat, currency)}` : ''
    return `${range} at ${stripeMinorToMajor(tierUnitMinor(t), currency)}${flatText}`
  })
  return `${parts.join(', ')} ${currency}`
}

export function describeValues(values: Record<string, string>): string {
  const keys = Object.keys(values).sort()
  return keys.length ? ` for ${keys.map((k) => `${k}=${values[k]}`).join(', ')}` : ''
}
