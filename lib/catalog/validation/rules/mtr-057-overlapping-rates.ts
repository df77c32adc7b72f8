/**
 * MTR-57 · Rates for the same thing do not overlap in time.
 * Invariant: on one card, rates of one product with the same pricing_group_values and billing_frequency
 * have disjoint [starting_at, ending_before) intervals.
 * Source: metronome-domain.md §8 rule 57 [MD-RC] (W; overlap semantics undocumented, §7 item 8).
 * metronome-api.md §3 R10 makes it E ("No two rates for the same (product, pricing_group_values,
 * billing_frequency) may overlap"); the stricter applies, so overlaps are errors.
 */
import type { ValidEntry } from '../entry'
import { objectRule, on, type IssueDraft } from '../rule'
import { comboKey, ratesOf, sameValues } from '../support/catalog'
import { cite } from '../support/sources'
import { parseTime } from '../support/time'

type Span = { rate: ValidEntry<'rate'>; start: number; end: number }

function spanOf(rate: ValidEntry<'rate'>): Span | undefined {
  const start = parseTime(rate.doc.starting_at)
  if (start === undefined) return undefined
  const end = rate.doc.ending_before === undefined ? Number.POSITIVE_INFINITY : parseTime(rate.doc.ending_before)
  if (end === undefined || end <= start) return undefined
  return { rate, start, end }
}

function overlaps(list: Span[], out: IssueDraft[]): void {
  list.sort((a, b) => a.start - b.start || a.rate.pos - b.rate.pos)
  let open = list[0]!
  for (let i = 1; i < list.length; i++) {
    const x = list[i]!
    if (x.start < open.end)
      out.push(
        on(
          x.rate,
          ['starting_at'],
          `This rate overlaps \`${open.rate.key}\` on \`${x.rate.doc.rate_card}\` (same product, pricing values and billing frequency) from ${x.rate.doc.starting_at}: set \`ending_before\` of \`${open.rate.key}\` to ${x.rate.doc.starting_at} so the schedule is contiguous.`,
        ),
      )
    if (x.end > open.end) open = x
  }
}

/** Whether two of a few rates price the same (card, combination, frequency): pairwise, no allocation. */
function anySameSlot(rates: readonly ValidEntry<'rate'>[]): boolean {
  for (let i = 1; i < rates.length; i++)
    for (let j = 0; j < i; j++) {
      const a = rates[i]!.doc
      const b = rates[j]!.doc
      if (a.rate_card === b.rate_card && a.billing_frequency === b.billing_frequency && sameValues(a.pricing_group_values, b.pricing_group_values)) return true
    }
  return false
}

export default objectRule<'product'>({
  code: 'MTR-57',
  severity: 'error',
  title: 'Overlapping rates',
  explanation:
    'A price change is a new rate with a later `starting_at`; Metronome does not document which rate wins when two intervals overlap, so schedules must be contiguous.',
  fix: 'Set `ending_before` of the earlier rate to the `starting_at` of the later one.',
  ...cite('metronome-domain.md §8 rule 57; metronome-api.md §3 R10 (E, stricter)', ['MD-RC']),
  subjects: ['product'],
  appliesTo: ['product', 'rate'],
  check(e, ctx) {
    const rates = ratesOf(ctx.index, e.key)
    if (rates.length < 2) return
    if (rates.length <= 16 && !anySameSlot(rates)) return
    // Group by (card, combination, frequency); only groups of two or more can overlap.
    const first = new Map<string, ValidEntry<'rate'>>()
    let groups: Map<string, ValidEntry<'rate'>[]> | undefined
    for (const rate of rates) {
      const id = rate.doc.rate_card + '\u0001' + comboKey(rate.doc.pricing_group_values) + '\u0001' + (rate.doc.billing_frequency ?? '')
      const seen = first.get(id)
      if (seen === undefined) first.set(id, rate)
      else {
        groups ??= new Map()
        const g = groups.get(id)
        if (g) g.push(rate)
        else groups.set(id, [seen, rate])
      }
    }
    if (!groups) return
    const out: IssueDraft[] = []
    for (const g of groups.values()) {
      const spans = g.map(spanOf).filter((s): s is Span => s !== undefined)
      if (spans.length > 1) overlaps(spans, out)
    }
    return out
  },
})
