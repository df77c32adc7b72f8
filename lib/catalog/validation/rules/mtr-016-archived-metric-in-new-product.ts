/**
 * MTR-16 · New products never use an archived metric.
 * Invariant: a product that is new (or newly pointed at the metric) must not reference a metric recorded
 * as archived; products already published on it may keep it (they keep metering).
 * Source: metronome-domain.md §8 rule 16 [SDK-PY archive]; metronome-api.md §3 BM12 / P3 (E).
 */
import { objectRule, on } from '../rule'
import { cite } from '../support/sources'

export default objectRule<'product'>({
  code: 'MTR-16',
  severity: 'error',
  title: 'Archived metric used by a new product',
  explanation: 'An archived metric "can no longer be used in any new Products"; archiving cannot be undone. Products that already used it keep metering.',
  fix: 'Point the product at a live metric, or give the metric a new key so that Ratecraft creates a new one.',
  ...cite('metronome-domain.md §8 rule 16', ['SDK-PY', 'MD-API-BM-A']),
  subjects: ['product'],
  appliesTo: ['product', 'published'],
  check(e, ctx) {
    const metric = e.doc.billable_metric
    if (!metric || !ctx.published.get('billable_metric', metric)?.archived) return
    const before = ctx.published.get('product', e.key)
    if (before && !before.archived && before.doc?.billable_metric === metric) return
    return [
      on(e, ['billable_metric'], `The metric \`${metric}\` was archived in Metronome and cannot be used by a new product: point \`${e.key}\` at a live metric, or give the metric a new key to create a new one.`),
    ]
  },
})
