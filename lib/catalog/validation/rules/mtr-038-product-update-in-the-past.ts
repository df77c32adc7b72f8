/**
 * MTR-38 · Product updates dated in the past rewrite billing.
 * Invariant: warns when the effective time of scheduled product updates (context.effectiveAt) is before
 * `now` while the draft updates published products.
 * Source: metronome-domain.md §8 rule 38 [MD-PROD] (W).
 */
import { globalRule, onRoot } from '../rule'
import { cite } from '../support/sources'
import { parseTime } from '../support/time'
import { productsWithScheduledUpdates } from '../support/updates'
import { plural } from '../support/text'

export default globalRule({
  code: 'MTR-38',
  severity: 'warning',
  title: 'Product update dated in the past',
  explanation: 'A product update with a past `starting_at` applies retroactively: usage since then is re-rated under the new settings (including the metric a product points at).',
  fix: 'Use an effective time in the future unless the retroactive change is intended.',
  ...cite('metronome-domain.md §8 rule 38', ['MD-PROD', 'MD-API-PROD-U']),
  appliesTo: ['product', 'billable_metric', 'published', 'context'],
  check(ctx) {
    const ms = parseTime(ctx.effectiveAt.raw)
    if (ms === undefined || ctx.now === undefined || ms >= ctx.now) return
    const products = productsWithScheduledUpdates(ctx)
    if (!products.length) return
    return [
      onRoot('effectiveAt', undefined, [], `The effective time ${ctx.effectiveAt.raw} is in the past: updating ${plural(products.length, 'published product')} (e.g. \`${products[0]}\`) from then re-rates usage retroactively. Use a future time unless that is intended.`),
    ]
  },
})
