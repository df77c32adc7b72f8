/**
 * RC-event-type-unmatched · Every event type the pipeline sends is counted by some metric.
 * Invariant: warns once per event type seen in the sample events that no streaming metric's event-type
 * filter accepts and no SQL metric's query names.
 * Source: users-and-peers.md §7.1 and metronome-domain.md §1.1 ("Events whose event_type matches no metric
 * are silently ignored" [AI-metronome-best-practices/references/events.md]).
 */
import { globalRule, onRoot, type IssueDraft } from '../rule'
import { isSql } from '../support/catalog'
import { eventTypeMatches } from '../support/events'
import { cite } from '../support/sources'
import { plural } from '../support/text'

export default globalRule({
  code: 'RC-event-type-unmatched',
  severity: 'warning',
  title: 'Event type no metric counts',
  explanation: 'Events whose `event_type` matches no billable metric are accepted and silently ignored. Checks the event types of the uploaded sample events against the metrics.',
  fix: 'Add the event type to a metric\'s `event_type_filter.in_values` (or fix the event name), or stop sending it.',
  silentFailure: true,
  ...cite('users-and-peers.md §7.1; metronome-domain.md §1.1', ['AI']),
  appliesTo: ['billable_metric', 'sampleEvents'],
  check(ctx) {
    if (ctx.events.size === 0) return
    const metrics = ctx.index.valid('billable_metric')
    const out: IssueDraft[] = []
    for (const type of ctx.events.types()) {
      const counted = metrics.some((m) => (isSql(m.doc) ? m.doc.sql!.includes(`'${type}'`) : eventTypeMatches(m.doc, type)))
      if (counted) continue
      const events = ctx.events.ofType(type)
      const first = events[0]!
      out.push(onRoot('sampleEvents', first.pos, [first.fields.type], `No metric counts the event type "${type}" (${plural(events.length, 'sample event')}); Metronome would silently ignore these events. Add it to a metric's \`event_type_filter.in_values\` or fix the name.`))
    }
    return out
  },
})
