/**
 * MTR-32 · Group keys, quantity conversion/rounding and the metric belong to USAGE products only.
 * Invariant: a non-USAGE product sets none of pricing_group_key, presentation_group_key,
 * quantity_conversion, quantity_rounding (non-empty / non-null), nor billable_metric.
 * Source: metronome-domain.md §8 rule 32 [MD-API-PROD-C][MD-PROD]; metronome-api.md §3 GK1 (E) and P5 (E,
 * "billable_metric_id on non-USAGE is an error", added here).
 */
import { objectRule, on } from '../rule'
import { productType } from '../support/catalog'
import { cite } from '../support/sources'

const FIELDS = ['pricing_group_key', 'presentation_group_key', 'quantity_conversion', 'quantity_rounding', 'billable_metric'] as const

export default objectRule<'product'>({
  code: 'MTR-32',
  severity: 'error',
  title: 'Usage-only field on a non-USAGE product',
  explanation: 'Pricing and presentation group keys, quantity conversion and rounding are "For USAGE products only", and only USAGE products have a billable metric.',
  fix: 'Remove the field, or make the product a USAGE product.',
  ...cite('metronome-domain.md §8 rule 32; metronome-api.md §3 GK1, P5', ['MD-API-PROD-C', 'MD-PROD']),
  subjects: ['product'],
  appliesTo: ['product'],
  check(e) {
    const t = productType(e.doc)
    if (t === 'USAGE') return
    return FIELDS.filter((f) => {
      const v = e.doc[f]
      return v !== undefined && v !== null && !(Array.isArray(v) && v.length === 0)
    }).map((f) => on(e, [f], `\`${f}\` applies to USAGE products only; \`${e.key}\` is ${t}: remove it.`))
  },
})
