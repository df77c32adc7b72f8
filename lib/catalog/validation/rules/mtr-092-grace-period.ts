/**
 * MTR-92 · The invoice grace period covers the event pipeline's latency.
 * Invariant: warns when context.pipeline.latencyHours ≥ the grace period (accountFlags.gracePeriodHours,
 * default 24). The catalogue cannot express grace periods; without a latency there is nothing to check.
 * Source: metronome-domain.md §8 rule 92 and §4.3 [MD-INV][AI-…/invoicing.md] (W).
 */
import { globalRule, onRoot } from '../rule'
import { cite } from '../support/sources'

export default globalRule({
  code: 'MTR-92',
  severity: 'warning',
  title: 'Grace period shorter than event latency',
  explanation:
    'Usage invoices finalise after a grace period (24 hours by default, changed through Metronome support); events arriving later are not on the invoice. Stripe meters allow one hour. Checks the pipeline latency given in the validation context.',
  fix: 'Reduce the pipeline latency, or ask Metronome for a longer grace period.',
  ...cite('metronome-domain.md §8 rule 92', ['MD-INV', 'AI']),
  appliesTo: ['context'],
  check(ctx) {
    const latency = ctx.input.pipeline?.latencyHours
    if (typeof latency !== 'number' || !Number.isFinite(latency)) return
    const grace = typeof ctx.flags.gracePeriodHours === 'number' ? ctx.flags.gracePeriodHours : 24
    if (latency < grace) return
    return [onRoot('pipeline', undefined, ['latencyHours'], `Events can arrive up to ${latency} h late, but invoices finalise ${grace} h after the period ends: late usage would be left off. Ask Metronome for a longer grace period or speed up the pipeline.`)]
  },
})
