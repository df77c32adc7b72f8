/**
 * RC-name-required · Objects Metronome names have a name.
 * Invariant: metrics, products, pricing units, rate cards and packages have a non-blank name.
 * Source: metronome-api.md §3 BM1, P1, R1 (E); ZPublishable* in schemas.ts.
 */
import { objectRule, on } from '../rule'
import { describeKind } from '../support/catalog'
import { cite } from '../support/sources'

export default objectRule<'billable_metric' | 'product' | 'pricing_unit' | 'rate_card' | 'package'>({
  code: 'RC-name-required',
  severity: 'error',
  title: 'Name required',
  explanation: 'Metronome requires a name on metrics, products, rate cards and packages (product names appear on invoices); drafts may save without one, publishing may not.',
  fix: 'Give the object a name.',
  ...cite('metronome-api.md §3 BM1, P1, R1', ['MD-API-BM', 'MD-API-PROD-C', 'SDK-PY']),
  subjects: ['billable_metric', 'product', 'pricing_unit', 'rate_card', 'package'],
  appliesTo: ['billable_metric', 'product', 'pricing_unit', 'rate_card', 'package'],
  check(e) {
    if (e.doc.name.trim() !== '') return
    return [on(e, ['name'], `\`name\` is required: give the ${describeKind(e.kind)} \`${e.key}\` a name${e.kind === 'product' ? ' (it appears on invoices)' : ''}.`)]
  },
})
