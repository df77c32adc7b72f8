/**
 * Objects that failed even the lenient parse: explained as unsupported, never dropped. Pure.
 */
import type { DraftContext } from './draft-context'
import { governingRule } from './governing-rule'

export function mapRejected(ctx: DraftContext): void {
  const order = (a: { stripeType: string; stripeId: string }) => `${a.stripeType}:${a.stripeId}`
  for (const r of [...ctx.snap.rejected].sort((a, b) => (order(a) < order(b) ? -1 : order(a) > order(b) ? 1 : 0))) {
    ctx.decide({ stripeType: r.stripeType, stripeId: r.stripeId, rule: governingRule(r.stripeType), targets: [], fidelity: 'unsupported', reason: `${r.reason}; it was left out of the draft.` })
  }
}
