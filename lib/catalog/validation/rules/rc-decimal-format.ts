/**
 * RC-decimal-format · Money and factors are decimal strings.
 * Invariant: prices, tier prices, commit-rate prices, conversion values, access and invoice amounts and
 * overwrite prices are decimal strings without exponent ("12.5").
 * Source: Ratecraft catalogue format v1 (ZDecimalString, ZPublishable*); architecture.md §5 convention 12.
 */
import { objectRule, on, type IssueDraft } from '../rule'
import { isDecimalString } from '../../money'
import { moneyFields } from '../support/money-fields'
import { cite } from '../support/sources'

export default objectRule<'rate' | 'rate_card' | 'package' | 'contract'>({
  code: 'RC-decimal-format',
  severity: 'error',
  title: 'Not a decimal string',
  explanation: 'Money is never a float in Ratecraft: every price and amount is a decimal string such as "12.5" (no exponent, no thousands separators, no currency sign), in Metronome\'s denomination.',
  fix: 'Write the value as a plain decimal string, e.g. "0.0025".',
  ...cite('Ratecraft catalogue format v1 (ZDecimalString)', []),
  subjects: ['rate', 'rate_card', 'package', 'contract'],
  appliesTo: ['rate', 'rate_card', 'package', 'contract'],
  check(e) {
    if (e.kind === 'rate' && !e.doc.tiers && !e.doc.commit_rate) {
      // Hot path (every rate): one field, no allocation when it is fine.
      const p = e.doc.price
      if (p === undefined || isDecimalString(p)) return
    }
    const out: IssueDraft[] = []
    for (const f of moneyFields(e)) if (!isDecimalString(f.value)) out.push(on(e, f.rel, `\`${String(f.rel[f.rel.length - 1])}\` must be a decimal string such as "12.5" (got ${JSON.stringify(f.value)}).`))
    return out
  },
})
