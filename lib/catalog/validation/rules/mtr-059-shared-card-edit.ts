/**
 * MTR-59 · Rate changes on a published card reach every contract on it.
 * Invariant: warns once per published card whose rates the draft adds, changes or removes.
 * Source: metronome-domain.md §8 rule 59 [MD-RC][MD-PRICECHG][AI-…/rate-cards.md] (W).
 */
import { objectRule, on } from '../rule'
import { cite } from '../support/sources'

export default objectRule<'rate_card'>({
  code: 'MTR-59',
  severity: 'warning',
  title: 'Editing a shared rate card',
  explanation:
    'Rate-card changes "bubble up to all customers contracted to the rate card", package-provisioned contracts included, unless a contract overrides the product. There is no pending-approval state and no undo in Metronome.',
  fix: 'For one customer, use a contract override instead; otherwise review which contracts use the card before publishing.',
  ...cite('metronome-domain.md §8 rule 59', ['MD-RC', 'MD-PRICECHG', 'AI']),
  subjects: ['rate_card'],
  appliesTo: ['rate_card', 'rate', 'published'],
  check(e, ctx) {
    const pub = ctx.published.get('rate_card', e.key)
    if (!pub || pub.archived) return
    let added = 0
    let changed = 0
    const keys = new Set<string>()
    for (const r of ctx.index.related<'rate'>('ratesByCard', e.key)) {
      keys.add(r.key)
      const p = ctx.published.get('rate', r.key)
      if (!p || p.archived) added++
      else if (!ctx.published.sameAsPublished('rate', r.key, r.doc)) changed++
    }
    const removed = ctx.published.ratesOfCard(e.key).filter((k) => !keys.has(k)).length
    if (added + changed + removed === 0) return
    const parts = [added && `${added} new`, changed && `${changed} changed`, removed && `${removed} removed`].filter(Boolean).join(', ')
    return [
      on(e, [], `Rate changes on the published card \`${e.key}\` (${parts}) apply to every contract on it, including package-provisioned ones, unless a contract overrides the product. For a single customer, use a contract override.`),
    ]
  },
})
