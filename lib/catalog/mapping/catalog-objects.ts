/**
 * Find, replace and remove catalogue objects by (type, key), including the contract terms (commits,
 * credits, overrides, subscription terms) that live inside contracts. Pure; mutates only the catalogue
 * passed in, which callers own.
 */
import { CATALOG_KINDS, type CatalogKind, type TCatalog } from '../schemas'
import type { TargetType } from './types'

const TERM_ARRAYS = { commit: 'commits', credit: 'credits', override: 'overrides', subscription: 'subscriptions' } as const
type TermType = keyof typeof TERM_ARRAYS

const isKind = (t: TargetType): t is CatalogKind => t in CATALOG_KINDS
const isTerm = (t: TargetType): t is TermType => t in TERM_ARRAYS

type Keyed = { key?: string }

/** Keys of every object of a type. */
export function keysOf(catalog: TCatalog, type: TargetType): Set<string> {
  if (isKind(type)) return new Set((catalog[CATALOG_KINDS[type]] as Keyed[]).map((o) => o.key ?? ''))
  if (!isTerm(type)) return new Set()
  const out = new Set<string>()
  for (const c of [...catalog.contracts, ...catalog.packages]) for (const t of ((c as Record<string, unknown>)[TERM_ARRAYS[type]] as Keyed[] | undefined) ?? []) if (t.key) out.add(t.key)
  return out
}

/** The object and, for contract terms, the key of the contract or package holding it. */
export function findObject(catalog: TCatalog, type: TargetType, key: string): { value: unknown; holder?: string } | null {
  if (isKind(type)) {
    const value = (catalog[CATALOG_KINDS[type]] as Keyed[]).find((o) => o.key === key)
    return value ? { value } : null
  }
  if (!isTerm(type)) return null
  for (const c of [...catalog.contracts, ...catalog.packages]) {
    const value = (((c as Record<string, unknown>)[TERM_ARRAYS[type]] as Keyed[] | undefined) ?? []).find((t) => t.key === key)
    if (value) return { value, holder: c.key }
  }
  return null
}

/** Replaces the object with this key (or adds it; terms are added to `holder`). Returns false if it has nowhere to go. */
export function putObject(catalog: TCatalog, type: TargetType, key: string, value: unknown, holder?: string): boolean {
  if (isKind(type)) {
    const list = catalog[CATALOG_KINDS[type]] as unknown[]
    const i = (list as Keyed[]).findIndex((o) => o.key === key)
    if (i >= 0) list[i] = value
    else list.push(value)
    return true
  }
  if (!isTerm(type)) return false
  const name = TERM_ARRAYS[type]
  for (const c of [...catalog.contracts, ...catalog.packages] as Array<Record<string, unknown>>) {
    const list = (c[name] as Keyed[] | undefined) ?? []
    const i = list.findIndex((t) => t.key === key)
    if (i >= 0) {
      list[i] = value as Keyed
      return true
    }
  }
  const target = [...catalog.contracts, ...catalog.packages].find((c) => c.key === holder) as Record<string, unknown> | undefined
  if (!target) return false
  target[name] = [...((target[name] as unknown[] | undefined) ?? []), value]
  return true
}

export function removeObject(catalog: TCatalog, type: TargetType, key: string): void {
  if (isKind(type)) {
    const name = CATALOG_KINDS[type]
    ;(catalog as Record<string, unknown>)[name] = (catalog[name] as Keyed[]).filter((o) => o.key !== key)
    return
  }
  if (!isTerm(type)) return
  const name = TERM_ARRAYS[type]
  for (const c of [...catalog.contracts, ...catalog.packages] as Array<Record<string, unknown>>) {
    const list = c[name] as Keyed[] | undefined
    if (!list) continue
    const kept = list.filter((t) => t.key !== key)
    if (kept.length > 0) c[name] = kept
    else delete c[name]
  }
}
