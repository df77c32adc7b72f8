/**
 * RC-enum-value · Enumerated settings use Metronome's values.
 * Invariant: product sql_breakdown_granularity ∈ {HOUR, SERVICE_PERIOD}; subscription collection_schedule ∈
 * {ADVANCE, ARREARS}, quantity_management_mode ∈ {SEAT_BASED, QUANTITY_ONLY}; commit/credit rate_type ∈
 * {COMMIT_RATE, LIST_RATE}; multiplier_override_prioritization ∈ {LOWEST_MULTIPLIER, EXPLICIT};
 * scheduled_charges_on_usage_invoices = ALL; package time units ∈ {DAYS, WEEKS, MONTHS, YEARS}; overwrite
 * rate types are rate types. (Enums with a rule of their own — aggregation, product type, rate type, billing
 * frequency, override type, commit type, rounding, conversion — are checked there.)
 * Source: metronome-api.md §2.7, §2.10, §3 PK2; metronome-domain.md §4.2, §4.4 [SDK-PY].
 */
import { RATE_TYPES, TIME_UNITS } from '../../schemas'
import type { Entry } from '../entry'
import { objectRule, on, type IssueDraft } from '../rule'
import type { Segment } from '../structural'
import { commitTerms, overrideTerms } from '../support/catalog'
import { cite } from '../support/sources'

function one(out: IssueDraft[], e: Entry, value: string | undefined, allowed: readonly string[], rel: Segment[]): void {
  if (value !== undefined && !allowed.includes(value)) out.push(on(e, rel, `\`${String(rel[rel.length - 1])}\` must be ${allowed.join(', ')}; "${value}" is not one of them.`))
}

export default objectRule<'product' | 'package' | 'contract'>({
  code: 'RC-enum-value',
  severity: 'error',
  title: 'Unknown enumerated value',
  explanation: 'Metronome accepts a fixed set of values for these settings; anything else is rejected.',
  fix: 'Use one of the values listed in the message (upper case).',
  ...cite('metronome-api.md §2.7, §2.10, §3 PK2; metronome-domain.md §4.2, §4.4', ['SDK-PY', 'SDK-NODE']),
  subjects: ['product', 'package', 'contract'],
  appliesTo: ['product', 'package', 'contract'],
  check(e) {
    if (e.kind === 'product') {
      const g = e.doc.sql_breakdown_granularity
      if (g === undefined || g === 'HOUR' || g === 'SERVICE_PERIOD') return
      return [on(e, ['sql_breakdown_granularity'], `\`sql_breakdown_granularity\` must be HOUR, SERVICE_PERIOD; "${g}" is not one of them.`)]
    }
    const out: IssueDraft[] = []
    one(out, e, e.doc.multiplier_override_prioritization, ['LOWEST_MULTIPLIER', 'EXPLICIT'], ['multiplier_override_prioritization'])
    e.doc.subscriptions?.forEach((s, i) => {
      one(out, e, s.collection_schedule, ['ADVANCE', 'ARREARS'], ['subscriptions', i, 'collection_schedule'])
      one(out, e, s.quantity_management_mode, ['SEAT_BASED', 'QUANTITY_ONLY'], ['subscriptions', i, 'quantity_management_mode'])
    })
    for (const t of commitTerms(e.doc)) one(out, e, t.term.rate_type, ['COMMIT_RATE', 'LIST_RATE'], [...t.rel, 'rate_type'])
    for (const { term: o, rel } of overrideTerms(e.doc)) one(out, e, o.overwrite_rate?.rate_type, RATE_TYPES, [...rel, 'overwrite_rate', 'rate_type'])
    if (e.kind === 'contract') one(out, e, e.doc.scheduled_charges_on_usage_invoices, ['ALL'], ['scheduled_charges_on_usage_invoices'])
    else {
      one(out, e, e.doc.duration?.unit, TIME_UNITS, ['duration', 'unit'])
      one(out, e, e.doc.usage_statement_schedule?.invoice_generation_starting_at_offset?.unit, TIME_UNITS, ['usage_statement_schedule', 'invoice_generation_starting_at_offset', 'unit'])
    }
    return out
  },
})
