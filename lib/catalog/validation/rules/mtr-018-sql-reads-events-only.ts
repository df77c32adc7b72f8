/**
 * MTR-18 · SQL metrics read only the events table and its documented fields.
 * Invariant: FROM/JOIN name only `events`; no reference to event fields other than event_type, timestamp
 * and properties.<name> (customer and transaction fields are injected or unavailable).
 * Source: metronome-domain.md §8 rule 18 [MD-SQL]; metronome-api.md §3 SQL1 (E).
 */
import { objectRule, on, type IssueDraft } from '../rule'
import { isSql } from '../support/catalog'
import { cite } from '../support/sources'
import { tablesRead, tokenize } from '../support/sql'

const UNAVAILABLE = new Set(['CUSTOMER_ID', 'TRANSACTION_ID', 'CUSTOMER', 'INGEST_ALIAS', 'CONTRACT_ID', 'BILLING_PERIOD'])

export default objectRule<'billable_metric'>({
  code: 'MTR-18',
  severity: 'error',
  title: 'SQL reads outside the events table',
  explanation:
    'SQL metrics query only the `events` table, with the fields `event_type`, `timestamp` and `properties.<field>`. Metronome injects the customer and billing-period filters itself.',
  fix: 'Query `FROM events` only and read event data through `properties.<name>`; drop customer or period filters.',
  ...cite('metronome-domain.md §8 rule 18', ['MD-SQL']),
  subjects: ['billable_metric'],
  appliesTo: ['billable_metric'],
  check(e) {
    if (!isSql(e.doc)) return
    const tokens = tokenize(e.doc.sql!)
    const out: IssueDraft[] = []
    for (const table of new Set(tablesRead(tokens)))
      if (table.toLowerCase() !== 'events')
        out.push(on(e, ['sql'], `The query reads \`${table}\`: SQL metrics may read only the \`events\` table (fields event_type, timestamp, properties.<name>).`))
    const bad = new Set<string>()
    for (const t of tokens) {
      if (t.kind !== 'word') continue
      const parts = t.upper.split('.')
      const head = parts[0]!
      if (head !== 'PROPERTIES' && UNAVAILABLE.has(parts[parts.length - 1]!)) bad.add(t.text)
      else if (head === 'EVENTS' && parts.length > 1 && !['EVENT_TYPE', 'TIMESTAMP', 'PROPERTIES'].includes(parts[1]!)) bad.add(t.text)
    }
    for (const name of bad)
      out.push(on(e, ['sql'], `The query uses \`${name}\`, which SQL metrics cannot read (only event_type, timestamp and properties.<name>; Metronome adds the customer and period filters itself).`))
    return out
  },
})
