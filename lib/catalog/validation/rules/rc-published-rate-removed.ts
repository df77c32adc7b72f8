/**
 * RC-published-rate-removed · Published rates cannot be deleted.
 * Invariant: a rate recorded as published that the draft no longer contains is an error while it is (or
 * will be) in force — ending_before absent or after now — and a warning once it has ended (history stays
 * in Metronome either way).
 * Source: metronome-domain.md §3.2 (rates: add, add_many and list only); metronome-api.md §3 R10 (E).
 */
import { globalRule, onRoot, type IssueDraft } from '../rule'
import { cite } from '../support/sources'
import { parseTime } from '../support/time'

export default globalRule({
  code: 'RC-published-rate-removed',
  severity: 'error',
  title: 'Published rate removed',
  explanation:
    'Metronome has no way to delete a rate: removing a published rate from the catalogue does not remove it from the card, so it keeps pricing usage. Only rates that have already ended can leave the catalogue harmlessly.',
  fix: 'Restore the rate; to stop charging, end it by adding a rate that starts when it should end (e.g. a zero price or entitled: false).',
  ...cite('metronome-domain.md §3.2; metronome-api.md §3 R10', ['SDK-PY', 'MD-RC']),
  appliesTo: ['rate', 'published', 'context'],
  check(ctx) {
    const out: IssueDraft[] = []
    for (const p of ctx.published.all('rate')) {
      if (p.archived || !p.doc || ctx.index.has('rate', p.key)) continue
      const end = parseTime(p.doc.ending_before)
      const ended = end !== undefined && ctx.now !== undefined && end <= ctx.now
      out.push(
        onRoot(
          '',
          undefined,
          ['rates'],
          ended
            ? `The published rate \`${p.key}\` (ended ${p.doc.ending_before}) is no longer in the catalogue; it stays in Metronome's history.`
            : `The published rate \`${p.key}\` is no longer in the catalogue, but Metronome cannot delete rates: it keeps pricing \`${p.doc.product}\` on \`${p.doc.rate_card}\`. Restore it, and add a rate that starts when it should stop.`,
          ended ? 'warning' : 'error',
        ),
      )
    }
    return out
  },
})
