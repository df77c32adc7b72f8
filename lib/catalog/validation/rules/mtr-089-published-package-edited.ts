/**
 * MTR-89 · Packages are versioned, never edited.
 * Invariant: warns when the draft changes a package recorded as published, with the remedy (new package
 * version, aliases moved).
 * Source: metronome-domain.md §8 rule 89 [MD-PKG] (W). metronome-api.md §3 PK1 says E "on edit"; issue 5
 * item 2 turns the edit into a new package version with a warning.
 */
import { packageChanges, packageConsequence } from '../../immutability'
import { objectRule, on } from '../rule'
import { cite } from '../support/sources'
import { effectiveText } from '../support/time'

export default objectRule<'package'>({
  code: 'MTR-89',
  severity: 'warning',
  title: 'Published package edited (new version)',
  explanation: '"Packages cannot be edited": a change is a new package, with the alias moved to it on a `starting_at` schedule. Contracts provisioned from the old version keep it.',
  fix: 'Accept the new version (and check which alias new contracts use), or revert the change.',
  ...cite('metronome-domain.md §8 rule 89; issue 5 item 2 (new package version + warning, over metronome-api.md §3 PK1 E)', ['MD-PKG']),
  subjects: ['package'],
  appliesTo: ['package', 'published', 'context'],
  check(e, ctx) {
    const p = ctx.published.get('package', e.key)
    if (!p || p.archived || !p.doc) return
    const fields = packageChanges(p.doc, e.doc)
    if (!fields.length) return
    return [on(e, [fields[0]!], packageConsequence(e.key, fields, (e.doc.aliases ?? []).map((a) => a.name), effectiveText(ctx.effectiveAt)))]
  },
})
