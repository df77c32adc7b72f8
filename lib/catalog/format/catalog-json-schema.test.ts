import { expect, test } from 'vitest'
import { CATALOG_SCHEMA_ID } from '../schemas'
import { catalogJsonSchema, catalogJsonSchemaText } from './catalog-json-schema'

test('the published schema has its $id, titles and descriptions', () => {
  const s = catalogJsonSchema() as { $id: string; title: string; properties: Record<string, { items?: { title?: string; properties?: Record<string, { description?: string }> } }> }
  expect(s.$id).toBe(CATALOG_SCHEMA_ID)
  expect(s.title).toMatch(/Ratecraft catalogue/)
  expect(s.properties.rates?.items?.title).toBe('Rate')
  expect(s.properties.rates?.items?.properties?.price?.description).toMatch(/USD in cents/)
  expect(s.properties.contracts?.items?.title).toBe('Contract preview')
})

test('the schema text is deterministic', () => {
  expect(catalogJsonSchemaText()).toBe(catalogJsonSchemaText())
})
