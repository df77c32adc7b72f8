/**
 * The canonical text of a catalogue JSON document. Pure.
 * Keys in schema order (schemas.ts), objects in array order, two-space indentation, a trailing newline:
 * export → apply → export is byte-identical, and diffs of exported files show only real changes.
 */
import { ZDraftCatalog, type TCatalog } from '../schemas'
import { orderBySchema } from './schema-order'

export function serializeCatalog(catalog: TCatalog): string {
  return `${JSON.stringify(orderBySchema(catalog, ZDraftCatalog), null, 2)}\n`
}
