/**
 * Read access to the published state for rules. Pure.
 * Published documents are parsed against the draft schemas once; a record whose document does not
 * parse still counts as published (its key exists in Metronome) but offers no fields to compare.
 */
import type { CatalogKind, CatalogObjectOf, TCatalog } from '../../schemas'
import { CATALOG_KINDS } from '../../schemas'
import type { PublishedRecord, PublishedState } from '../context'
import { KIND_ORDER } from '../entry'
import { parseTime } from './time'
import { isFiatCode } from './catalog'
import { deepEqual } from '../../diff'
import { compileShapeCheck } from '../shape-check'
import { SCHEMA_BY_KIND } from '../structural'

export type PublishedEntry<K extends CatalogKind = CatalogKind> = {
  kind: K
  key: string
  doc: CatalogObjectOf<K> | undefined
  metronomeId?: string
  publishedAt?: string
  archivedAtMs?: number
  archived: boolean
}

export class PublishedStore {
  private readonly maps = new Map<CatalogKind, Map<string, PublishedEntry>>()
  private units: Map<string, string> | undefined
  private cardRates: Map<string, string[]> | undefined
  private readonly same = new WeakMap<object, { key: string; same: boolean }>()

  constructor(state: PublishedState | undefined) {
    for (const kind of KIND_ORDER) {
      const m = new Map<string, PublishedEntry>()
      const records = state?.[kind]
      if (records && typeof records === 'object')
        for (const key of Object.keys(records).sort()) {
          const r = records[key] as PublishedRecord | undefined
          if (!r || typeof r !== 'object') continue
          const valid = compileShapeCheck(SCHEMA_BY_KIND[kind])(r.doc)
          const archivedAt = r.archivedAt ?? undefined
          m.set(key, {
            kind,
            key,
            doc: valid ? (r.doc as CatalogObjectOf<typeof kind>) : undefined,
            metronomeId: typeof r.metronomeId === 'string' ? r.metronomeId : undefined,
            publishedAt: typeof r.publishedAt === 'string' ? r.publishedAt : undefined,
            archivedAtMs: parseTime(archivedAt),
            archived: archivedAt !== undefined && archivedAt !== null,
          })
        }
      this.maps.set(kind, m)
    }
    this.empty = [...this.maps.values()].every((m) => m.size === 0)
  }

  /** No published object at all (a first publish): every rule that compares with it can stop early. */
  readonly empty: boolean

  get<K extends CatalogKind>(kind: K, key: string | undefined): PublishedEntry<K> | undefined {
    if (this.empty || key === undefined) return undefined
    return this.maps.get(kind)?.get(key) as PublishedEntry<K> | undefined
  }

  /** Published entries of a kind, sorted by key (deterministic). */
  all<K extends CatalogKind>(kind: K): PublishedEntry<K>[] {
    return [...(this.maps.get(kind)?.values() ?? [])] as PublishedEntry<K>[]
  }

  /**
   * The pricing unit of the published rates of `product` on `card` (credit_type, else the card's fiat;
   * PERCENTAGE rates inherit theirs and are skipped). Built once, on first use.
   */
  publishedUnit(card: string, product: string): string | undefined {
    if (!this.units) {
      this.units = new Map()
      for (const p of this.all('rate')) {
        if (!p.doc || p.doc.rate_type.toUpperCase().includes('PERCENTAGE')) continue
        const id = p.doc.rate_card + '\u0000' + p.doc.product
        if (this.units.has(id)) continue
        const u = p.doc.credit_type ?? this.get('rate_card', p.doc.rate_card)?.doc?.fiat_currency
        if (u !== undefined) this.units.set(id, isFiatCode(u) ? u.toUpperCase() : u)
      }
    }
    return this.units.get(card + '\u0000' + product)
  }

  /** Keys of the live published rates on a card, in key order. Built once, on first use. */
  ratesOfCard(card: string): string[] {
    if (!this.cardRates) {
      this.cardRates = new Map()
      for (const p of this.all('rate')) {
        if (!p.doc || p.archived) continue
        const list = this.cardRates.get(p.doc.rate_card) ?? []
        list.push(p.key)
        this.cardRates.set(p.doc.rate_card, list)
      }
    }
    return this.cardRates.get(card) ?? []
  }

  /**
   * Whether a draft object equals its live published version (memoised per draft object: the engine
   * re-asks for every object of a card on each edit, and objects are replaced, never mutated, on edit).
   */
  sameAsPublished(kind: CatalogKind, key: string, doc: object): boolean {
    const hit = this.same.get(doc)
    if (hit && hit.key === key) return hit.same
    const p = this.get(kind, key)
    const same = !!p && !p.archived && !!p.doc && deepEqual(p.doc, doc)
    this.same.set(doc, { key, same })
    return same
  }

  size(kind: CatalogKind): number {
    return this.maps.get(kind)?.size ?? 0
  }
}

/** A published state that says "everything in this catalogue is live", e.g. after a first publish. */
export function publishedStateFromCatalog(
  catalog: TCatalog,
  opts: { publishedAt?: string; metronomeIds?: Partial<Record<CatalogKind, Record<string, string>>> } = {},
): PublishedState {
  const state: PublishedState = {}
  for (const kind of KIND_ORDER) {
    const records: Record<string, PublishedRecord> = {}
    for (const doc of catalog[CATALOG_KINDS[kind]] as Array<{ key: string }>) {
      if (records[doc.key]) continue
      records[doc.key] = { doc, publishedAt: opts.publishedAt, metronomeId: opts.metronomeIds?.[kind]?.[doc.key] }
    }
    state[kind] = records
  }
  return state
}

/** The catalogue of the live (non-archived) published objects, in key order. */
export function catalogFromPublished(state: PublishedState | undefined): TCatalog {
  const store = new PublishedStore(state)
  const out = {
    format: 'ratecraft.catalog',
    version: 1,
    billableMetrics: [],
    products: [],
    pricingUnits: [],
    rateCards: [],
    rates: [],
    packages: [],
    contracts: [],
  } as TCatalog
  for (const kind of KIND_ORDER)
    for (const p of store.all(kind)) if (p.doc && !p.archived) (out[CATALOG_KINDS[kind]] as unknown[]).push(p.doc)
  return out
}
