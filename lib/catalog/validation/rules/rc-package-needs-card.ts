/**
 * RC-package-needs-card · Packages and contracts price on a rate card.
 * Invariant: a package has rate_card or rate_card_alias; a contract preview has rate_card or package.
 * Source: metronome-api.md §3 PK3 (E).
 */
import { objectRule, on } from '../rule'
import { cite } from '../support/sources'

export default objectRule<'package' | 'contract'>({
  code: 'RC-package-needs-card',
  severity: 'error',
  title: 'No rate card',
  explanation: '"All Metronome contracts are built on top of rate cards": a package needs `rate_card_id` or `rate_card_alias`, and a contract needs a card or a package that has one.',
  fix: 'Set `rate_card` (or `rate_card_alias` on a package, or `package` on a contract).',
  ...cite('metronome-api.md §3 PK3', ['MD-RC', 'SDK-NODE']),
  subjects: ['package', 'contract'],
  appliesTo: ['package', 'contract'],
  check(e) {
    if (e.kind === 'package') {
      if (e.doc.rate_card || e.doc.rate_card_alias) return
      return [on(e, ['rate_card'], `The package \`${e.key}\` needs \`rate_card\` or \`rate_card_alias\`.`)]
    }
    if (e.doc.rate_card || e.doc.package) return
    return [on(e, ['rate_card'], `The contract \`${e.key}\` needs a \`rate_card\` (or a \`package\`).`)]
  },
})
