/**
 * MTR-33 · Product keys are group keys of the metric.
 * Invariant: every pricing/presentation key of a USAGE product on a streaming metric appears in one of
 * the metric's group_keys (SQL metrics: MTR-22).
 * Source: metronome-domain.md §8 rule 33 [MD-PROD]; metronome-api.md §3 GK2 (E).
 */
import { objectRule, on } from '../rule'
import { isSql } from '../support/catalog'
import { cite } from '../support/sources'

function allGrouped(groups: string[][], keys: string[] | undefined): boolean {
  if (!keys) return true
  outer: for (const k of keys) {
    for (const g of groups) if (g.includes(k)) continue outer
    return false
  }
  return true
}

export default objectRule<'product'>({
  code: 'MTR-33',
  severity: 'error',
  title: 'Product key is not a metric group key',
  explanation: 'Pricing and presentation keys "can only be added if they have been defined as group keys on the underlying billable metric".',
  fix: 'Add the property to the metric\'s group keys (before the metric is published: group keys are immutable) or remove it from the product.',
  ...cite('metronome-domain.md §8 rule 33', ['MD-PROD']),
  subjects: ['product'],
  appliesTo: ['product', 'billable_metric'],
  check(e, ctx) {
    const pricing = e.doc.pricing_group_key
    const presentation = e.doc.presentation_group_key
    if (!pricing?.length && !presentation?.length) return
    const metric = ctx.index.get('billable_metric', e.doc.billable_metric)
    if (!metric || isSql(metric.doc)) return
    const groups = metric.doc.group_keys ?? []
    // Hot path: every key found in some group key, without building a set.
    if (allGrouped(groups, pricing) && allGrouped(groups, presentation)) return
    const props = new Set(groups.flat())
    return (['pricing_group_key', 'presentation_group_key'] as const).flatMap((field) =>
      (e.doc[field] ?? []).flatMap((k, i) =>
        props.has(k) ? [] : [on(e, [field, i], `\`${k}\` is not a group key of the metric \`${metric.key}\`: add it to the metric's \`group_keys\` (and \`property_filters\`) or remove it here.`)],
      ),
    )
  },
})
