/**
 * MTR-43 · The card's currency is one of Metronome's 20 fiat currencies, as an upper-case ISO code.
 * Invariant: fiat_currency ∈ METRONOME_FIAT_CURRENCIES and written upper-case.
 * Source: metronome-domain.md §8 rule 43 [MD-CPU]; metronome-api.md §3 R2 (E).
 */
import { METRONOME_FIAT_CURRENCIES } from '../../money'
import { objectRule, on } from '../rule'
import { isFiatCode } from '../support/catalog'
import { cite } from '../support/sources'

export default objectRule<'rate_card'>({
  code: 'MTR-43',
  severity: 'error',
  title: 'Unsupported fiat currency',
  explanation: `Metronome supports ${METRONOME_FIAT_CURRENCIES.length} fiat currencies: ${METRONOME_FIAT_CURRENCIES.join(' ')}. Stripe currencies outside the list (e.g. JPY) cannot be mapped.`,
  fix: 'Use a supported currency (upper-case ISO 4217 code), or price in a custom pricing unit on a supported card.',
  ...cite('metronome-domain.md §8 rule 43 and §9 M9', ['MD-CPU']),
  subjects: ['rate_card'],
  appliesTo: ['rate_card'],
  check(e) {
    const c = e.doc.fiat_currency
    if (!isFiatCode(c))
      return [on(e, ['fiat_currency'], `"${c}" is not one of Metronome's supported fiat currencies (${METRONOME_FIAT_CURRENCIES.join(', ')}): pick one of them, or price in a custom pricing unit.`)]
    if (c !== c.toUpperCase()) return [on(e, ['fiat_currency'], `Write \`fiat_currency\` as "${c.toUpperCase()}" (upper-case ISO 4217 code).`)]
  },
})
