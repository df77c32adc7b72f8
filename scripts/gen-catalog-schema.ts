/**
 * Writes docs/catalog-v1.schema.json, the published JSON Schema of the catalogue format, from the zod
 * schemas (lib/catalog/schemas.ts). Run after changing the format:
 *   node --import tsx scripts/gen-catalog-schema.ts
 * scripts/gen-catalog-schema.test.ts fails while the committed file is stale.
 */
import { writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { catalogJsonSchemaText } from '../lib/catalog/format/catalog-json-schema'

export const SCHEMA_FILE = fileURLToPath(new URL('../docs/catalog-v1.schema.json', import.meta.url))

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(SCHEMA_FILE, catalogJsonSchemaText())
  console.log(`wrote ${SCHEMA_FILE}`)
}
