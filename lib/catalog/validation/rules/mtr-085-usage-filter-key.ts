/**
 * MTR-85 · A usage-filter key is a group key of every product's metric.
 * Invariant: for a contract with usage_filter, every USAGE product on its card has a streaming metric with
 * the key in one group_keys entry that also holds the product's pricing ∪ presentation keys; for SQL
 * metrics, uploaded events must carry the key as a property.
 * Source: metronome-domain.md §8 rule 85 and §4.6 [MD-CONTRACT] (E).
 */
import { objectRule, on, type IssueDraft } from '../rule'
import { cardOf, isSql, productKeys, productType } from '../support/catalog'
import { cite } from '../support/sources'
import { js } from '../support/text'

export default objectRule<'contract'>({
  code: 'MTR-85',
  severity: 'error',
  title: 'Usage-filter key is not a group key',
  explanation:
    'A usage filter routes usage to a contract by a group key. For streaming metrics the key must be a group key of each product\'s metric, in the same compound key as the product\'s pricing and presentation keys; for SQL metrics it must be an event property.',
  fix: 'Add the key to the metrics\' group keys (in the products\' compound key) before publishing them, or filter on another key.',
  ...cite('metronome-domain.md §8 rule 85', ['MD-CONTRACT']),
  subjects: ['contract'],
  appliesTo: ['contract', 'package', 'product', 'billable_metric', 'rate', 'rate_card', 'sampleEvents'],
  check(e, ctx) {
    const key = e.doc.usage_filter?.group_key
    const card = cardOf(ctx.index, e)
    if (!key || !card) return
    const out: IssueDraft[] = []
    const seen = new Set<string>()
    for (const r of ctx.index.related<'rate'>('ratesByCard', card.key)) {
      if (seen.has(r.doc.product)) continue
      seen.add(r.doc.product)
      const p = ctx.index.doc('product', r.doc.product)
      const m = p && productType(p) === 'USAGE' ? ctx.index.doc('billable_metric', p.billable_metric) : undefined
      if (!p || !m) continue
      if (isSql(m)) {
        if (ctx.events.size > 0 && !ctx.events.events.some((ev) => ev.props[key] !== undefined))
          out.push(on(e, ['usage_filter', 'group_key'], `\`${key}\` must be an event property for the SQL metric \`${p.billable_metric}\`, but no sample event carries it.`))
        continue
      }
      const needed = [...productKeys(p), key]
      if (!(m.group_keys ?? []).some((g) => needed.every((k) => g.includes(k))))
        out.push(
          on(
            e,
            ['usage_filter', 'group_key'],
            productKeys(p).length
              ? `The usage-filter key \`${key}\` must share one compound group key with the keys of \`${p.key}\` on its metric \`${p.billable_metric}\`: it needs an entry containing ${js(needed)}.`
              : `The usage-filter key \`${key}\` is not a group key of \`${p.billable_metric}\` (the metric of \`${p.key}\` on \`${card.key}\`): add it to the metric's group keys.`,
          ),
        )
    }
    return out
  },
})
