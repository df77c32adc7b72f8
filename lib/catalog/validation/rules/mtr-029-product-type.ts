/**
 * MTR-29 · Products have a Metronome type, which never changes after publish.
 * Invariant: type ∈ {USAGE, SUBSCRIPTION, COMPOSITE, FIXED, PROFESSIONAL_SERVICE, PRO_SERVICE}, written in
 * upper case (error); a published product whose type changed is a warning that spells out the replace.
 * Source: metronome-domain.md §8 rule 29 [MD-API-PROD-C][MD-API-PROD-U][TF] (E); metronome-api.md §3 P1, P7
 * (E). Issue 5 item 2 turns the type change into a remedy (new product, old archived) with a warning.
 */
import { productConsequence } from '../../immutability'
import { PRODUCT_TYPES } from '../../schemas'
import { objectRule, on } from '../rule'
import { ratesOf } from '../support/catalog'
import { cite } from '../support/sources'

export default objectRule<'product'>({
  code: 'MTR-29',
  severity: 'error',
  title: 'Product type',
  explanation:
    'A product is USAGE, SUBSCRIPTION, COMPOSITE, FIXED or PROFESSIONAL_SERVICE/PRO_SERVICE, and its type cannot change after creation: "create a new product with the correct type and archive the original". Ratecraft does that on publish and warns.',
  fix: 'Use one of the five types in upper case. To change a published product\'s type, accept the replacement (rates move to a new product, the old one is archived) or keep the type.',
  ...cite('metronome-domain.md §8 rule 29; issue 5 item 2 (type change → remedy + warning)', ['MD-API-PROD-C', 'MD-API-PROD-U', 'TF']),
  subjects: ['product'],
  appliesTo: ['product', 'rate', 'published'],
  check(e, ctx) {
    const t = e.doc.type
    const canonical = t.trim().toUpperCase()
    if (!(PRODUCT_TYPES as readonly string[]).includes(canonical))
      return [on(e, ['type'], `\`type\` "${t}" is not a Metronome product type: use USAGE, SUBSCRIPTION, COMPOSITE, FIXED or PRO_SERVICE.`)]
    if (t !== canonical) return [on(e, ['type'], `Write \`type\` as "${canonical}" (upper case, the spelling Ratecraft publishes).`)]
    const p = ctx.published.get('product', e.key)
    if (!p || p.archived || !p.doc || p.doc.type.toUpperCase() === canonical) return
    const rates = [...new Set(ratesOf(ctx.index, e.key).map((r) => r.key))]
    return [on(e, ['type'], productConsequence(e.key, p.doc.type, canonical, rates), 'warning')]
  },
})
