/**
 * MTR-11 · A streaming metric names the event types it counts.
 * Invariant: warns when a streaming metric has no event_type_filter.in_values.
 * Source: metronome-domain.md §8 rule 11 [SD-SETUP] (W).
 */
import { objectRule, on } from '../rule'
import { isSql } from '../support/catalog'
import { cite } from '../support/sources'

export default objectRule<'billable_metric'>({
  code: 'MTR-11',
  severity: 'warning',
  title: 'No event type filter',
  explanation:
    "Without `event_type_filter.in_values` the metric matches every event type the customer sends. Stripe's migration guide says the filter \"must exactly match the event_type your application sends\"; event types are immutable once published.",
  fix: 'Set `event_type_filter.in_values` to the exact event types, e.g. the Stripe meter\'s `event_name`.',
  ...cite('metronome-domain.md §8 rule 11', ['SD-SETUP']),
  subjects: ['billable_metric'],
  appliesTo: ['billable_metric'],
  check(e) {
    const m = e.doc
    if (isSql(m) || (m.event_type_filter?.in_values?.length ?? 0) > 0) return
    return [
      on(
        e,
        ['event_type_filter'],
        m.event_type_filter?.not_in_values?.length
          ? `\`${e.key}\` only excludes event types, so it counts every other event type: list the types it should count in \`event_type_filter.in_values\`.`
          : `\`${e.key}\` has no \`event_type_filter\` and will match every event type: set \`event_type_filter.in_values\` to the exact event type your application sends.`,
      ),
    ]
  },
})
