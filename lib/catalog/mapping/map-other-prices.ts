/**
 * Prices that are neither metered nor licensed recurring: one-time prices and anything unknown.
 * Pure over the context. Every one gets an explanation (never silently dropped).
 */
import type { DraftContext } from './draft-context'
import { priceRule } from './governing-rule'

export function mapOtherPrices(ctx: DraftContext): void {
  for (const p of ctx.index.prices) {
    if (ctx.priceOutcomes.has(p.id)) continue
    const oneTime = (p.type ?? (p.recurring ? 'recurring' : 'one_time')) === 'one_time' || !p.recurring
    const reason = oneTime
      ? `One-time price ${p.id} is not a rate-card rate in Metronome; charge it as a scheduled charge on a FIXED product in the contract, or keep selling it through Stripe Checkout or invoices.`
      : `Price ${p.id} has usage type "${p.recurring?.usage_type ?? 'unknown'}", which Ratecraft does not know how to map.`
    ctx.priceOutcomes.set(p.id, { kind: 'not_mapped', reason })
    ctx.decide({ stripeType: 'price', stripeId: p.id, rule: oneTime ? 'M24' : priceRule(p), targets: [], fidelity: (p.active ?? true) ? 'unsupported' : 'exact', reason: (p.active ?? true) ? reason : `Price ${p.id} is archived in Stripe and not recurring: nothing to migrate.` })
  }
}
