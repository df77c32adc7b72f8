/**
 * MTR-86 · Usage statement schedules use Metronome's frequencies and anchors.
 * Invariant: frequency ∈ {MONTHLY, QUARTERLY, ANNUAL, WEEKLY}; day ∈ {FIRST_OF_MONTH, CONTRACT_START,
 * CUSTOM_DATE}; CUSTOM_DATE requires billing_anchor_date (which packages cannot carry).
 * Source: metronome-domain.md §8 rule 86 and §9 M17 [SDK-PY] (E).
 */
import { BILLING_FREQUENCIES } from '../../schemas'
import { objectRule, on, type IssueDraft } from '../rule'
import { cite } from '../support/sources'
import { parseTime } from '../support/time'

const DAYS = ['FIRST_OF_MONTH', 'CONTRACT_START', 'CUSTOM_DATE']

export default objectRule<'contract' | 'package'>({
  code: 'MTR-86',
  severity: 'error',
  title: 'Invalid usage statement schedule',
  explanation:
    '`usage_statement_schedule.frequency` is MONTHLY, QUARTERLY, ANNUAL or WEEKLY; `day` is FIRST_OF_MONTH (default), CONTRACT_START or CUSTOM_DATE, which needs `billing_anchor_date`. Stripe intervals such as every 2 weeks or 6 months are not expressible.',
  fix: 'Use a supported frequency; with CUSTOM_DATE, set `billing_anchor_date`.',
  ...cite('metronome-domain.md §8 rule 86', ['SDK-PY']),
  subjects: ['contract', 'package'],
  appliesTo: ['contract', 'package'],
  check(e) {
    const s = e.doc.usage_statement_schedule
    if (!s) return
    const out: IssueDraft[] = []
    if (!(BILLING_FREQUENCIES as readonly string[]).includes(s.frequency))
      out.push(on(e, ['usage_statement_schedule', 'frequency'], `\`frequency\` must be MONTHLY, QUARTERLY, ANNUAL or WEEKLY, not "${s.frequency}".`))
    if (s.day !== undefined && !DAYS.includes(s.day)) out.push(on(e, ['usage_statement_schedule', 'day'], `\`day\` must be FIRST_OF_MONTH, CONTRACT_START or CUSTOM_DATE, not "${s.day}".`))
    if (s.day === 'CUSTOM_DATE') {
      const anchor = 'billing_anchor_date' in s ? s.billing_anchor_date : undefined
      if (e.kind === 'package') out.push(on(e, ['usage_statement_schedule', 'day'], 'A package cannot carry a `billing_anchor_date`, so it cannot use CUSTOM_DATE: use FIRST_OF_MONTH or CONTRACT_START.'))
      else if (parseTime(anchor) === undefined)
        out.push(on(e, ['usage_statement_schedule', 'billing_anchor_date'], '`day: CUSTOM_DATE` requires `billing_anchor_date` (an RFC 3339 time).'))
    }
    return out
  },
})
