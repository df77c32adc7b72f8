/**
 * MTR-75 · A PREPAID commit without an invoice schedule is free.
 * Invariant: warns on a PREPAID commit with no invoice_schedule.
 * Source: metronome-domain.md §8 rule 75 [SDK-PY] (W).
 */
import { objectRule, on, type IssueDraft } from '../rule'
import { cite } from '../support/sources'

export default objectRule<'package' | 'contract'>({
  code: 'MTR-75',
  severity: 'warning',
  title: 'Complimentary prepaid commit',
  explanation:
    'A PREPAID commit with no invoice schedule is "complimentary": the customer gets the balance without being invoiced. When migrating an already-paid Stripe balance, `invoice_schedule.do_not_invoice: true` keeps the cost basis instead.',
  fix: 'Add an invoice schedule (or `do_not_invoice: true` for a balance paid in Stripe), or make it a credit if it is free.',
  ...cite('metronome-domain.md §8 rule 75 and §9 M19', ['SDK-PY']),
  subjects: ['package', 'contract'],
  appliesTo: ['package', 'contract'],
  check(e) {
    const out: IssueDraft[] = []
    e.doc.commits?.forEach((c, i) => {
      if (c.type === 'PREPAID' && !c.invoice_schedule)
        out.push(on(e, ['commits', i, 'invoice_schedule'], 'This PREPAID commit has no invoice schedule, so it is complimentary (never invoiced): add one, set `do_not_invoice: true` for a balance already paid in Stripe, or model it as a credit.'))
    })
    return out
  },
})
