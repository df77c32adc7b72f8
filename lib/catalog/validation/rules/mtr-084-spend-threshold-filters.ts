/**
 * MTR-84 · Spend thresholds carry no product filters.
 * Invariant: a contract's spend_threshold_configuration contains no applicable_products /
 * applicable_product_ids / applicable_product_tags / specifiers at any depth.
 * Source: metronome-domain.md §8 rule 84 [AI-…/credits-and-commits.md] (E).
 */
import { objectRule, on, type IssueDraft } from '../rule'
import type { Segment } from '../structural'
import { cite } from '../support/sources'

const FILTERS = new Set(['applicable_products', 'applicable_product_ids', 'applicable_product_tags', 'specifiers'])

function find(value: unknown, path: Segment[], out: Segment[][]): void {
  if (typeof value !== 'object' || value === null) return
  for (const [k, v] of Object.entries(value)) {
    if (FILTERS.has(k)) out.push([...path, k])
    else find(v, [...path, k], out)
  }
}

export default objectRule<'contract'>({
  code: 'MTR-84',
  severity: 'error',
  title: 'Product filter on a spend threshold',
  explanation: 'Spend-threshold billing charges each time total spend reaches the threshold; it "can\'t carry product filters".',
  fix: 'Remove the product filter from `spend_threshold_configuration`.',
  ...cite('metronome-domain.md §8 rule 84', ['AI']),
  subjects: ['contract'],
  appliesTo: ['contract'],
  check(e) {
    const found: Segment[][] = []
    find(e.doc.spend_threshold_configuration, ['spend_threshold_configuration'], found)
    const out: IssueDraft[] = found.map((p) => on(e, p, `Spend thresholds cannot carry product filters: remove \`${String(p[p.length - 1])}\`.`))
    return out
  },
})
