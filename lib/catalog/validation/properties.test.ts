/**
 * Property-based tests of the validator:
 *  - generated valid catalogues raise no error (and pass the structural publish gate);
 *  - incremental validation after any sequence of edits equals a full validation of the edited catalogue;
 *  - no input, however malformed, makes validation throw.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { CATALOG_KINDS, ZPublishableCatalog, type CatalogKind, type TCatalog } from '../schemas'
import { applyChange, createValidator, validateCatalog, type CatalogChange, type ValidationContext } from './index'
import { buildCatalog, catalogSpec, sampleEventsFor, validCatalog } from './__fixtures__/arbitraries'
import { publishedStateFromCatalog } from './support/published'

const NOW = new Date('2025-12-01T00:00:00Z')
/** Deeper runs on demand: RC_PROPERTY_RUNS=5000 npx vitest run … properties */
const EDIT_RUNS = Number(globalThis.process?.env?.RC_PROPERTY_RUNS ?? 200)
const KINDS = Object.keys(CATALOG_KINDS) as CatalogKind[]

describe('valid catalogues', () => {
  it('raise no error', () => {
    fc.assert(
      fc.property(validCatalog, (c) => {
        const errors = validateCatalog(c, { now: NOW }).filter((i) => i.severity === 'error')
        expect(errors).toEqual([])
        expect(ZPublishableCatalog.safeParse(c).success).toBe(true)
      }),
      { numRuns: 150 },
    )
  })

  it('raise no error with sample events and a published state of themselves', () => {
    fc.assert(
      fc.property(
        validCatalog.chain((c) => fc.tuple(fc.constant(c), sampleEventsFor(c))),
        ([c, events]) => {
          const context: ValidationContext = { now: NOW, sampleEvents: events as never, published: publishedStateFromCatalog(c) }
          expect(validateCatalog(c, context).filter((i) => i.severity === 'error')).toEqual([])
        },
      ),
      { numRuns: 60 },
    )
  })
})

// -------------------------------------------------------------------------------------------------
// Edits

const SCALARS: unknown[] = [undefined, '', 'x', 'gpt-4', 'GPT-4', '12.5', '-1', '1e3', '0.1', 12, true, null, [], ['model'], [['model']], [['region', 'model']], { model: 'gpt-4' }, 'USD', 'EUR', 'JPY', 'credits', 'COMPOSITE', 'USAGE', 'FIXED', 'SUBSCRIPTION', 'TIERED', 'FLAT', 'PERCENTAGE', 'SUM', 'COUNT', '2026-03-01T00:00:00Z', '2026-03-01T00:30:00Z', 'MONTHLY',
  { group_key: 'model', group_values: ['gpt-4'] },
  [{ product: 'platform', billing_frequency: 'MONTHLY', collection_schedule: 'ADVANCE', quantity_management_mode: 'SEAT_BASED', seat_group_key: 'model' }],
  [{ type: 'OVERWRITE', product: 'product-0-0', starting_at: '2026-01-01T00:00:00Z', overwrite_rate: { rate_type: 'FLAT', price: '1' }, target: 'COMMIT_RATE', is_commit_specific: true }],
  [{ product: 'prepaid', type: 'POSTPAID', access_schedule: { credit_type: 'credits', schedule_items: [{ amount: '10', starting_at: '2026-01-01T00:00:00Z', ending_before: '2028-01-01T00:00:00Z' }] }, specifiers: [{ product: 'product-0-0', pricing_group_values: { model: 'gpt-4' } }] }],
  [{ pricing_unit: 'credits', fiat_per_custom_credit: '0' }],
  [{ name: 'alias-0' }],
  'SELECT SUM(properties.value) AS value, properties.model AS model FROM events',
  ['value', 'model'],
  { rate_type: 'FLAT', price: '1' },
  [{ price: '1', size: 10 }, { price: '2' }],
  { conversion_factor: '0', operation: 'DIVIDE' },
  'package-0',
]

