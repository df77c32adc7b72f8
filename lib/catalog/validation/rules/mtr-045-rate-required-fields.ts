/**
 * MTR-45 · Every rate has a product, a rate type, a start and `entitled`.
 * Invariant: product, rate_type and starting_at are non-empty; entitled is set (true or false).
 * Source: metronome-domain.md §8 rule 45 [SDK-PY rate_add_params]; metronome-api.md §3 R5 (E). Silent-failure
 * trap: "A rate without entitled: true is silently inactive".
 */
import { objectRule, on, type IssueDraft } from '../rule'
import { cite } from '../support/sources'

export default objectRule<'rate'>({
  code: 'MTR-45',
  severity: 'error',
  title: 'Rate missing a required field',
  explanation:
    'Metronome requires `product_id`, `rate_type`, `starting_at` and `entitled` on every rate. `entitled: true` makes the product available on every contract using the card; a rate without it is silently inactive.',
  fix: 'Fill in the missing field; set `entitled: true` unless the product should be enabled per contract by an override.',
  silentFailure: true,
  ...cite('metronome-domain.md §8 rule 45', ['SDK-PY', 'AI']),
  subjects: ['rate'],
  appliesTo: ['rate'],
  check(e) {
    const r = e.doc
    if (r.entitled !== undefined && r.product.trim() !== '' && r.rate_type.trim() !== '' && r.starting_at.trim() !== '') return
    const out: IssueDraft[] = []
    for (const f of ['product', 'rate_type', 'starting_at'] as const)
      if (r[f].trim() === '') out.push(on(e, [f], `\`${f}\` is required on every rate.`))
    if (r.entitled === undefined)
      out.push(on(e, ['entitled'], '`entitled` is missing: set `entitled: true` to make the product available on every contract using this card. A rate without `entitled: true` is silently inactive in Metronome.'))
    return out
  },
})
