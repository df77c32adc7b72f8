/**
 * RC-duplicate-name · Names are unique per kind (and per product type).
 * Invariant: warns on each object after the first with the same name (case- and space-insensitive) among
 * metrics, pricing units, rate cards, packages, or products of one type.
 * Source: metronome-api.md §3 P10 (W, practitioner: publishers reconcile by name; invoices show names).
 */
import { globalRule, on, type IssueDraft } from '../rule'
import { describeKind } from '../support/catalog'
import { cite } from '../support/sources'

export default globalRule({
  code: 'RC-duplicate-name',
  severity: 'warning',
  title: 'Duplicate name',
  explanation: 'Metronome does not require unique names, but invoices show product names and publishers (and people) match objects by name; two products of one type named alike are indistinguishable on an invoice.',
  fix: 'Give each object a distinct name.',
  ...cite('metronome-api.md §3 P10', ['DUST']),
  appliesTo: ['billable_metric', 'product', 'pricing_unit', 'rate_card', 'package'],
  check(ctx) {
    const out: IssueDraft[] = []
    for (const id of ctx.index.duplicateNames) {
      const group = ctx.index.nameGroup(id)
      const first = group[0]!
      for (const e of group.slice(1))
        out.push(on(e, ['name'], `The ${describeKind(e.kind)} \`${first.key}\` has the same name: give this one a distinct name so invoices and reviews can tell them apart.`))
    }
    return out
  },
})
