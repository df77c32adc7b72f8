/**
 * MTR-46 · A rate ends after it starts.
 * Invariant: ending_before (exclusive), when set, is later than starting_at (inclusive).
 * Source: metronome-domain.md §8 rule 46 [SDK-PY]; metronome-api.md §3 R5 (E).
 */
import { objectRule, on } from '../rule'
import { cite } from '../support/sources'
import { parseTime } from '../support/time'

export default objectRule<'rate'>({
  code: 'MTR-46',
  severity: 'error',
  title: 'Rate ends before it starts',
  explanation: 'A rate applies from `starting_at` (inclusive) to `ending_before` (exclusive); an end at or before the start leaves an empty or negative interval.',
  fix: 'Set `ending_before` after `starting_at`, or remove it for an open-ended rate.',
  ...cite('metronome-domain.md §8 rule 46', ['SDK-PY']),
  subjects: ['rate'],
  appliesTo: ['rate'],
  check(e) {
    const start = parseTime(e.doc.starting_at)
    const end = parseTime(e.doc.ending_before)
    if (start === undefined || end === undefined || end > start) return
    return [on(e, ['ending_before'], `\`ending_before\` (${e.doc.ending_before}) must be after \`starting_at\` (${e.doc.starting_at}): the end is exclusive.`)]
  },
})
