/**
 * MTR-65 · TIERED overrides need explicit prioritisation and priorities.
 * Invariant: a TIERED override ⇒ multiplier_override_prioritization EXPLICIT; under EXPLICIT every
 * MULTIPLIER/TIERED override has a priority; any priority is > 0.
 * Source: metronome-domain.md §8 rule 65 [MD-OVR][SDK-PY] (E).
 */
import { objectRule, on, type IssueDraft } from '../rule'
import { overrideTerms } from '../support/catalog'
import { cite } from '../support/sources'

export default objectRule<'package' | 'contract'>({
  code: 'MTR-65',
  severity: 'error',
  title: 'Override prioritisation',
  explanation:
    '"If tiered overrides are used, prioritization must be explicit", and `priority` is "Required for EXPLICIT … and all TIERED overrides … Must be > 0".',
  fix: 'Set `multiplier_override_prioritization: "EXPLICIT"` and give every multiplier and tiered override a `priority` above 0 (lowest applies first).',
  ...cite('metronome-domain.md §8 rule 65', ['MD-OVR', 'SDK-PY']),
  subjects: ['package', 'contract'],
  appliesTo: ['package', 'contract'],
  check(e) {
    const terms = overrideTerms(e.doc)
    const explicit = e.doc.multiplier_override_prioritization === 'EXPLICIT'
    const out: IssueDraft[] = []
    if (!explicit && terms.some((t) => t.term.type === 'TIERED'))
      out.push(on(e, ['multiplier_override_prioritization'], 'TIERED overrides require `multiplier_override_prioritization: "EXPLICIT"`.'))
    for (const { term: o, rel } of terms) {
      if (o.priority !== undefined && !(o.priority > 0)) out.push(on(e, [...rel, 'priority'], `\`priority\` must be greater than 0 (got ${o.priority}).`))
      else if (o.priority === undefined && (o.type === 'TIERED' || (explicit && o.type === 'MULTIPLIER')))
        out.push(on(e, [...rel, 'priority'], `This ${o.type} override needs a \`priority\` (> 0; the lowest applies first) under EXPLICIT prioritisation.`))
    }
    return out
  },
})
