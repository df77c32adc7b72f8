/**
 * MTR-31 · A COMPOSITE product says what it charges a percentage of.
 * Invariant: COMPOSITE ⇒ composite_products or composite_tags non-empty (error); referenced products are
 * USAGE products, or COMPOSITE with include_composite_spend (error); each tag matches some product (warning).
 * Source: metronome-domain.md §8 rule 31 [MD-API-PROD-C] (E); metronome-api.md §3 P4 (E/W: the USAGE
 * target and tag-match checks come from there).
 */
import { objectRule, on, type IssueDraft } from '../rule'
import { productType } from '../support/catalog'
import { cite } from '../support/sources'

export default objectRule<'product'>({
  code: 'MTR-31',
  severity: 'error',
  title: 'Composite product without targets',
  explanation:
    '`composite_product_ids` and `composite_tags` are "Required for COMPOSITE products": a composite charges a percentage of spend on usage products, so it must name them (by key or tag).',
  fix: 'List the usage products in `composite_products` or give `composite_tags` that those products carry.',
  ...cite('metronome-domain.md §8 rule 31', ['MD-API-PROD-C', 'MD-COMPOSITE']),
  subjects: ['product'],
  appliesTo: ['product'],
  check(e, ctx) {
    if (productType(e.doc) !== 'COMPOSITE') return
    const refs = e.doc.composite_products ?? []
    const tags = e.doc.composite_tags ?? []
    if (refs.length === 0 && tags.length === 0)
      return [on(e, ['composite_products'], `The COMPOSITE product \`${e.key}\` must list \`composite_products\` or \`composite_tags\`: name the usage products it charges a percentage of.`)]
    const out: IssueDraft[] = []
    refs.forEach((ref, i) => {
      const target = ctx.index.doc('product', ref)
      if (!target) return
      const t = productType(target)
      if (t === 'USAGE') return
      if (t === 'COMPOSITE' && e.doc.include_composite_spend === true) return
      out.push(
        on(
          e,
          ['composite_products', i],
          t === 'COMPOSITE'
            ? `\`${ref}\` is a COMPOSITE product: charging a percentage of another composite needs \`include_composite_spend: true\` (feature-flagged).`
            : `\`${ref}\` is a ${t} product: composite charges apply to usage products only; remove it.`,
        ),
      )
    })
    tags.forEach((tag, i) => {
      if (!ctx.index.related('productsByTag', tag).some((p) => p.key !== e.key))
        out.push(on(e, ['composite_tags', i], `No product carries the tag \`${tag}\`, so the composite \`${e.key}\` charges nothing through it: tag the usage products or fix the tag.`, 'warning'))
    })
    return out
  },
})
