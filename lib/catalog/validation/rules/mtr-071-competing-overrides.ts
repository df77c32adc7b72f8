/**
 * MTR-71 · Only one override applies per line item.
 * Invariant: warns when two overrides of one contract or package target the same product (by key or
 * shared tag) at overlapping times, naming the one that wins (overwrite > multiplier/tiered; last-added
 * overwrite; lowest multiplier or lowest priority; commit-specific ones are ranked separately).
 * Source: metronome-domain.md §8 rule 71 [MD-OVR][MD-COMMIT-DISC] (W).
 */
import type { TOverride } from '../../schemas'
import { objectRule, on, type IssueDraft } from '../rule'
import { overrideProducts, overrideTerms } from '../support/catalog'
import { decimalOf } from '../support/decimal'
import { cite } from '../support/sources'
import { parseTime } from '../support/time'

function targets(o: TOverride): string[] {
  const tags = [...(o.applicable_product_tags ?? []), ...(o.override_specifiers ?? []).flatMap((s) => s.product_tags ?? [])]
  return [...overrideProducts(o).map((p) => 'p:' + p), ...tags.map((t) => 't:' + t)]
}

export default objectRule<'package' | 'contract'>({
  code: 'MTR-71',
  severity: 'warning',
  title: 'Competing overrides',
  explanation:
    'Overrides do not stack: one applies per line item. OVERWRITE beats MULTIPLIER/TIERED, the last-added overwrite wins, and multipliers follow `multiplier_override_prioritization` (lowest multiplier by default, lowest priority when EXPLICIT); commit-specific overrides come first for commit usage.',
  fix: 'Keep one override per product and period, or make the intended winner explicit with priorities.',
  ...cite('metronome-domain.md §8 rule 71', ['MD-OVR', 'MD-COMMIT-DISC']),
  subjects: ['package', 'contract'],
  appliesTo: ['package', 'contract'],
  check(e) {
    const terms = overrideTerms(e.doc)
    if (terms.length < 2) return
    const explicit = e.doc.multiplier_override_prioritization === 'EXPLICIT'
    const span = (o: TOverride) => [parseTime(o.starting_at) ?? Number.NEGATIVE_INFINITY, parseTime(o.ending_before) ?? Number.POSITIVE_INFINITY] as const
    const winner = (a: (typeof terms)[number], b: (typeof terms)[number]) => {
      const ow = (x: TOverride) => x.type === 'OVERWRITE'
      if (ow(a.term) !== ow(b.term)) return ow(a.term) ? a : b
      if (ow(a.term)) return a.i > b.i ? a : b
      if (explicit) return (a.term.priority ?? Infinity) <= (b.term.priority ?? Infinity) ? a : b
      const ma = decimalOf(a.term.multiplier)
      const mb = decimalOf(b.term.multiplier)
      return ma && mb && mb.lt(ma) ? b : a
    }
    const out: IssueDraft[] = []
    for (let j = 1; j < terms.length; j++)
      for (let i = 0; i < j; i++) {
        const a = terms[i]!
        const b = terms[j]!
        if ((a.term.is_commit_specific === true) !== (b.term.is_commit_specific === true)) continue
        const shared = targets(a.term).find((t) => targets(b.term).includes(t))
        if (!shared) continue
        const [as, ae] = span(a.term)
        const [bs, be] = span(b.term)
        if (!(as < be && bs < ae)) continue
        const w = winner(a, b)
        out.push(on(e, [...b.rel], `Overrides ${a.i} and ${b.i} both apply to ${shared.startsWith('p:') ? 'product' : 'tag'} \`${shared.slice(2)}\` at overlapping times; only one applies per line item: override ${w.i} (${w.term.type}) wins. Remove or re-time the other.`))
        break
      }
    return out
  },
})
