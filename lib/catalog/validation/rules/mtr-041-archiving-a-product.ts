/**
 * MTR-41 · Archiving a published product is irreversible.
 * Invariant: warns for each product recorded as published (and not archived) that the draft no longer
 * contains, since publishing archives it.
 * Source: metronome-domain.md §8 rule 41 [SDK-PY products archive] (W). The E of metronome-api.md §3 P9
 * (no new rates on an archived product) is RC-archived-reference.
 */
import { globalRule, onRoot, type IssueDraft } from '../rule'
import { cite } from '../support/sources'

export default globalRule({
  code: 'MTR-41',
  severity: 'warning',
  title: 'Published product removed (will be archived)',
  explanation: 'Removing a published product archives it in Metronome. Archiving "cannot be undone": the product can never get new rates, while existing rates and contracts keep working.',
  fix: 'Keep the product if it may be needed again, or accept the archive.',
  ...cite('metronome-domain.md §8 rule 41', ['SDK-PY', 'MD-API-PROD-A']),
  appliesTo: ['product', 'published'],
  check(ctx) {
    const out: IssueDraft[] = []
    for (const p of ctx.published.all('product')) {
      if (p.archived || ctx.index.has('product', p.key)) continue
      out.push(onRoot('', undefined, ['products'], `The published product \`${p.key}\` is no longer in the catalogue: publishing archives it, irreversibly (no new rates ever; existing rates keep billing). Restore it if it may be needed again.`))
    }
    return out
  },
})
