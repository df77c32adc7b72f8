/**
 * MTR-30 · A USAGE product names its billable metric.
 * Invariant: type USAGE ⇒ non-empty billable_metric (that the key exists is RC-unknown-reference's check,
 * that it is not archived is MTR-16's).
 * Source: metronome-domain.md §8 rule 30 [MD-API-PROD-C][SDK-PY]; metronome-api.md §3 P2 (E). Silent-failure
 * trap: "A USAGE product without billable_metric_id is accepted but never charges".
 */
import { objectRule, on } from '../rule'
import { productType } from '../support/catalog'
import { cite } from '../support/sources'

export default objectRule<'product'>({
  code: 'MTR-30',
  severity: 'error',
  title: 'USAGE product without a metric',
  explanation: '`billable_metric_id` is "Required for USAGE products". The API accepts a USAGE product without it, and that product never accrues usage.',
  fix: 'Set `billable_metric` to the key of the metric this product prices.',
  silentFailure: true,
  ...cite('metronome-domain.md §8 rule 30', ['MD-API-PROD-C', 'SDK-PY', 'AI']),
  subjects: ['product'],
  appliesTo: ['product'],
  check(e) {
    if (productType(e.doc) !== 'USAGE') return
    if (e.doc.billable_metric !== undefined && e.doc.billable_metric.trim() !== '') return
    return [on(e, ['billable_metric'], `\`billable_metric\` is required on the USAGE product \`${e.key}\`: Metronome accepts it without one, but the product then never charges. Set it to the metric's key.`)]
  },
})
