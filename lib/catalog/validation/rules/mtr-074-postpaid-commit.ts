/**
 * MTR-74 · POSTPAID commits have one access item and a matching one-item invoice schedule.
 * Invariant: commit type ∈ {PREPAID, POSTPAID}; POSTPAID ⇒ exactly one access item and an invoice_schedule
 * with exactly one item whose total (amount, or unit_price × quantity) equals the access amount.
 * Source: metronome-domain.md §8 rule 74 [SDK-PY] (E).
 */
import { objectRule, on, type IssueDraft } from '../rule'
import { decimalOf } from '../support/decimal'
import { cite } from '../support/sources'

export default objectRule<'package' | 'contract'>({
  code: 'MTR-74',
  severity: 'error',
  title: 'Malformed POSTPAID commit',
  explanation:
    'A commit is PREPAID or POSTPAID. A POSTPAID commit has exactly one access-schedule item and a required invoice schedule with one item whose total equals the access amount (the true-up).',
  fix: 'Give the POSTPAID commit one access item and one invoice item of the same total.',
  ...cite('metronome-domain.md §8 rule 74', ['SDK-PY', 'MD-INV']),
  subjects: ['package', 'contract'],
  appliesTo: ['package', 'contract'],
  check(e) {
    const out: IssueDraft[] = []
    e.doc.commits?.forEach((c, ci) => {
      const rel = ['commits', ci]
      if (c.type !== 'PREPAID' && c.type !== 'POSTPAID') {
        out.push(on(e, [...rel, 'type'], `Commit \`type\` must be PREPAID or POSTPAID (upper case), not "${c.type}".`))
        return
      }
      if (c.type !== 'POSTPAID') return
      const access = c.access_schedule?.schedule_items ?? []
      if (access.length !== 1) out.push(on(e, [...rel, 'access_schedule', 'schedule_items'], `A POSTPAID commit has exactly one access-schedule item (found ${access.length}).`))
      const invoice = c.invoice_schedule?.schedule_items
      if (!invoice) {
        out.push(on(e, [...rel, 'invoice_schedule'], 'A POSTPAID commit requires `invoice_schedule` with one item whose total equals the access amount.'))
        return
      }
      if (invoice.length !== 1) {
        out.push(on(e, [...rel, 'invoice_schedule', 'schedule_items'], `A POSTPAID commit's invoice schedule has exactly one item (found ${invoice.length}).`))
        return
      }
      const item = invoice[0]!
      const total = decimalOf(item.amount) ?? (decimalOf(item.unit_price) && decimalOf(item.quantity) ? decimalOf(item.unit_price)!.mul(decimalOf(item.quantity)!) : undefined)
      const amount = access.length === 1 ? decimalOf(access[0]!.amount) : undefined
      if (total && amount && !total.eq(amount))
        out.push(on(e, [...rel, 'invoice_schedule', 'schedule_items', 0], `The invoice item totals ${total.toFixed()} but the access amount is ${amount.toFixed()}: a POSTPAID commit invoices exactly its access amount.`))
    })
    return out
  },
})
