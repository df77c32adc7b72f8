/**
 * MTR-19 · SQL metrics stick to the documented functions and constructs.
 * Invariant: warns on JOIN, window functions (OVER), WITH, UNION, functions outside the documented list,
 * and DATE_TRUNC to a unit other than hour or day.
 * Source: metronome-domain.md §8 rule 19 and §1.7 [MD-SQL]; metronome-api.md §3 SQL2 (W).
 */
import { objectRule, on, type IssueDraft } from '../rule'
import { isSql } from '../support/catalog'
import { cite } from '../support/sources'
import { functionCalls, tokenize } from '../support/sql'

const DOCUMENTED = new Set(['COUNT', 'SUM', 'MAX', 'MIN', 'AVG', 'EARLIEST', 'LATEST', 'LEAST', 'GREATEST', 'ROUND', 'CEIL', 'FLOOR', 'DATE_TRUNC', 'CAST'])

export default objectRule<'billable_metric'>({
  code: 'MTR-19',
  severity: 'warning',
  title: 'Undocumented SQL construct',
  explanation:
    'Metronome documents COUNT, SUM, MAX, MIN, AVG, EARLIEST, LATEST, COUNT DISTINCT, + − * /, comparisons, LEAST, GREATEST, ROUND, CEIL, FLOOR, AND/OR/NOT, CASE WHEN, IS [NOT] NULL, [NOT] IN, DATE_TRUNC (hour or day) and CAST, with sub-selects. Anything else (joins, window functions, other tables) is undocumented.',
  fix: 'Rewrite the query with the documented functions, or test it in the SQL editor of a Metronome sandbox first.',
  ...cite('metronome-domain.md §8 rule 19', ['MD-SQL']),
  subjects: ['billable_metric'],
  appliesTo: ['billable_metric'],
  check(e) {
    if (!isSql(e.doc)) return
    const tokens = tokenize(e.doc.sql!)
    const out: IssueDraft[] = []
    const words = new Set(tokens.filter((t) => t.kind === 'word').map((t) => t.upper))
    for (const [word, what] of [
      ['JOIN', 'JOIN'],
      ['OVER', 'window functions (OVER)'],
      ['WITH', 'WITH (common table expressions)'],
      ['UNION', 'UNION'],
    ] as const)
      if (words.has(word)) out.push(on(e, ['sql'], `The query uses ${what}, which Metronome's SQL metrics do not document: check it in a sandbox or rewrite it with sub-selects.`))
    const seen = new Set<string>()
    for (const call of functionCalls(tokens)) {
      if (call.name === 'DATE_TRUNC') {
        const unit = tokens[call.index + 2]
        if (unit?.kind === 'string' && !['hour', 'day'].includes(unit.text.toLowerCase()))
          out.push(on(e, ['sql'], `DATE_TRUNC('${unit.text}', …) is undocumented: Metronome documents DATE_TRUNC to 'hour' or 'day' only.`))
        continue
      }
      if (DOCUMENTED.has(call.name) || seen.has(call.name)) continue
      seen.add(call.name)
      out.push(on(e, ['sql'], `\`${call.name}()\` is not among the functions Metronome documents for SQL metrics: check it in a sandbox or use the documented ones.`))
    }
    return out
  },
})
