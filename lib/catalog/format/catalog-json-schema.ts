/**
 * The published JSON Schema of the catalogue format (served by the app, committed as
 * docs/catalog-v1.schema.json by scripts/gen-catalog-schema.ts). Pure and deterministic.
 * It is the lenient draft schema (`ZDraftCatalog`): anything saveable validates; the publish gate and
 * the §8 rules are checks on top, not part of the file format.
 */
import { z } from 'zod'
import { CATALOG_SCHEMA_ID, ZDraftCatalog } from '../schemas'
import { SCHEMA_DOCS } from './schema-docs'

export function catalogJsonSchema(): Record<string, unknown> {
  const docs = new Map(SCHEMA_DOCS)
  const schema = z.toJSONSchema(ZDraftCatalog, {
    target: 'draft-2020-12',
    override(ctx) {
      const doc = docs.get(ctx.zodSchema as unknown as z.ZodType)
      if (doc) Object.assign(ctx.jsonSchema, doc)
    },
  }) as Record<string, unknown>
  const { $schema, ...rest } = schema
  return { $schema, $id: CATALOG_SCHEMA_ID, ...rest }
}

/** The committed file's exact text. */
export function catalogJsonSchemaText(): string {
  return `${JSON.stringify(catalogJsonSchema(), null, 2)}\n`
}
