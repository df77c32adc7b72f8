/**
 * RC-rate-after-contract-start · A card prices its products from the start of its contracts.
 * Invariant: warns when a contract preview (directly or through its package) starts before the earliest
 * rate of some product on its card.
 * Source: metronome-api.md §3 R11 (W: "set it at or before the earliest contract start").
 */
import { objectRule, on, type IssueDraft } from '../rule'
import type { ValidEntry } from '../entry'
import { cite } from '../support/sources'
import { iso, parseTime } from '../support/time'

export default objectRule<'rate_card'>({
  code: 'RC-rate-after-contract-start',
  severity: 'warning',
  title: 'Contract starts before the rates',
  explanation:
    "A rate applies to usage on or after its `starting_at`. A contract on the card that starts (and invoices) earlier has usage with no price until the rate starts. Contracts that invoice only from a later `invoice_generation_starting_at` (a migration cut-over) are checked from that time.",
  fix: "Start the card's rates at or before the earliest contract start.",
  ...cite('metronome-api.md §3 R11', ['AI']),
  subjects: ['rate_card'],
  appliesTo: ['rate_card', 'rate', 'contract', 'package'],
  check(e, ctx) {
    const contracts: ValidEntry<'contract'>[] = [...ctx.index.related<'contract'>('contractsByCard', e.key)]
    for (const pkg of ctx.index.related<'package'>('packagesByCard', e.key))
      for (const c of ctx.index.related<'contract'>('contractsByPackage', pkg.key)) if (!c.doc.rate_card && !contracts.includes(c)) contracts.push(c)
    if (!contracts.length) return
    let latest: { start: number; product: string } | undefined
    const earliest = new Map<string, number>()
    for (const r of ctx.index.related<'rate'>('ratesByCard', e.key)) {
      const t = parseTime(r.doc.starting_at)
      if (t === undefined) continue
      const cur = earliest.get(r.doc.product)
      if (cur === undefined || t < cur) earliest.set(r.doc.product, t)
    }
    for (const [product, start] of earliest) if (!latest || start > latest.start || (start === latest.start && product < latest.product)) latest = { start, product }
    if (!latest) return
    const out: IssueDraft[] = []
    for (const c of contracts) {
      // Migrations start contracts at the Stripe subscription start but invoice only from the cut-over
      // (`invoice_generation_starting_at`): usage before that is never invoiced, so it needs no price.
      const start = Math.max(parseTime(c.doc.starting_at) ?? Number.NaN, parseTime(c.doc.usage_statement_schedule?.invoice_generation_starting_at) ?? Number.NEGATIVE_INFINITY)
      if (start < latest.start)
        out.push(on(c, ['starting_at'], `The contract bills from ${iso(start)}, but \`${latest.product}\` has no rate on \`${e.key}\` before ${iso(latest.start)}: usage until then has no price. Start the rates at or before the contract (or set \`usage_statement_schedule.invoice_generation_starting_at\` to the cut-over).`))
    }
    return out
  },
})