const FIELDS: Record<CatalogKind, string[]> = {
  billable_metric: ['key', 'name', 'aggregation_type', 'aggregation_key', 'group_keys', 'event_type_filter', 'property_filters', 'sql', 'cardinality', 'sql_output_columns'],
  product: ['key', 'name', 'type', 'billable_metric', 'pricing_group_key', 'presentation_group_key', 'composite_products', 'composite_tags', 'tags', 'quantity_conversion', 'sql_breakdown_granularity', 'include_composite_spend'],
  pricing_unit: ['key', 'name'],
  rate_card: ['key', 'name', 'fiat_currency', 'credit_type_conversions', 'aliases'],
  rate: ['key', 'product', 'rate_card', 'price', 'rate_type', 'credit_type', 'pricing_group_values', 'starting_at', 'ending_before', 'entitled', 'billing_frequency', 'commit_rate', 'tiers'],
  package: ['key', 'name', 'rate_card', 'overrides', 'subscriptions', 'aliases'],
  contract: ['key', 'rate_card', 'package', 'starting_at', 'commits', 'credits', 'overrides', 'usage_filter', 'subscriptions', 'scheduled_charges_on_usage_invoices'],
}

type EditSeed = { op: number; kind: number; target: number; field: number; value: number; ref: number }
const editSeed: fc.Arbitrary<EditSeed> = fc.record({ op: fc.nat(9), kind: fc.nat(20), target: fc.nat(50), field: fc.nat(20), value: fc.nat(100), ref: fc.nat(50) })

/** Turns a seed into a concrete edit of the current catalogue (keys of other objects are likely values). */
function decode(c: TCatalog, s: EditSeed): CatalogChange {
  // Rates and products are edited most: they carry most relations.
  const weighted: CatalogKind[] = ['rate', 'rate', 'rate', 'product', 'product', 'billable_metric', 'rate_card', 'pricing_unit', 'package', 'contract', ...KINDS]
  const kind = weighted[s.kind % weighted.length]!
  const list = c[CATALOG_KINDS[kind]] as Array<Record<string, unknown>>
  const target = list.length ? list[s.target % list.length] : undefined
  const key = typeof target?.key === 'string' ? target.key : `new-${s.target}`
  const refKind = KINDS[s.ref % KINDS.length]!
  const refList = c[CATALOG_KINDS[refKind]] as Array<{ key?: unknown }>
  const refKey = refList.length ? refList[s.ref % refList.length]!.key : 'missing'
  const value = s.value % 3 === 0 ? refKey : SCALARS[s.value % SCALARS.length]
  if (s.op === 0 || !target) return { kind, key, doc: null }
  if (s.op === 1) return { kind, key: `new-${s.value}`, doc: { ...(target ?? {}), key: `new-${s.value}` } }
  if (s.op === 2) return { kind, key: `dup-${key}`, doc: { ...target } } // a second object with the same key
  if (s.op === 3) return { kind, key, doc: s.value % 2 ? 42 : { key } }
  const fields = FIELDS[kind]
  const field = fields[s.field % fields.length]!
  const doc: Record<string, unknown> = { ...target }
  if (value === undefined) delete doc[field]
  else doc[field] = value
  return { kind, key, doc }
}

describe('incremental validation', () => {
  it('equals a full validation after every edit', () => {
    fc.assert(
      fc.property(
        catalogSpec.chain((spec) => {
          const c = buildCatalog(spec)
          return fc.tuple(fc.constant(c), sampleEventsFor(c), fc.boolean(), fc.array(editSeed, { minLength: 1, maxLength: 12 }))
        }),
        ([start, events, publish, seeds]) => {
          const context: ValidationContext = { now: NOW, sampleEvents: events as never, ...(publish ? { published: publishedStateFromCatalog(start) } : {}) }
          const validator = createValidator(start, context)
          expect(validator.issues).toEqual(validateCatalog(start, context))
          let current: TCatalog = start
          for (const seed of seeds) {
            const change = decode(current, seed)
            const incremental = validator.update(change)
            current = applyChange(current, change)
            expect(incremental).toEqual(validateCatalog(current, context))
          }
        },
      ),
      { numRuns: EDIT_RUNS },
    )
  }, 600_000)
})

