/**
 * MTR-20 · A SQL metric names its quantity column `value`.
 * Invariant: warns when neither the recorded output columns nor the outer SELECT have a `value` column.
 * Source: metronome-domain.md §8 rule 20 [MD-SQL]; metronome-api.md §3 SQL1 (W part).
 */
import { objectRule, on } from '../rule'
import { isSql } from '../support/catalog'
import { cite } from '../support/sources'
import { outputColumns, tokenize } from '../support/sql'

export default objectRule<'billable_metric'>({
  code: 'MTR-20',
  severity: 'warning',
  title: 'SQL metric without a value column',
  explanation:
    'Metronome takes the quantity from the column named `value`, else from the first column; "if extra columns are returned but are not used as presentation or pricing group keys, Metronome sums over all of the results".',
  fix: 'Alias the quantity `AS value`, and return other columns only when products use them as group keys.',
  ...cite('metronome-domain.md §8 rule 20', ['MD-SQL']),
  subjects: ['billable_metric'],
  appliesTo: ['billable_metric'],
  check(e) {
    const m = e.doc
    if (!isSql(m)) return
    const columns = m.sql_output_columns ?? outputColumns(tokenize(m.sql!))
    if (!columns || columns.some((c) => c.toLowerCase() === 'value')) return
    return [
      on(e, m.sql_output_columns ? ['sql_output_columns'] : ['sql'], `The query returns no \`value\` column, so Metronome uses the first column (\`${columns[0] ?? '?'}\`) as the quantity: alias the quantity \`AS value\`.`),
    ]
  },
})
