/**
 * MTR-21 · SQL casts properties before doing arithmetic on them.
 * Invariant: warns on properties.* inside numeric aggregates or arithmetic without an enclosing CAST.
 * Source: metronome-domain.md §8 rule 21 [MD-SQL-STG]; metronome-api.md §3 SQL1 (W part).
 */
import { objectRule, on } from '../rule'
import { isSql } from '../support/catalog'
import { cite } from '../support/sources'
import { tokenize, uncastProperties } from '../support/sql'
import { list } from '../support/text'

export default objectRule<'billable_metric'>({
  code: 'MTR-21',
  severity: 'warning',
  title: 'SQL arithmetic on uncast properties',
  explanation: 'SQL metrics read every property as a string ("Cast them to the desired type"); aggregating or computing with an uncast property gives wrong or empty results.',
  fix: 'Wrap the property in CAST, e.g. `SUM(CAST(properties.tokens AS DECIMAL))`.',
  ...cite('metronome-domain.md §8 rule 21', ['MD-SQL-STG']),
  subjects: ['billable_metric'],
  appliesTo: ['billable_metric'],
  check(e) {
    if (!isSql(e.doc)) return
    const props = uncastProperties(tokenize(e.doc.sql!))
    if (!props.length) return
    return [on(e, ['sql'], `${list(props)} ${props.length === 1 ? 'is' : 'are'} used in arithmetic or a numeric aggregate without CAST; properties are strings in SQL metrics: write \`CAST(${props[0]} AS DECIMAL)\`.`)]
  },
})