describe('incremental validation of a malformed document', () => {
  it.each([
    ['a missing list', { format: 'ratecraft.catalog', version: 1, billableMetrics: [], products: [], pricingUnits: [], rateCards: [], packages: [], contracts: [] }],
    ['a list that is not a list', { format: 'ratecraft.catalog', version: 1, billableMetrics: [], products: [], pricingUnits: [], rateCards: [], rates: { a: 1 }, packages: [], contracts: [] }],
    ['a document that is not an object', 'not a catalogue'],
  ])('equals a full validation after edits of %s', (_, doc) => {
    const validator = createValidator(doc)
    let current: unknown = doc
    const changes: CatalogChange[] = [
      { kind: 'rate', key: 'r', doc: { key: 'r', rate_card: 'c', product: 'p', rate_type: 'FLAT', price: '1', starting_at: '2026-01-01T00:00:00Z', entitled: true } },
      { kind: 'rate', key: 'missing', doc: null },
      { kind: 'rate', key: 'r', doc: null },
    ]
    for (const change of changes) {
      const incremental = validator.update(change)
      current = applyChange(current, change)
      expect(incremental).toEqual(validateCatalog(current))
    }
  })
})

// -------------------------------------------------------------------------------------------------
// Malformed input

describe('malformed input', () => {
  it.each([[{}], [null], [undefined], [42], ['catalog'], [[]], [{ format: 'ratecraft.catalog', version: 1, rates: {} }], [{ rates: [null, 1, 'x', [], { key: 3 }] }]])(
    'reports %j instead of throwing',
    (input) => {
      const issues = validateCatalog(input)
      expect(issues.length).toBeGreaterThan(0)
      expect(issues.every((i) => i.code === 'RC-schema')).toBe(true)
    },
  )

  it('never throws on arbitrary values', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (catalog, context) => {
        expect(() => validateCatalog(catalog, context as ValidationContext)).not.toThrow()
      }),
      { numRuns: 300 },
    )
  })

  it('never throws when fields of a valid catalogue hold arbitrary values', () => {
    fc.assert(
      fc.property(validCatalog, fc.array(fc.tuple(fc.nat(), fc.nat(), fc.string(), fc.anything()), { minLength: 1, maxLength: 6 }), (c, edits) => {
        const doc = structuredClone(c) as unknown as Record<string, unknown[]>
        for (const [k, i, field, value] of edits) {
          const list = doc[Object.values(CATALOG_KINDS)[k % KINDS.length]!]!
          if (!list.length) continue
          const obj = list[i % list.length] as Record<string, unknown>
          const names = Object.keys(obj)
          obj[names.length && field.length % 2 ? names[field.length % names.length]! : field] = value
        }
        expect(() => validateCatalog(doc, { now: NOW, sampleEvents: [{ event_name: 'event_0', payload: { value: 'x' } }] })).not.toThrow()
      }),
      { numRuns: 200 },
    )
  })

  it('never throws on malformed context inputs', () => {
    fc.assert(
      fc.property(validCatalog, fc.dictionary(fc.constantFrom('now', 'published', 'sampleEvents', 'usage', 'accountFlags', 'pipeline', 'alerts', 'recurringTerms', 'plannedRateCalls', 'effectiveAt', 'customerPayloadKey'), fc.anything()), (c, context) => {
        expect(() => validateCatalog(c, context as ValidationContext)).not.toThrow()
      }),
      { numRuns: 200 },
    )
  })
})
