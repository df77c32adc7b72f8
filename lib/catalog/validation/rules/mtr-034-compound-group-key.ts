/**
 * MTR-34 · pricing ∪ presentation keys are exactly one compound group key of the metric.
 * Invariant: for a USAGE product on a streaming metric with keys, some group_keys entry has exactly the
 * set pricing ∪ presentation (order irrelevant).
 * Source: metronome-domain.md §8 rule 34 [MD-API-PROD-C][MD-BM] (E when no entry contains the union,
 * W when one contains it but none equals it). metronome-api.md §3 GK3 makes exact equality an E ("invoice
 * compute fails — not slowly, not at all"); the stricter applies, so a containing-but-larger entry is an
 * error too (§7 item 6 lists it as unverified).
 */
import { objectRule, on } from '../rule'
import { isSql, productKeys, sameSet } from '../support/catalog'
import { cite } from '../support/sources'
import { js } from '../support/text'

export default objectRule<'product'>({
  code: 'MTR-34',
  severity: 'error',
  title: 'Product keys are not one compound group key',
  explanation:
    '"The superset of values in the pricing group key and presentation group key must be set as one compound group key on the billable metric." Without it invoice computation fails. Only exact equality is documented, so an entry that merely contains the keys is also reported.',
  fix: 'Add an entry to the metric\'s `group_keys` with exactly the pricing and presentation keys, e.g. ["user_id", "region"] (before the metric is published).',
  ...cite('metronome-domain.md §8 rule 34; metronome-api.md §3 GK3 (E, stricter)', ['MD-API-PROD-C', 'MD-BM']),
  subjects: ['product'],
  appliesTo: ['product', 'billable_metric'],
  check(e, ctx) {
    if (!e.doc.pricing_group_key?.length && !e.doc.presentation_group_key?.length) return
    const metric = ctx.index.get('billable_metric', e.doc.billable_metric)
    if (!metric || isSql(metric.doc)) return
    if (!e.doc.pricing_group_key?.length && !e.doc.presentation_group_key?.length) return
    const keys = productKeys(e.doc)
    const entries = metric.doc.group_keys ?? []
    if (entries.some((g) => sameSet(g, keys))) return
    const props = new Set(entries.flat())
    if (keys.some((k) => !props.has(k))) return // MTR-33 names the missing key
    if (entries.some((g) => sameSet(g, keys))) return
    const containing = entries.find((g) => keys.every((k) => g.includes(k)))
    const field = e.doc.presentation_group_key?.length ? 'presentation_group_key' : 'pricing_group_key'
    return [
      on(
        e,
        [field],
        containing
          ? `The metric \`${metric.key}\` has ${js(containing)}, which contains but does not equal this product's keys ${js(keys)}; only an exact compound key is documented to work: add ${js(keys)} to its \`group_keys\`.`
          : `This product's pricing and presentation keys ${js(keys)} must be set as one compound group key on the metric \`${metric.key}\`: add ${js(keys)} to its \`group_keys\`.`,
      ),
    ]
  },
})
