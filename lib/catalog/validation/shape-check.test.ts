/**
 * The compiled structural check agrees with zod on every input: arbitrary JSON-like values and valid
 * catalogue objects with one field replaced by an arbitrary value.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { CATALOG_KINDS, type CatalogKind } from '../schemas'
import { validCatalog } from './__fixtures__/arbitraries'
import { compileShapeCheck } from './shape-check'
import { SCHEMA_BY_KIND } from './structural'

const KINDS = Object.keys(CATALOG_KINDS) as CatalogKind[]
const FIELDS = ['key', 'name', 'price', 'tiers', 'pricing_group_values', 'entitled', 'quantity', 'group_keys', 'quantity_conversion', 'commits', 'customer', 'aliases', 'extra_field', 'custom_fields', 'origin']

describe.each(KINDS)('%s', (kind) => {
  const schema = SCHEMA_BY_KIND[kind]
  const fast = compileShapeCheck(schema)

  it('agrees with zod on arbitrary values', () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.object(), fc.jsonValue()), (v) => {
        expect(fast(v)).toBe(schema.safeParse(v).success)
      }),
      { numRuns: 300 },
    )
  })

  it('agrees with zod on valid objects with one field replaced', () => {
    fc.assert(
      fc.property(validCatalog, fc.nat(), fc.constantFrom(...FIELDS), fc.oneof(fc.jsonValue(), fc.constant(undefined), fc.constant(null)), (c, i, field, value) => {
        const list = c[CATALOG_KINDS[kind]] as Array<Record<string, unknown>>
        if (!list.length) return
        const obj = { ...list[i % list.length]!, [field]: value }
        expect(fast(obj)).toBe(schema.safeParse(obj).success)
        expect(fast(list[i % list.length])).toBe(true)
      }),
      { numRuns: 200 },
    )
  })
})
