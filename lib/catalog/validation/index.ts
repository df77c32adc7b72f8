/**
 * Catalogue validation: every Metronome rule (metronome-domain.md §8) and Ratecraft's own checks over
 * a catalogue JSON, in the browser on every edit and on the server before save, submit and publish.
 * Pure; deterministic given (catalog, context); never throws on malformed input.
 *
 *   validateCatalog(catalog, context?)   → Issue[]                      one full run
 *   createValidator(catalog, context?)   → { issues, update(change) }   incremental, for editors
 *   applyChange(catalog, change)         → catalogue with the edit      (same semantics as update)
 *
 * Full and incremental runs give identical issues (validation.test.ts checks it on generated edits).
 */
import { CATALOG_KINDS, type CatalogKind } from '../schemas'
import type { ValidationContext } from './context'
import { ValidationEngine, type CatalogChange } from './engine'
import type { Issue } from './issue'
import { RULES } from './rules'
import type { AnyRule } from './rule'
import { rawKeyOf } from './structural'

export type { CatalogChange } from './engine'
export type { ValidationContext } from './context'
export type { Issue } from './issue'

export type Validator = {
  /** Issues of the catalogue as it stands after the updates so far. */
  readonly issues: Issue[]
  /** Applies one edit (doc null = delete) and returns the new issues. Pass a new object for an edited one. */
  update(change: CatalogChange): Issue[]
}

export function validateCatalog(catalog: unknown, context: ValidationContext = {}, rules: readonly AnyRule[] = RULES): Issue[] {
  return new ValidationEngine(catalog, context, rules).issues()
}

export function createValidator(catalog: unknown, context: ValidationContext = {}, rules: readonly AnyRule[] = RULES): Validator {
  const engine = new ValidationEngine(catalog, context, rules, { incremental: true })
  return {
    get issues() {
      return engine.issues()
    },
    update: (change) => engine.update(change),
  }
}

/**
 * The catalogue after one edit, without mutating the input: `doc: null` removes the first object with
 * `key`; a doc for an existing key replaces that object in place; otherwise the doc is appended.
 * A missing or malformed list of the edited kind is replaced by a list.
 */
export function applyChange<T>(catalog: T, change: CatalogChange): T {
  if (typeof catalog !== 'object' || catalog === null || Array.isArray(catalog)) return catalog
  const name = CATALOG_KINDS[change.kind as CatalogKind]
  if (!name) return catalog
  const current = (catalog as Record<string, unknown>)[name]
  const list = Array.isArray(current) ? [...current] : []
  const i = list.findIndex((o) => rawKeyOf(o) === change.key)
  if (change.doc === null) {
    if (i < 0) return catalog
    list.splice(i, 1)
  } else if (i >= 0) list[i] = change.doc
  else list.push(change.doc)
  return { ...catalog, [name]: list }
}
