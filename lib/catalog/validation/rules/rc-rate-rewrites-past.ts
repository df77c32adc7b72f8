/**
 * RC-rate-rewrites-past · A published rate already in force is never rewritten.
 * Invariant: a rate recorded as published whose starting_at ≤ now keeps every billing field (price,
 * tiers, type, values, start, entitlement, …); only an end date not before now may be added (the successor
 * expresses it). Without `now`, every published rate counts as in force.
 * Source: issue 5 item 2 ("rewriting a rate already in force in the past is an error"); metronome-api.md
 * §3 R10 and §4 item 4 (no rate update or delete endpoint; "never try to fix a past rate").
 */
import { rateInForce, rateRewrites } from '../../immutability'
import { objectRule, on } from '../rule'
import { cite } from '../support/sources'
import { list } from '../support/text'

export default objectRule<'rate'>({
  code: 'RC-rate-rewrites-past',
  severity: 'error',
  title: 'Rewriting a rate already in force',
  explanation:
    'Metronome has no endpoint to edit or delete a rate, and a rate in force has already priced usage and invoices. Price changes are new rates with a later `starting_at`.',
  fix: 'Restore the published values and add a new rate (a new key) starting at the time the change should apply; set this rate\'s `ending_before` to that time.',
  ...cite('issue 5 item 2; metronome-api.md §3 R10, §4 item 4', ['MD-RC', 'SDK-PY']),
  subjects: ['rate'],
  appliesTo: ['rate', 'published', 'context'],
  check(e, ctx) {
    const p = ctx.published.get('rate', e.key)
    if (!p || p.archived || !p.doc || !rateInForce(p.doc, ctx.now)) return
    const fields = rateRewrites(p.doc, e.doc, ctx.now)
    if (!fields.length) return
    return [
      on(
        e,
        [fields[0]!],
        `\`${e.key}\` has been in force since ${p.doc.starting_at} and cannot be rewritten (${list(fields)} changed): restore the published values, and add a new rate starting when the change should apply (ending this one then).`,
      ),
    ]
  },
})
