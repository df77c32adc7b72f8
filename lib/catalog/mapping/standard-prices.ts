/**
 * Picks, among prices that would price the same thing on one rate card, the one that becomes the list
 * rate (M18). Pure.
 *
 * On a Metronome rate card every entitled product bills every matching event, so two Stripe prices on
 * the same metric, pricing group values and currency cannot both become list rates. The standard one
 * is the price most live subscriptions use (then active, then oldest); the others — customer-specific
 * or grandfathered prices — become contract overrides on the contracts that use them.
 */
import type { StripePrice } from '../stripe/price'
import { liveSubscriberCount } from './price-scope'
import type { SnapshotIndex } from './snapshot-index'

export function rankStandard(index: SnapshotIndex) {
  return (a: StripePrice, b: StripePrice): number => {
    const subs = liveSubscriberCount(index, b.id) - liveSubscriberCount(index, a.id)
    if (subs !== 0) return subs
    const active = Number(b.active ?? true) - Number(a.active ?? true)
    if (active !== 0) return active
    const created = (a.created ?? 0) - (b.created ?? 0)
    if (created !== 0) return created
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0
  }
}

/** Groups prices by `slotOf` and returns, for each price, the id of its group's standard price. */
export function chooseStandards(index: SnapshotIndex, prices: readonly StripePrice[], slotOf: (p: StripePrice) => string): Map<string, string> {
  const groups = new Map<string, StripePrice[]>()
  for (const p of prices) groups.set(slotOf(p), [...(groups.get(slotOf(p)) ?? []), p])
  const standardOf = new Map<string, string>()
  for (const group of groups.values()) {
    const standard = [...group].sort(rankStandard(index))[0]!
    for (const p of group) standardOf.set(p.id, standard.id)
  }
  return standardOf
}
