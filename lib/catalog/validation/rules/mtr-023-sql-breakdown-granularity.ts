/**
 * MTR-23 · Products on SQL metrics set sql_breakdown_granularity explicitly.
 * Invariant: warns when a product on a SQL metric omits it (the documented default conflicts); recommends
 * SERVICE_PERIOD for non-decomposable queries (LATEST, AVG, MAX, MIN, EARLIEST, COUNT DISTINCT).
 * Source: metronome-domain.md §8 rule 23 and §7 item 3 [MD-SQL][MD-API-PROD-C]; metronome-api.md §3 SQL3 (W).
 */
import { objectRule, on } from '../rule'
import { isSql } from '../support/catalog'
import { cite } from '../support/sources'

const NON_DECOMPOSABLE = /\b(LATEST|AVG|MAX|MIN|EARLIEST)\s*\(|\bCOUNT\s*\(\s*DISTINCT\b/i

export default objectRule<'product'>({
  code: 'MTR-23',
  severity: 'warning',
  title: 'SQL product without breakdown granularity',
  explanation:
    "The guide says HOUR is the default, the API reference says SERVICE_PERIOD: set it explicitly. SERVICE_PERIOD evaluates the period's quantity once at its end (right for latest-value or average metrics); HOUR prices each hour at the rate in force.",
  fix: 'Set `sql_breakdown_granularity` to SERVICE_PERIOD for latest/average-style queries, HOUR for additive ones.',
  ...cite('metronome-domain.md §8 rule 23', ['MD-SQL', 'MD-API-PROD-C']),
  subjects: ['product'],
  appliesTo: ['product', 'billable_metric'],
  check(e, ctx) {
    if (e.doc.sql_breakdown_granularity !== undefined) return
    const metric = ctx.index.get('billable_metric', e.doc.billable_metric)
    if (!metric || !isSql(metric.doc)) return
    const suggest = NON_DECOMPOSABLE.test(metric.doc.sql!) ? 'SERVICE_PERIOD (the query is not additive over hours)' : 'HOUR (the query is additive)'
    return [on(e, ['sql_breakdown_granularity'], `Set \`sql_breakdown_granularity\` explicitly on \`${e.key}\` (Metronome's docs disagree on the default): ${suggest}.`)]
  },
})
