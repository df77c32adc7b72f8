/**
 * RC-timestamp-format · Times are RFC 3339 UTC.
 * Invariant: every time field of rates, card and package aliases, contracts, commits, credits, overrides
 * and subscriptions is an RFC 3339 UTC time with a 4-digit year (2026-12-01T00:00:00Z).
 * Source: metronome-api.md §3 GEN2 (E); ZTimestamp in schemas.ts.
 */
import type { Entry } from '../entry'
import { objectRule, on, type IssueDraft } from '../rule'
import type { Segment } from '../structural'
import { commitTerms, overrideTerms } from '../support/catalog'
import { cite } from '../support/sources'
import { isRfc3339Utc } from '../support/time'

function t(out: IssueDraft[], e: Entry, value: string | undefined, rel: Segment[]): void {
  if (value !== undefined && !isRfc3339Utc(value)) out.push(on(e, rel, `\`${String(rel[rel.length - 1])}\` must be an RFC 3339 UTC time such as 2026-12-01T00:00:00Z (got ${JSON.stringify(value)}).`))
}

export default objectRule<'rate' | 'rate_card' | 'package' | 'contract'>({
  code: 'RC-timestamp-format',
  severity: 'error',
  title: 'Not an RFC 3339 UTC time',
  explanation: 'Metronome takes RFC 3339 times; Ratecraft stores them in UTC with a 4-digit year (2026-12-01T00:00:00Z), so schedules compare correctly.',
  fix: 'Write the time as YYYY-MM-DDTHH:MM:SSZ in UTC.',
  ...cite('metronome-api.md §3 GEN2', ['MD-API-PROD-U']),
  subjects: ['rate', 'rate_card', 'package', 'contract'],
  appliesTo: ['rate', 'rate_card', 'package', 'contract'],
  check(e) {
    if (e.kind === 'rate') {
      // Hot path (every rate): no allocation unless something is wrong.
      if (isRfc3339Utc(e.doc.starting_at) && (e.doc.ending_before === undefined || isRfc3339Utc(e.doc.ending_before))) return
      const out: IssueDraft[] = []
      t(out, e, e.doc.starting_at, ['starting_at'])
      t(out, e, e.doc.ending_before, ['ending_before'])
      return out
    }
    const out: IssueDraft[] = []
    if (e.kind !== 'contract')
      e.doc.aliases?.forEach((a, i) => {
        t(out, e, a.starting_at, ['aliases', i, 'starting_at'])
        t(out, e, a.ending_before, ['aliases', i, 'ending_before'])
      })
    if (e.kind === 'rate_card') return out
    if (e.kind === 'contract') {
      t(out, e, e.doc.starting_at, ['starting_at'])
      t(out, e, e.doc.ending_before, ['ending_before'])
      t(out, e, e.doc.usage_statement_schedule?.billing_anchor_date, ['usage_statement_schedule', 'billing_anchor_date'])
      t(out, e, e.doc.usage_statement_schedule?.invoice_generation_starting_at, ['usage_statement_schedule', 'invoice_generation_starting_at'])
      t(out, e, e.doc.usage_filter?.starting_at, ['usage_filter', 'starting_at'])
    }
    for (const c of commitTerms(e.doc)) {
      c.term.access_schedule?.schedule_items.forEach((s, i) => {
        t(out, e, s.starting_at, [...c.rel, 'access_schedule', 'schedule_items', i, 'starting_at'])
        t(out, e, s.ending_before, [...c.rel, 'access_schedule', 'schedule_items', i, 'ending_before'])
      })
      if ('invoice_schedule' in c.term) c.term.invoice_schedule?.schedule_items.forEach((s, i) => t(out, e, s.timestamp, [...c.rel, 'invoice_schedule', 'schedule_items', i, 'timestamp']))
    }
    for (const { term: o, rel } of overrideTerms(e.doc)) {
      t(out, e, o.starting_at, [...rel, 'starting_at'])
      t(out, e, o.ending_before, [...rel, 'ending_before'])
    }
    e.doc.subscriptions?.forEach((s, i) => {
      t(out, e, s.starting_at, ['subscriptions', i, 'starting_at'])
      t(out, e, s.ending_before, ['subscriptions', i, 'ending_before'])
    })
    return out
  },
})
