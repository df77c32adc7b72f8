import { readFileSync } from 'node:fs'
import { describe, expect, test } from 'vitest'
import { catalogJsonSchemaText } from '../lib/catalog/format/catalog-json-schema'
import { SCHEMA_FILE } from './gen-catalog-schema'

describe('docs/catalog-v1.schema.json', () => {
  test('is up to date with lib/catalog/schemas.ts (run: node --import tsx scripts/gen-catalog-schema.ts)', () => {
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(catalogJsonSchemaText())
  })
})
