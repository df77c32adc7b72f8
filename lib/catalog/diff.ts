/**
 * The catalogue diff: what changed between the published catalogue and a draft, object by object,
 * compared by key. Pure and deterministic; feeds the review diff and the publish plan.
 *
 * Invariants:
 *  - objects are matched by kind and key (the first object holding a key; rates too, never by content);
 *  - order: kinds in catalogue order (metrics → products → pricing units → cards → rates → packages →
 *    contracts); within a kind, draft order, then published-only keys in key order;
 *  - field changes are reported per top-level field (`/group_keys`, whole value before and after), and
 *    `null` equals absent (both mean "none" in Metronome's nullable fields);
 *  - action `replace` when a field Metronome cannot change in place changed (`immutable: true`),
 *    `update` when only changeable fields changed, `noop` when nothing Metronome stores changed
 *    (Ratecraft-only annotations such as `origin` are reported with `local: true`).
 */
import { pointer } from './json-pointer'
import { CATALOG_KINDS, type CatalogKind, type TCatalog } from './schemas'

export type ChangeAction = 'create' | 'update' | 'replace' | 'archive' | 'noop'

export type FieldChange = {
  /** JSON Pointer of the field inside the object (`/aggregation_type`). */
  path: string
  before: unknown
  after: unknown
  /** Metronome cannot change this field in place: the object is replaced (or, for rates, superseded). */
  immutable: boolean
  /** A Ratecraft-only annotation Metronome never receives. */
  local?: boolean
}

export type Change = {
  kind: CatalogKind
  key: string
  action: ChangeAction
  fields: FieldChange[]
  reason?: string
}

const KINDS = Object.keys(CATALOG_KINDS) as CatalogKind[]

/** Fields Ratecraft keeps for itself (never sent to Metronome). */
export const LOCAL_FIELDS: Record<CatalogKind, readonly string[]> = {
  billable_metric: ['description', 'cardinality', 'sql_output_columns', 'origin'],
  product: ['origin'],
  pricing_unit: ['description'],
  rate_card: [],
  rate: ['origin'],
  package: [],
  contract: ['origin'],
}

/** Whether Metronome can change `field` of an existing object (given the before/after values). */
export function isImmutableField(kind: CatalogKind, field: string, before: unknown, after: unknown): boolean {
  switch (kind) {
    case 'billable_metric':
      // No update endpoint: only the name (PUT) and custom fields (custom-fields API) change in place.
      return field !== 'name' && field !== 'custom_fields'
    case 'product':
      return field === 'type'
    case 'rate_card':
      if (field === 'fiat_currency') return true
      // Existing conversions "cannot be modified"; new ones can be added (add_credit_type_conversions).
      if (field === 'credit_type_conversions') return !onlyAddsConversions(before, after)
      return false
    case 'rate':
      // Rates are an append-only schedule; an end date is expressed by the successor rate (see reason).
      return field !== 'ending_before'
    case 'package':
      return true
    case 'contract':
      return field === 'customer' || field === 'package' || field === 'scheduled_charges_on_usage_invoices'
    case 'pricing_unit':
      return false
  }
}

const REPLACE_REASON: Record<CatalogKind, string> = {
  billable_metric:
    'Billable metrics cannot be edited: publishing creates a new metric, re-points its products at an hour-aligned starting_at and archives the old metric.',
  product: "A product's type cannot change: publishing creates a new product of the new type and archives the old one.",
  rate_card:
    "A rate card's fiat currency and existing pricing-unit conversions cannot change: publishing creates a new card with these rates and moves its aliases; existing contracts stay on the old card.",
  rate: 'Published rates cannot be edited or deleted: publishing adds the new values as a new dated rate that supersedes the old one.',
  package: 'Packages cannot be edited: publishing creates a new package version and moves the aliases to it.',
  contract: 'This field cannot be changed after the contract is created: the contract must be recreated.',
  pricing_unit: '',
}

const UPDATE_REASON: Partial<Record<CatalogKind, string>> = {
  product: 'Product changes are time-versioned: they are scheduled with an hour-aligned starting_at.',
  pricing_unit: "Pricing units are managed in Metronome's UI (Offering → Pricing units): rename it there too, since the publisher resolves units by name.",
  rate: "Metronome cannot end a published rate: the rate that starts at the new ending_before supersedes it.",
}

