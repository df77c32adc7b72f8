import { ms } from './time'
import type { ProductFields, ProductRecord, ProductVersion } from './types'

// Products are time-versioned (metronome-domain.md §2.5): `initial` plus dated `updates[]`; `current` is the
// initial state with every update whose starting_at ≤ now applied in starting_at order. Omitted fields keep
// their value; an explicit `null` (quantity_conversion / quantity_rounding) clears it.

export const VERSIONED_FIELDS = [
  'name', 'billable_metric_id', 'composite_product_ids', 'composite_tags', 'composite_scope', 'exclude_free_usage',
  'is_refundable', 'netsuite_internal_item_id', 'netsuite_overage_item_id', 'presentation_group_key',
  'pricing_group_key', 'quantity_conversion', 'quantity_rounding', 'sql_breakdown_granularity', 'tags',
] as const satisfies ReadonlyArray<keyof ProductFields>

export function pickVersionedFields(source: ProductFields): ProductFields {
  const out: Record<string, unknown> = {}
  for (const f of VERSIONED_FIELDS) if (source[f] !== undefined) out[f] = source[f]
  return out as ProductFields
}

/** The product as it stands at `at` (ms); `Infinity` gives the state after every scheduled update. */
export function productStateAt(p: ProductRecord, at: number, extra?: ProductVersion): ProductVersion & { name: string } {
  const updates = extra ? [...p.updates, extra] : p.updates
  const applied = updates
    .map((u, i) => ({ u, i }))
    .filter(({ u }) => ms(u.starting_at) <= at)
    // Stable: equal starting_at keeps creation order, so the later request wins.
    .sort((a, b) => ms(a.u.starting_at) - ms(b.u.starting_at) || a.i - b.i)
  let state: ProductVersion & { name: string } = { ...p.initial }
  for (const { u } of applied) {
    state = { ...state, ...pickVersionedFields(u), created_at: u.created_at, created_by: u.created_by, starting_at: u.starting_at }
  }
  return state
}
