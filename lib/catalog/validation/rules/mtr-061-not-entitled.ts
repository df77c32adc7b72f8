/**
 * MTR-61 · A rate with entitled: false is off by default.
 * Invariant: warns on every rate with entitled === false.
 * Source: metronome-domain.md §8 rule 61 [MD-RC-OLD][MD-PRICECHG] (W). Silent-failure trap: the product is
 * on the card but inactive unless an override enables it.
 */
import { objectRule, on } from '../rule'
import { cite } from '../support/sources'

export default objectRule<'rate'>({
  code: 'MTR-61',
  severity: 'warning',
  title: 'Rate not entitled',
  explanation: '`entitled: false` puts the product on the card but not active: contracts are not charged for it unless an override sets `entitled: true` for them.',
  fix: 'Set `entitled: true`, unless the product is meant to be enabled per contract or package.',
  silentFailure: true,
  ...cite('metronome-domain.md §8 rule 61', ['MD-RC-OLD', 'MD-PRICECHG']),
  subjects: ['rate'],
  appliesTo: ['rate'],
  check(e) {
    if (e.doc.entitled !== false) return
    return [on(e, ['entitled'], `\`entitled: false\`: \`${e.doc.product}\` will be inactive on every contract using \`${e.doc.rate_card}\` unless an override enables it. Set \`entitled: true\` unless that is intended.`)]
  },
})
