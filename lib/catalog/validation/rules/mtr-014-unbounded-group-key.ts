/**
 * MTR-14 · No group key on an unbounded identifier.
 * Invariant: warns when a group-key property is named like a per-event identifier (request_id, uuid, …).
 * Source: metronome-domain.md §8 rule 14 [SD-SETUP]; metronome-api.md §3 BM10 (W).
 */
import { objectRule, on, type IssueDraft } from '../rule'
import { cite } from '../support/sources'

const UNBOUNDED = /(^|[_.-])(request|req|transaction|txn|trace|span|event|message|msg|idempotency|call|invocation)[_.-]?id$|(^|[_.-])(uuid|guid)$|^id$/i

export default objectRule<'billable_metric'>({
  code: 'MTR-14',
  severity: 'warning',
  title: 'Group key on an unbounded identifier',
  explanation: 'Stripe\'s migration guide warns against grouping by identifiers such as `request_id`: every event creates a new bucket, far beyond the ~1,000 values per customer Metronome plans for.',
  fix: 'Group by a bounded dimension (model, region, plan) and keep per-request identifiers out of group keys.',
  ...cite('metronome-domain.md §8 rule 14', ['SD-SETUP']),
  subjects: ['billable_metric'],
  appliesTo: ['billable_metric'],
  check(e) {
    const keys = e.doc.group_keys
    if (!keys) return
    let out: IssueDraft[] | undefined
    let seen: string[] | undefined
    for (let i = 0; i < keys.length; i++)
      for (let j = 0; j < keys[i]!.length; j++) {
        const name = keys[i]![j]!
        if (!UNBOUNDED.test(name) || seen?.includes(name)) continue
        ;(seen ??= []).push(name)
        ;(out ??= []).push(on(e, ['group_keys', i, j], `\`${name}\` looks like a per-event identifier: grouping by it creates a bucket per event. Group by a bounded dimension instead.`))
      }
    return out
  },
})
