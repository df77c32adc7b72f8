/**
 * RC-many-group-keys · More group keys than Metronome's default limit.
 * Invariant: warns when a metric has more group_keys entries than accountFlags.maxGroupKeys (default 5).
 * Source: metronome-api.md §3 BM11 (W; practitioner: dust-tt/dust front/scripts/metronome_setup.ts).
 */
import { objectRule, on } from '../rule'
import { cite } from '../support/sources'

export default objectRule<'billable_metric'>({
  code: 'RC-many-group-keys',
  severity: 'warning',
  title: 'More group keys than the default limit',
  explanation: 'Practitioners report a default cap of 5 group keys per metric, raised by Metronome support; Metronome publishes no maximum.',
  fix: 'Ask Metronome to raise the limit before publishing, or merge dimensions into fewer compound keys.',
  ...cite('metronome-api.md §3 BM11', ['DUST']),
  subjects: ['billable_metric'],
  appliesTo: ['billable_metric', 'context'],
  check(e, ctx) {
    const n = e.doc.group_keys?.length ?? 0
    const max = typeof ctx.flags.maxGroupKeys === 'number' ? ctx.flags.maxGroupKeys : 5
    if (n <= max) return
    return [on(e, ['group_keys'], `\`${e.key}\` has ${n} group keys; accounts are reported to allow ${max} by default: ask Metronome to raise the limit before publishing.`)]
  },
})
