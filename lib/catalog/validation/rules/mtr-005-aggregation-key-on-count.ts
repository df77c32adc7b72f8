/**
 * MTR-5 · COUNT takes no aggregation key.
 * Invariant: warns when a COUNT metric sets aggregation_key.
 * Source: metronome-domain.md §8 rule 5 [MD-API-BM] (W). metronome-api.md §3 BM4 is an E row whose
 * enforced requirement is the key on SUM/MAX/LATEST; it quotes "not applicable to COUNT" without a severity
 * of its own, so there is no disagreement to resolve and §8's warning stands.
 */
import { objectRule, on } from '../rule'
import { aggregationOf, isSql } from '../support/catalog'
import { cite } from '../support/sources'

export default objectRule<'billable_metric'>({
  code: 'MTR-5',
  severity: 'warning',
  title: 'Aggregation key on a COUNT metric',
  explanation: 'Metronome documents `aggregation_key` as "not applicable when the aggregation type is \'count\'": COUNT counts events, so the key is ignored at best.',
  fix: 'Remove `aggregation_key`, or change the aggregation to SUM/MAX/LATEST if the property should be aggregated.',
  ...cite('metronome-domain.md §8 rule 5', ['MD-API-BM']),
  subjects: ['billable_metric'],
  appliesTo: ['billable_metric'],
  check(e) {
    const m = e.doc
    if (isSql(m) || aggregationOf(m) !== 'COUNT' || m.aggregation_key === undefined) return
    return [on(e, ['aggregation_key'], `\`aggregation_key\` is not applicable to COUNT (it counts events): remove it from \`${e.key}\`, or use SUM to add up \`${m.aggregation_key}\`.`)]
  },
})
