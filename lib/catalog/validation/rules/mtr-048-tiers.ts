/**
 * MTR-48 · Tiers are well formed and only on tiered rates.
 * Invariant: tiers only with TIERED/TIERED_PERCENTAGE; TIERED has ≥ 1 tier; every non-final tier has
 * size > 0 (errors); a final tier with a size is a warning (quantity beyond it is undocumented, INFERRED).
 * The same applies to commit_rate tiers.
 * Source: metronome-domain.md §8 rule 48 [MD-RC][MD-OVR]; metronome-api.md §3 R8 (E; size semantics inferred).
 */
import type { TTier } from '../../schemas'
import { objectRule, on, type IssueDraft } from '../rule'
import type { ValidEntry } from '../entry'
import { cite } from '../support/sources'
import { up } from '../support/text'

const TIERED = new Set(['TIERED', 'TIERED_PERCENTAGE'])

function checkTiers(e: ValidEntry<'rate'>, base: Array<string | number>, rateType: string | undefined, tiers: TTier[] | undefined, out: IssueDraft[]): void {
  const type = up(rateType) ?? ''
  if (tiers !== undefined && !TIERED.has(type)) {
    out.push(on(e, [...base, 'tiers'], `\`tiers\` apply only to TIERED (or TIERED_PERCENTAGE) rates; this rate is ${type}: remove them or change the rate type.`))
    return
  }
  if (type === 'TIERED' && (!tiers || tiers.length === 0)) {
    out.push(on(e, [...base, 'tiers'], 'A TIERED rate needs at least one tier `{price, size?}`.'))
    return
  }
  tiers?.forEach((t, i) => {
    const last = i === tiers.length - 1
    if (!last && (t.size === undefined || !(t.size > 0)))
      out.push(on(e, [...base, 'tiers', i, 'size'], `Tier ${i + 1} needs a \`size\` greater than 0 (the number of units in the tier); only the last tier is unbounded.`))
    if (last && t.size !== undefined)
      out.push(on(e, [...base, 'tiers', i, 'size'], 'The last tier has a `size`: what Metronome charges beyond it is undocumented. Omit `size` on the last tier to make it unbounded.', 'warning'))
  })
}

export default objectRule<'rate'>({
  code: 'MTR-48',
  severity: 'error',
  title: 'Malformed tiers',
  explanation:
    'Tiered rates are graduated: each tier is `{price, size}` where `size` is the number of units in the tier, and the last tier omits `size` (unbounded). Tiers make sense only on TIERED rates.',
  fix: 'Give every tier but the last a positive `size`, omit it on the last, and use tiers only with rate_type TIERED.',
  ...cite('metronome-domain.md §8 rule 48; tier size semantics INFERRED (§7 item 5)', ['MD-RC', 'MD-OVR']),
  subjects: ['rate'],
  appliesTo: ['rate'],
  check(e) {
    if (e.doc.tiers === undefined && e.doc.commit_rate === undefined && e.doc.rate_type.toUpperCase() !== 'TIERED') return
    const out: IssueDraft[] = []
    checkTiers(e, [], e.doc.rate_type, e.doc.tiers, out)
    if (e.doc.commit_rate) checkTiers(e, ['commit_rate'], e.doc.commit_rate.rate_type, e.doc.commit_rate.tiers, out)
    return out
  },
})
