/**
 * MTR-56 · Commit rates belong to list rates of USAGE products.
 * Invariant: a rate with commit_rate is on a USAGE product and has a list price (price or tiers); the
 * commit rate is FLAT or TIERED. (Its pricing unit is the list rate's by construction: it has none of its own.)
 * Source: metronome-domain.md §8 rule 56 [MD-COMMIT-DISC] (E).
 */
import { objectRule, on, type IssueDraft } from '../rule'
import { productType } from '../support/catalog'
import { cite } from '../support/sources'
import { up } from '../support/text'

export default objectRule<'rate'>({
  code: 'MTR-56',
  severity: 'error',
  title: 'Commit rate misplaced',
  explanation: 'A commit rate is "a distinct rate … you can choose to use … rather than list rate when consuming a credit or commit": usage products only, added together with a list rate, in the same pricing unit.',
  fix: 'Keep `commit_rate` only on rates of USAGE products that also have a list `price` or `tiers`, with rate_type FLAT or TIERED.',
  ...cite('metronome-domain.md §8 rule 56', ['MD-COMMIT-DISC']),
  subjects: ['rate'],
  appliesTo: ['rate', 'product'],
  check(e, ctx) {
    const cr = e.doc.commit_rate
    if (!cr) return
    const out: IssueDraft[] = []
    const p = ctx.index.doc('product', e.doc.product)
    if (p && productType(p) !== 'USAGE') out.push(on(e, ['commit_rate'], `Commit rates apply to USAGE products only; \`${e.doc.product}\` is ${productType(p)}: remove \`commit_rate\`.`))
    if (e.doc.price === undefined && !e.doc.tiers?.length) out.push(on(e, ['commit_rate'], 'A commit rate must come with a list rate: set this rate\'s `price` (or `tiers`) too.'))
    const t = up(cr.rate_type)
    if (t !== 'FLAT' && t !== 'TIERED') out.push(on(e, ['commit_rate', 'rate_type'], `A commit rate is FLAT or TIERED, not "${cr.rate_type}".`))
    return out
  },
})
