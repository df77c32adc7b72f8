/**
 * RC-price-not-exact · Every decimal can be sent to Metronome exactly.
 * Invariant: for each decimal money field, toMetronomeNumber(value).exact (Metronome's `price` is a JSON
 * number; a decimal with more significant digits than a double holds would arrive changed).
 * Source: money.ts toMetronomeNumber; metronome-domain.md §5.2 and §9 M9 ("beware float precision for
 * 12-dp decimals"). Silent-failure trap of issue 5 item 3.
 */
import { isDecimalString, toMetronomeNumber } from '../../money'
import { objectRule, on, type IssueDraft } from '../rule'
import { fitsInDouble } from '../support/decimal'
import { moneyFields } from '../support/money-fields'
import { cite } from '../support/sources'

export default objectRule<'rate' | 'rate_card' | 'package' | 'contract'>({
  code: 'RC-price-not-exact',
  severity: 'error',
  title: 'Decimal cannot be sent exactly',
  explanation:
    "Metronome's API takes prices and amounts as JSON numbers. A decimal with more significant digits than a double-precision number holds (about 15–17) would reach Metronome as a slightly different number, and every invoice line would be off.",
  fix: 'Round the value to at most 15 significant digits (the message suggests the number Metronome would receive).',
  silentFailure: true,
  ...cite('metronome-domain.md §5.2 and §9 M9; money.ts toMetronomeNumber', ['MD-EV-SEND', 'SD-PRICE-API']),
  subjects: ['rate', 'rate_card', 'package', 'contract'],
  appliesTo: ['rate', 'rate_card', 'package', 'contract'],
  check(e) {
    if (e.kind === 'rate' && !e.doc.tiers && !e.doc.commit_rate) {
      // Hot path (every rate): one field, no allocation when it is fine.
      const p = e.doc.price
      if (p === undefined || fitsInDouble(p)) return
    }
    const out: IssueDraft[] = []
    for (const f of moneyFields(e)) {
      if (!isDecimalString(f.value) || fitsInDouble(f.value)) continue
      const n = toMetronomeNumber(f.value)
      if (!n.exact) out.push(on(e, f.rel, `${f.value} cannot be sent to Metronome exactly (it would arrive as ${String(n.value)}): round it to at most 15 significant digits.`))
    }
    return out
  },
})
