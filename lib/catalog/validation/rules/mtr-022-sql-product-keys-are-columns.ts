/**
 * MTR-22 · Products on a SQL metric group only by columns the query returns.
 * Invariant: every pricing/presentation key of a product on a SQL metric is an output column other than
 * `value` (from `sql_output_columns`, else read from the query). When neither is known the rule warns
 * that it cannot verify (metronome-api.md §3 GK4, W).
 * Source: metronome-domain.md §8 rule 22 [MD-BM][MD-SQL]; metronome-api.md §3 SQL1 (E).
 */
import { objectRule, on } from '../rule'
import { isSql, productKeys } from '../support/catalog'
import { cite } from '../support/sources'
import { outputColumns, tokenize } from '../support/sql'
import { list } from '../support/text'

export default objectRule<'product'>({
  code: 'MTR-22',
  severity: 'error',
  title: 'SQL product key is not a query column',
  explanation: 'For SQL metrics, "any column that the query returns other than value can serve as a group key"; a product key that the query does not return cannot be priced or presented.',
  fix: 'Return the column from the query (and record it in the metric\'s `sql_output_columns`), or remove the key from the product.',
  ...cite('metronome-domain.md §8 rule 22', ['MD-BM', 'MD-SQL']),
  subjects: ['product'],
  appliesTo: ['product', 'billable_metric'],
  check(e, ctx) {
    const metric = ctx.index.get('billable_metric', e.doc.billable_metric)
    if (!metric || !isSql(metric.doc)) return
    const keys = productKeys(e.doc)
    if (!keys.length) return
    const columns = metric.doc.sql_output_columns ?? outputColumns(tokenize(metric.doc.sql!))
    if (!columns)
      return [
        on(e, ['pricing_group_key'], `Cannot check ${list(keys)} against the SQL metric \`${metric.key}\`: record the columns its query returns in \`sql_output_columns\`.`, 'warning'),
      ]
    const usable = new Set(columns.filter((c) => c !== 'value'))
    return (['pricing_group_key', 'presentation_group_key'] as const).flatMap((field) =>
      (e.doc[field] ?? []).flatMap((k, i) =>
        usable.has(k) ? [] : [on(e, [field, i], `\`${k}\` is not a column returned by the SQL metric \`${metric.key}\` (it returns ${list([...usable]) || 'only `value`'}): return it from the query or remove it here.`)],
      ),
    )
  },
})
