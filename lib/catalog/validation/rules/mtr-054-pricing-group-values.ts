/**
 * MTR-54 · A rate's pricing_group_values match its product's pricing keys.
 * Invariant: value keys ⊆ the product's pricing_group_key, values non-empty, no values on a product without
 * pricing keys (errors); a rate of a dimensional product that omits some pricing keys (warning: the
 * exact-keys requirement is *inferred* in metronome-api.md §3 R9).
 * Source: metronome-domain.md §8 rule 54 [MD-RC][MD-API-PROD-C] (E/W).
 */
import { objectRule, on, type IssueDraft } from '../rule'
import { cite } from '../support/sources'
import { list } from '../support/text'

export default objectRule<'rate'>({
  code: 'MTR-54',
  severity: 'error',
  title: 'Pricing group values do not match the product',
  explanation:
    'Dimensional pricing gives one rate per combination of the product\'s `pricing_group_key` values; a value for a key the product does not price by can never match usage.',
  fix: 'Use exactly the product\'s pricing keys in `pricing_group_values`, each with the value as events send it.',
  ...cite('metronome-domain.md §8 rule 54; metronome-api.md §3 R9', ['MD-RC', 'MD-API-PROD-C']),
  subjects: ['rate'],
  appliesTo: ['rate', 'product'],
  check(e, ctx) {
    const p = ctx.index.doc('product', e.doc.product)
    if (!p) return
    const keys = p.pricing_group_key ?? []
    const values = e.doc.pricing_group_values ?? {}
    const given = Object.keys(values)
    // Hot path (every rate): exactly the product's keys, each with a value.
    if (given.length === keys.length && given.every((k) => keys.includes(k) && values[k]!.trim() !== '')) return
    const out: IssueDraft[] = []
    if (keys.length === 0) {
      if (given.length) out.push(on(e, ['pricing_group_values'], `\`${e.doc.product}\` has no \`pricing_group_key\`, so \`pricing_group_values\` can never match: remove them, or add the keys to the product.`))
      return out
    }
    for (const k of given) {
      if (!keys.includes(k)) out.push(on(e, ['pricing_group_values', k], `\`${k}\` is not a pricing key of \`${e.doc.product}\` (${list(keys)}): remove it or add it to the product's \`pricing_group_key\`.`))
      else if (values[k]!.trim() === '') out.push(on(e, ['pricing_group_values', k], `The value for \`${k}\` is empty: give the exact value events send.`))
    }
    const missing = keys.filter((k) => !given.includes(k))
    if (missing.length)
      out.push(on(e, ['pricing_group_values'], `This rate of the dimensional product \`${e.doc.product}\` gives no value for ${list(missing)}: give every pricing key a value (partial combinations are not documented).`, 'warning'))
    return out
  },
})
