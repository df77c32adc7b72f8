/**
 * MTR-63 · Rates are added with addRates, not one addRate call each.
 * Invariant: warns when the publish plan (context.plannedRateCalls) adds more than one rate through the
 * single-rate addRate endpoint. Ratecraft's publisher batches by construction; the rule checks any plan
 * handed to it.
 * Source: metronome-domain.md §8 rule 63 [SDK-NODE]; metronome-api.md §3 R14 (W).
 */
import { globalRule, onRoot } from '../rule'
import { cite } from '../support/sources'

export default globalRule({
  code: 'MTR-63',
  severity: 'warning',
  title: 'addRate used for many rates',
  explanation: '`addRate` "is heavily rate limited"; `addRates` adds many rates in one call. Checks the planned rate calls in the validation context.',
  fix: 'Add rates in batches with addRates (rate_cards.rates.add_many).',
  ...cite('metronome-domain.md §8 rule 63', ['SDK-NODE']),
  appliesTo: ['context'],
  check(ctx) {
    const calls = ctx.input.plannedRateCalls
    if (!Array.isArray(calls)) return
    const single = calls.map((c, i) => ({ c, i })).filter(({ c }) => c?.method === 'addRate')
    const total = single.reduce((n, { c }) => n + (typeof c.count === 'number' ? c.count : 1), 0)
    if (total <= 1) return
    return [onRoot('plannedRateCalls', single[0]!.i, ['method'], `The plan adds ${total} rates with addRate, which is heavily rate limited: use addRates (add_many) to add them in batches.`)]
  },
})
