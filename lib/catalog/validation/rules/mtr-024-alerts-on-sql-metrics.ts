/**
 * MTR-24 · Alerts on SQL metrics need Metronome's help.
 * Invariant: warns for each planned alert (context.alerts) on a SQL metric. The catalogue format cannot
 * express alerts yet; without planned alerts the rule has nothing to check.
 * Source: metronome-domain.md §8 rule 24 [MD-BM] (W).
 */
import { globalRule, onRoot } from '../rule'
import { isSql } from '../support/catalog'
import { cite } from '../support/sources'

export default globalRule({
  code: 'MTR-24',
  severity: 'warning',
  title: 'Alert on a SQL metric',
  explanation: 'Streaming metrics support real-time alerting; for alerting on SQL metrics Metronome says to "reach out to your Metronome team". Checks the alerts listed in the validation context.',
  fix: 'Ask Metronome to enable alerting on the SQL metric, or alert on a streaming metric instead.',
  ...cite('metronome-domain.md §8 rule 24', ['MD-BM']),
  appliesTo: ['billable_metric', 'context'],
  check(ctx) {
    const alerts = ctx.input.alerts
    if (!Array.isArray(alerts)) return
    return alerts.flatMap((a, i) => {
      const metric = ctx.index.doc('billable_metric', typeof a?.billable_metric === 'string' ? a.billable_metric : undefined)
      if (!metric || !isSql(metric)) return []
      return [onRoot('alerts', i, ['billable_metric'], `The alert${a.name ? ` "${a.name}"` : ''} watches the SQL metric \`${a.billable_metric}\`: alerts on SQL metrics need Metronome to set them up; ask your Metronome team or alert on a streaming metric.`)]
    })
  },
})
