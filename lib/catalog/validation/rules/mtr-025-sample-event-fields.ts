/**
 * MTR-25 · Every usage event carries the fields Metronome requires.
 * Invariant: each sample event has a transaction id of 1–128 characters (Stripe `identifier`), a
 * customer, an event type and a timestamp (RFC 3339 with a 4-digit year, or Stripe unix seconds that
 * the pipeline converts). One issue per kind of problem, at its first event, with the number of events.
 * Source: metronome-domain.md §8 rule 25 [MD-API-INGEST][MD-EV-SEND] and §9 M5 (E).
 */
import { globalRule, onRoot, type IssueDraft } from '../rule'
import type { NormalizedEvent } from '../support/events'
import { cite } from '../support/sources'

type Problem = { first: NormalizedEvent; rel: Array<string | number>; count: number; message: (n: number) => string }

const more = (n: number) => (n > 1 ? ` (${n} sample events)` : '')

export default globalRule({
  code: 'MTR-25',
  severity: 'error',
  title: 'Usage event missing a required field',
  explanation:
    'Metronome rejects events without `transaction_id` (1–128 characters, the 34-day dedup key), `customer_id`, `event_type` or an RFC 3339 `timestamp`. Stripe generates an identifier when none is sent; Metronome does not. Checks the uploaded sample events.',
  fix: 'Send a deterministic identifier (e.g. `<source>_<id>`), the customer, the event name and the timestamp on every event.',
  ...cite('metronome-domain.md §8 rule 25', ['MD-API-INGEST', 'MD-EV-SEND']),
  appliesTo: ['sampleEvents'],
  check(ctx) {
    const problems = new Map<string, Problem>()
    const note = (id: string, ev: NormalizedEvent, rel: Array<string | number>, message: (n: number) => string) => {
      const p = problems.get(id)
      if (p) p.count++
      else problems.set(id, { first: ev, rel, count: 1, message })
    }
    for (const ev of ctx.events.events) {
      if (ev.malformed) {
        note('malformed', ev, [], (n) => `Each sample event must be a JSON object (a Stripe meter event or a Metronome event)${more(n)}.`)
        continue
      }
      const f = ev.fields
      const txn = ev.transactionId
      if (typeof txn !== 'string' || txn.length === 0)
        note('txn', ev, [f.transactionId], (n) => `\`${f.transactionId}\` is missing${more(n)}: Metronome requires a transaction_id (1–128 characters) on every event and deduplicates on it for 34 days; send a deterministic one.`)
      else if (txn.length > 128) note('txn-long', ev, [f.transactionId], (n) => `\`${f.transactionId}\` is longer than 128 characters${more(n)}: Metronome accepts at most 128.`)
      if (typeof ev.customer !== 'string' || ev.customer === '')
        note('customer', ev, f.customer, (n) => `The customer (\`${f.customer.join('.')}\`) is missing${more(n)}: Metronome needs the customer id or one of its ingest aliases on every event.`)
      if (ev.type === undefined) note('type', ev, [f.type], (n) => `\`${f.type}\` is missing${more(n)}: Metronome needs the event type that metrics filter on.`)
      if (ev.time === undefined)
        note('time', ev, [f.timestamp], (n) => `\`timestamp\` is missing or unreadable${more(n)}: send RFC 3339 with a 4-digit year (2026-05-01T12:00:00Z)${ev.shape === 'stripe' ? ' or Stripe unix seconds' : ''}.`)
    }
    const out: IssueDraft[] = []
    for (const p of problems.values()) out.push(onRoot('sampleEvents', p.first.pos, p.rel, p.message(p.count)))
    return out
  },
})
