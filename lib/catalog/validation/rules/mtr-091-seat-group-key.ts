/**
 * MTR-91 · A seat key is a metric group key and a product key.
 * Invariant: a subscription term with seat_group_key (contract or package) names a property that is a
 * group key of a usage product's metric and a pricing/presentation key of that product, for some USAGE
 * product on the holder's card.
 * Source: metronome-domain.md §8 rule 91 [SDK-PY] (E).
 */
import { objectRule, on, type IssueDraft } from '../rule'
import { cardOf, groupKeyProps, productKeys, productType } from '../support/catalog'
import { cite } from '../support/sources'

export default objectRule<'package' | 'contract'>({
  code: 'MTR-91',
  severity: 'error',
  title: 'Seat key is not a group key',
  explanation:
    "A SEAT_BASED subscription's `seat_group_key` \"must be set as a group key on billable metrics and a presentation/pricing group key on contract products\", so seat-linked credits burn only for that seat's usage.",
  fix: 'Use a property that the usage metric groups by and the usage product prices or presents by (e.g. user_id).',
  ...cite('metronome-domain.md §8 rule 91', ['SDK-PY']),
  subjects: ['package', 'contract'],
  appliesTo: ['package', 'contract', 'product', 'billable_metric', 'rate', 'rate_card'],
  check(e, ctx) {
    const terms = e.doc.subscriptions ?? []
    if (!terms.some((s) => s.seat_group_key)) return
    const card = cardOf(ctx.index, e)
    if (!card) return
    const out: IssueDraft[] = []
    terms.forEach((s, i) => {
      const key = s.seat_group_key
      if (!key) return
      const ok = ctx.index.related<'rate'>('ratesByCard', card.key).some((r) => {
        const p = ctx.index.doc('product', r.doc.product)
        const m = p && productType(p) === 'USAGE' ? ctx.index.doc('billable_metric', p.billable_metric) : undefined
        return !!m && groupKeyProps(m).has(key) && productKeys(p!).includes(key)
      })
      if (!ok)
        out.push(on(e, ['subscriptions', i, 'seat_group_key'], `\`${key}\` is not both a metric group key and a pricing/presentation key of a usage product on \`${card.key}\`: seat-linked usage could not be attributed. Add it to a usage metric's group keys and its product's keys.`))
    })
    return out
  },
})
