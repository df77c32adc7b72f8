/**
 * MTR-87 · scheduled_charges_on_usage_invoices is fixed when the contract is created.
 * Invariant: warns when the draft changes it on a contract recorded as published.
 * Source: metronome-domain.md §8 rule 87 [SDK-PY] (W).
 */
import { deepEqual } from '../../diff'
import { objectRule, on } from '../rule'
import { cite } from '../support/sources'

export default objectRule<'contract'>({
  code: 'MTR-87',
  severity: 'warning',
  title: 'Scheduled-charges setting changed after creation',
  explanation: '`scheduled_charges_on_usage_invoices` "cannot be modified after a Contract has been created".',
  fix: 'Keep the published setting, or recreate the contract.',
  ...cite('metronome-domain.md §8 rule 87', ['SDK-PY']),
  subjects: ['contract'],
  appliesTo: ['contract', 'published'],
  check(e, ctx) {
    const p = ctx.published.get('contract', e.key)
    if (!p || p.archived || !p.doc || deepEqual(p.doc.scheduled_charges_on_usage_invoices, e.doc.scheduled_charges_on_usage_invoices)) return
    return [on(e, ['scheduled_charges_on_usage_invoices'], `\`scheduled_charges_on_usage_invoices\` cannot change after the contract \`${e.key}\` was created (published: ${JSON.stringify(p.doc.scheduled_charges_on_usage_invoices ?? null)}): keep it, or recreate the contract.`)]
  },
})
