/**
 * RC-archived-reference · Nothing new is built on archived products or cards.
 * Invariant: a rate that is not yet published does not name a product or card recorded as archived; a
 * contract or package not yet published does not use an archived card or product.
 * Source: metronome-api.md §3 P9 (E: archived products cannot get new rates) and R15 (E: archived cards are
 * permanently disabled); metronome-domain.md §2.5. (Archived metrics are MTR-16.)
 */
import type { CatalogKind } from '../../schemas'
import type { Entry } from '../entry'
import { objectRule, on, type IssueDraft, type RuleContext } from '../rule'
import type { Segment } from '../structural'
import { commitTerms, describeKind, overrideTerms } from '../support/catalog'
import { cite } from '../support/sources'

function check(out: IssueDraft[], ctx: RuleContext, e: Entry, kind: CatalogKind, key: string | undefined, rel: Segment[]): void {
  if (key !== undefined && ctx.published.get(kind, key)?.archived)
    out.push(on(e, rel, `The ${describeKind(kind)} \`${key}\` was archived in Metronome and cannot be used by a new ${describeKind(e.kind)}: use a live one, or give it a new key to create a new one.`))
}

export default objectRule<'rate' | 'package' | 'contract'>({
  code: 'RC-archived-reference',
  severity: 'error',
  title: 'New use of an archived object',
  explanation: 'Archiving is irreversible: an archived product "can\'t be used for new rates", and an archived rate card is permanently disabled. Existing rates and contracts keep working.',
  fix: 'Use a live product or card, or give the object a new key so that Ratecraft creates a new one.',
  ...cite('metronome-api.md §3 P9, R15', ['MD-API-PROD-A', 'MD-API-RC-A']),
  subjects: ['rate', 'package', 'contract'],
  appliesTo: ['rate', 'package', 'contract', 'published'],
  check(e, ctx) {
    if (ctx.published.empty) return
    const before = ctx.published.get(e.kind, e.key)
    if (before && !before.archived) return
    const out: IssueDraft[] = []
    if (e.kind === 'rate') {
      check(out, ctx, e, 'product', e.doc.product, ['product'])
      check(out, ctx, e, 'rate_card', e.doc.rate_card, ['rate_card'])
      return out
    }
    check(out, ctx, e, 'rate_card', e.doc.rate_card, ['rate_card'])
    for (const t of commitTerms(e.doc)) check(out, ctx, e, 'product', t.term.product, [...t.rel, 'product'])
    for (const { term: o, rel } of overrideTerms(e.doc)) check(out, ctx, e, 'product', o.product, [...rel, 'product'])
    e.doc.subscriptions?.forEach((s, i) => check(out, ctx, e, 'product', s.product, ['subscriptions', i, 'product']))
    return out
  },
})