export function diffCatalog(published: TCatalog, draft: TCatalog): Change[] {
  const out: Change[] = []
  for (const kind of KINDS) {
    const name = CATALOG_KINDS[kind]
    const before = firstByKey(published[name] as Array<{ key: string }>)
    const after = firstByKey(draft[name] as Array<{ key: string }>)
    for (const [key, doc] of after) out.push(diffObject(kind, key, before.get(key), doc))
    for (const key of [...before.keys()].filter((k) => !after.has(k)).sort()) out.push(diffObject(kind, key, before.get(key), undefined))
  }
  return out
}

/** The change of one object (either side may be absent). */
export function diffObject(kind: CatalogKind, key: string, before: object | undefined, after: object | undefined): Change {
  if (!before && !after) return { kind, key, action: 'noop', fields: [] }
  if (!before) {
    const fields = Object.entries(after!)
      .filter(([f, v]) => f !== 'key' && v !== undefined && v !== null)
      .map(([f, v]) => withLocal(kind, { path: pointer(f), before: undefined, after: v, immutable: false }, f))
    return { kind, key, action: 'create', fields }
  }
  if (!after) {
    return {
      kind,
      key,
      action: 'archive',
      fields: [],
      reason:
        kind === 'rate'
          ? 'Metronome cannot delete rates: this rate stays in the card\'s schedule. Add a later rate to change the price from a given time.'
          : kind === 'pricing_unit'
            ? "Pricing units cannot be archived through the API; archive it in Metronome's UI if nothing uses it."
            : undefined,
    }
  }
  const fields = changedFields(kind, before as Record<string, unknown>, after as Record<string, unknown>)
  const effective = fields.filter((f) => !f.local)
  if (effective.length === 0)
    return { kind, key, action: 'noop', fields, reason: fields.length ? 'Only Ratecraft annotations changed: nothing to publish.' : undefined }
  if (effective.some((f) => f.immutable)) return { kind, key, action: 'replace', fields, reason: REPLACE_REASON[kind] }
  return { kind, key, action: 'update', fields, reason: UPDATE_REASON[kind] }
}

/** Changed top-level fields of two versions of one object (key excluded). */
export function changedFields(kind: CatalogKind, before: Record<string, unknown>, after: Record<string, unknown>): FieldChange[] {
  const names = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((f) => f !== 'key').sort()
  const out: FieldChange[] = []
  for (const f of names) {
    const b = before[f]
    const a = after[f]
    if (deepEqual(b, a)) continue
    out.push(withLocal(kind, { path: pointer(f), before: b, after: a, immutable: isImmutableField(kind, f, b, a) }, f))
  }
  return out
}

function withLocal(kind: CatalogKind, change: FieldChange, field: string): FieldChange {
  return LOCAL_FIELDS[kind].includes(field) ? { ...change, immutable: false, local: true } : change
}

/** Structural equality of JSON values; `null` and `undefined` (absent) are equal. */
export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (a === null || a === undefined || b === null || b === undefined) return (a ?? null) === (b ?? null)
  if (typeof a !== 'object' || typeof b !== 'object') return false
  if (Array.isArray(a) !== Array.isArray(b)) return false
  if (Array.isArray(a)) {
    const bb = b as unknown[]
    if (a.length !== bb.length) return false
    for (let i = 0; i < a.length; i++) if (!deepEqual(a[i], bb[i])) return false
    return true
  }
  const ao = a as Record<string, unknown>
  const bo = b as Record<string, unknown>
  for (const k in ao) if (!deepEqual(ao[k], bo[k])) return false
  for (const k in bo) if (!(k in ao) && !deepEqual(undefined, bo[k])) return false
  return true
}

function onlyAddsConversions(before: unknown, after: unknown): boolean {
  const b = Array.isArray(before) ? (before as Array<{ pricing_unit?: unknown }>) : []
  const a = Array.isArray(after) ? (after as Array<{ pricing_unit?: unknown }>) : []
  return b.every((conv) => a.some((x) => deepEqual(x, conv)))
}

function firstByKey(list: Array<{ key: string }>): Map<string, object> {
  const m = new Map<string, object>()
  for (const o of list) if (o && typeof o.key === 'string' && !m.has(o.key)) m.set(o.key, o)
  return m
}
