/**
 * MTR-64 · Overrides have a valid type and the fields that type needs.
 * Invariant: type ∈ {OVERWRITE, MULTIPLIER, TIERED}; MULTIPLIER has multiplier ≥ 0; OVERWRITE has
 * overwrite_rate; TIERED has ≥ 1 tier with a multiplier ≥ 0.
 * Source: metronome-domain.md §8 rule 64 [SDK-PY] (E).
 */
import { objectRule, on, type IssueDraft } from '../rule'
import { overrideTerms } from '../support/catalog'
import { decimalOf } from '../support/decimal'
import { cite } from '../support/sources'

export default objectRule<'package' | 'contract'>({
  code: 'MTR-64',
  severity: 'error',
  title: 'Malformed override',
  explanation: 'An override is OVERWRITE (with `overwrite_rate`), MULTIPLIER (with `multiplier` ≥ 0) or TIERED (with at least one `{multiplier, size?}` tier).',
  fix: 'Give the override the field its type needs, or change its type.',
  ...cite('metronome-domain.md §8 rule 64', ['SDK-PY', 'MD-OVR']),
  subjects: ['package', 'contract'],
  appliesTo: ['package', 'contract'],
  check(e) {
    const out: IssueDraft[] = []
    for (const { term: o, rel } of overrideTerms(e.doc)) {
      const type = o.type
      if (type !== 'OVERWRITE' && type !== 'MULTIPLIER' && type !== 'TIERED') {
        out.push(on(e, [...rel, 'type'], `Override \`type\` must be OVERWRITE, MULTIPLIER or TIERED (upper case), not "${type}".`))
        continue
      }
      if (type === 'MULTIPLIER') {
        const m = decimalOf(o.multiplier)
        if (o.multiplier === undefined) out.push(on(e, [...rel, 'multiplier'], 'A MULTIPLIER override needs `multiplier` (e.g. "0.9" for 10% off).'))
        else if (!m || m.lt(0)) out.push(on(e, [...rel, 'multiplier'], `\`multiplier\` must be a decimal ≥ 0 (got "${o.multiplier}").`))
      }
      if (type === 'OVERWRITE' && !o.overwrite_rate) out.push(on(e, [...rel, 'overwrite_rate'], 'An OVERWRITE override needs `overwrite_rate` (the rate that replaces the list rate).'))
      if (type === 'TIERED') {
        if (!o.tiers?.length) out.push(on(e, [...rel, 'tiers'], 'A TIERED override needs at least one tier `{multiplier, size?}`.'))
        o.tiers?.forEach((t, i) => {
          const m = decimalOf(t.multiplier)
          if (!m || m.lt(0)) out.push(on(e, [...rel, 'tiers', i, 'multiplier'], `Tier multipliers must be decimals ≥ 0 (got "${t.multiplier}").`))
        })
      }
    }
    return out
  },
})
