/**
 * MTR-2 · A streaming metric has an aggregation type, spelled in upper case.
 * Invariant: no `sql` ⇒ aggregation_type ∈ {COUNT, SUM, MAX, LATEST, UNIQUE}, written upper-case (the
 * API also accepts other spellings; the catalogue stores the canonical one, as ZPublishable requires).
 * Source: metronome-domain.md §8 rule 2 [MD-API-BM]; metronome-api.md §3 BM3 (E): same severity.
 */
import { AGGREGATION_TYPES } from '../../schemas'
import { objectRule, on } from '../rule'
import { isSql } from '../support/catalog'
import { cite } from '../support/sources'

export default objectRule<'billable_metric'>({
  code: 'MTR-2',
  severity: 'error',
  title: 'Streaming metrics need an aggregation type',
  explanation: 'A metric without `sql` is a streaming metric, and Metronome requires its `aggregation_type`: COUNT, SUM, MAX, LATEST or UNIQUE.',
  fix: 'Set `aggregation_type` to COUNT, SUM, MAX, LATEST or UNIQUE (upper case), or define the metric with `sql`.',
  ...cite('metronome-domain.md §8 rule 2', ['MD-API-BM']),
  subjects: ['billable_metric'],
  appliesTo: ['billable_metric'],
  check(e) {
    const m = e.doc
    if (isSql(m)) return
    const t = m.aggregation_type
    if (t === undefined || t.trim() === '')
      return [on(e, ['aggregation_type'], `\`aggregation_type\` is required on the streaming metric \`${e.key}\`: set COUNT, SUM, MAX, LATEST or UNIQUE (or define the metric with \`sql\`).`)]
    const canonical = t.trim().toUpperCase()
    if (!(AGGREGATION_TYPES as readonly string[]).includes(canonical))
      return [on(e, ['aggregation_type'], `\`aggregation_type\` "${t}" is not a Metronome aggregation: use COUNT, SUM, MAX, LATEST or UNIQUE.`)]
    if (t !== canonical) return [on(e, ['aggregation_type'], `Write \`aggregation_type\` as "${canonical}" (upper case, the spelling Ratecraft publishes).`)]
  },
})
