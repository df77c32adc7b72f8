import { catalogJsonSchemaText } from '@/lib/catalog/format/catalog-json-schema'

/** The published JSON Schema of the catalogue format (the same text as docs/catalog-v1.schema.json). */
export const dynamic = 'force-static'

export function GET(): Response {
  return new Response(catalogJsonSchemaText(), {
    headers: { 'content-type': 'application/schema+json; charset=utf-8', 'access-control-allow-origin': '*', 'cache-control': 'public, max-age=300' },
  })
}
