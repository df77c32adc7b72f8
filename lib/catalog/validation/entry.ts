/**
 * An object of the catalogue as the validator holds it. Pure types.
 *
 * `pos` is the object's current index in its document array; the engine keeps it up to date when
 * objects are removed, so issue paths are rendered from it at the end of a run instead of being
 * frozen into cached issues. `doc` is set only when the object passed the structural check: rules only
 * ever see well-typed objects.
 */
import { CATALOG_KINDS, type CatalogKind, type CatalogObjectOf } from '../schemas'

export type Entry<K extends CatalogKind = CatalogKind> = {
  kind: K
  /** The object's `key` as written ('' when it has none). */
  key: string
  pos: number
  raw: unknown
  doc: CatalogObjectOf<K> | undefined
}

/** An entry whose object passed the structural check, narrowed by kind. */
export type ValidEntry<K extends CatalogKind = CatalogKind> = K extends CatalogKind
  ? Entry<K> & { doc: CatalogObjectOf<K> }
  : never

export const KIND_ORDER: readonly CatalogKind[] = Object.keys(CATALOG_KINDS) as CatalogKind[]

export function arrayName(kind: CatalogKind): string {
  return CATALOG_KINDS[kind]
}

export function isValid<K extends CatalogKind>(e: Entry<K> | undefined): e is Entry<K> & { doc: CatalogObjectOf<K> } {
  return e !== undefined && e.doc !== undefined
}
