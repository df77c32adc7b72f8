/**
 * MTR-26 · Event timestamps fall inside Metronome's ingest window.
 * Invariant: sample events more than 24 h after `now` are an error (rejected); events older than 34 days
 * are a warning (they can no longer be backdated). One issue for each, at the first such event, with the
 * number of events.
 * Source: metronome-domain.md §8 rule 26 and §6 [MD-EV-SEND][MD-API-INGEST] (E/W).
 */
import { globalRule, onRoot, type IssueDraft } from '../rule'
import type { NormalizedEvent } from '../support/events'
import { cite } from '../support/sources'
import { DAY_MS, HOUR_MS, iso } from '../support/time'
import { plural } from '../support/text'

export default globalRule({
  code: 'MTR-26',
  severity: 'error',
  title: 'Event outside the ingest window',
  explanation:
    'Metronome rejects events more than 24 hours in the future and accepts backdating up to 34 days only (warning: older history needs a backfill arranged with Metronome). Checks the uploaded sample events against `now`.',
  fix: 'Send events as usage happens; replay history older than 34 days through a Metronome-assisted backfill.',
  ...cite('metronome-domain.md §8 rule 26', ['MD-EV-SEND', 'MD-API-INGEST']),
  appliesTo: ['sampleEvents', 'context'],
  check(ctx) {
    const now = ctx.now
    if (now === undefined) return
    let future: NormalizedEvent | undefined
    let old: NormalizedEvent | undefined
    let futureCount = 0
    let oldCount = 0
    for (const ev of ctx.events.events) {
      if (ev.time === undefined) continue
      if (ev.time > now + 24 * HOUR_MS) {
        future ??= ev
        futureCount++
      } else if (ev.time < now - 34 * DAY_MS) {
        old ??= ev
        oldCount++
      }
    }
    const out: IssueDraft[] = []
    if (future)
      out.push(onRoot('sampleEvents', future.pos, [future.fields.timestamp], `${plural(futureCount, 'sample event')} ${futureCount === 1 ? 'is' : 'are'} dated more than 24 hours ahead (the first at ${iso(future.time!)}): Metronome rejects them. Fix the clock or the timestamp conversion.`))
    if (old)
      out.push(
        onRoot('sampleEvents', old.pos, [old.fields.timestamp], `${plural(oldCount, 'sample event')} ${oldCount === 1 ? 'is' : 'are'} older than 34 days (the first at ${iso(old.time!)}): Metronome no longer accepts them; history that old needs a backfill arranged with Metronome.`, 'warning'),
      )
    return out
  },
})
