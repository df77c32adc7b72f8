/**
 * MTR-13 · Group keys stay well below ~1,000 values per customer.
 * Invariant: warns when the expected per-customer cardinality of a group key (for a compound key the
 * product of its dimensions, from the metric's `cardinality` annotation) reaches 1,000.
 * Source: metronome-domain.md §8 rule 13 [MD-BM][MD-PROD][AI-metronome-group-keys]; metronome-api.md §3 BM10 (W).
 */
import { objectRule, on, type IssueDraft } from '../rule'
import { cite } from '../support/sources'
import { int } from '../support/text'

const LIMIT = 1000

export default objectRule<'billable_metric'>({
  code: 'MTR-13',
  severity: 'warning',
  title: 'High-cardinality group key',
  explanation:
    '"If you anticipate the cardinality of these possible values reaching one thousand, contact your Metronome representative." A compound key costs the product of its dimensions\' cardinalities.',
  fix: 'Drop or coarsen the dimension (e.g. region instead of host), or agree the volume with Metronome before publishing.',
  ...cite('metronome-domain.md §8 rule 13', ['MD-BM', 'MD-PROD', 'AI']),
  subjects: ['billable_metric'],
  appliesTo: ['billable_metric'],
  check(e) {
    const m = e.doc
    const card = m.cardinality
    if (!card || !m.group_keys) return
    let out: IssueDraft[] | undefined
    for (let i = 0; i < m.group_keys.length; i++) {
      const entry = m.group_keys[i]!
      let total = 1
      let known = 0
      for (let j = 0; j < entry.length; j++) {
        const n = card[entry[j]!]
        if (entry.indexOf(entry[j]!) !== j || typeof n !== 'number' || !Number.isFinite(n)) continue
        known++
        total *= Math.max(1, n)
      }
      if (known === 0 || total < LIMIT) continue
      const detail = [...new Set(entry)].filter((n) => typeof card[n] === 'number').map((n) => `${n} ≈ ${card[n]}`).join(' × ')
      ;(out ??= []).push(
        on(
          e,
          ['group_keys', i],
          `This group key may reach ~${int(total)} values per customer (${detail}); Metronome asks you to contact them from ~1,000. Coarsen the dimension or agree it with Metronome.`,
        ),
      )
    }
    return out
  },
})
