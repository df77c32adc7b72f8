/**
 * MTR-83 · Recurring commits and credits carry their required fields.
 * Invariant: each recurring term in context.recurringTerms has access_amount {credit_type, unit_price,
 * quantity — unless subscription_config}, commit_duration, priority, product and starting_at. The catalogue
 * format cannot express recurring terms yet; without context there is nothing to check.
 * Source: metronome-domain.md §8 rule 83 [SDK-PY] (E).
 */
import { globalRule, onRoot, type IssueDraft } from '../rule'
import { cite } from '../support/sources'

export default globalRule({
  code: 'MTR-83',
  severity: 'error',
  title: 'Recurring commit or credit incomplete',
  explanation:
    'Recurring commits and credits require `access_amount` (`credit_type_id`, `unit_price`, and `quantity` unless `subscription_config` links them to seats), `commit_duration`, `priority`, `product_id` and `starting_at`. Checks the recurring terms given in the validation context.',
  fix: 'Fill in the missing fields of the recurring term.',
  ...cite('metronome-domain.md §8 rule 83', ['SDK-PY']),
  appliesTo: ['context'],
  check(ctx) {
    const terms = ctx.input.recurringTerms
    if (!Array.isArray(terms)) return
    const out: IssueDraft[] = []
    terms.forEach((r, i) => {
      const t = (r && typeof r.term === 'object' && r.term !== null ? r.term : {}) as Record<string, unknown>
      const missing: string[] = []
      const amount = t.access_amount as Record<string, unknown> | undefined
      if (!amount || typeof amount !== 'object') missing.push('access_amount')
      else {
        if (amount.credit_type_id === undefined && amount.credit_type === undefined) missing.push('access_amount.credit_type_id')
        if (amount.unit_price === undefined) missing.push('access_amount.unit_price')
        if (amount.quantity === undefined && t.subscription_config === undefined) missing.push('access_amount.quantity')
      }
      for (const f of ['commit_duration', 'priority', 'starting_at']) if (t[f] === undefined) missing.push(f)
      if (t.product_id === undefined && t.product === undefined) missing.push('product_id')
      for (const m of missing) out.push(onRoot('recurringTerms', i, ['term', ...m.split('.')], `\`${m}\` is required on a recurring ${r?.kind === 'credit' ? 'credit' : 'commit'}.`))
    })
    return out
  },
})
