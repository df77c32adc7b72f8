/**
 * MTR-69 · `target` is only for commit-specific overrides.
 * Invariant: an override with `target` has is_commit_specific: true, and target ∈ {COMMIT_RATE, LIST_RATE}.
 * Source: metronome-domain.md §8 rule 69 [SDK-PY] (E).
 */
import { objectRule, on, type IssueDraft } from '../rule'
import { overrideTerms } from '../support/catalog'
import { cite } from '../support/sources'

export default objectRule<'package' | 'contract'>({
  code: 'MTR-69',
  severity: 'error',
  title: 'Override target without commit-specific',
  explanation: '`target` (COMMIT_RATE or LIST_RATE, default LIST_RATE) is "allowed only when is_commit_specific is true".',
  fix: 'Set `is_commit_specific: true`, or remove `target`.',
  ...cite('metronome-domain.md §8 rule 69', ['SDK-PY', 'MD-COMMIT-DISC']),
  subjects: ['package', 'contract'],
  appliesTo: ['package', 'contract'],
  check(e) {
    const out: IssueDraft[] = []
    for (const { term: o, rel } of overrideTerms(e.doc)) {
      if (o.target === undefined) continue
      if (o.target !== 'COMMIT_RATE' && o.target !== 'LIST_RATE') out.push(on(e, [...rel, 'target'], `\`target\` must be COMMIT_RATE or LIST_RATE, not "${o.target}".`))
      if (o.is_commit_specific !== true) out.push(on(e, [...rel, 'target'], '`target` is allowed only on commit-specific overrides: set `is_commit_specific: true` or remove `target`.'))
    }
    return out
  },
})
