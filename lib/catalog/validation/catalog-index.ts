/**
 * The shared lookup structure of one validation run: objects by key and the reference relations rules
 * follow (products by metric, rates by product and card, …). Pure.
 *
 * Invariants:
 *  - built once per catalogue, then updated per edited object in O(size of the touched relations);
 *  - every relation list is ordered by document position, so rules that walk them see the same order
 *    after any sequence of edits as after a fresh build (full and incremental runs must agree);
 *  - relations are keyed by the referenced key *as written*, whether or not that object exists, so an
 *    edit that creates or removes a referenced key finds the objects that point at it;
 *  - only structurally valid objects are indexed under relations; every object counts for `has` (so a
 *    malformed product does not also make each of its rates report an unknown reference).
 */
import type { CatalogKind, CatalogObjectOf, TDraftProduct } from '../schemas'
import { KIND_ORDER, type Entry, type ValidEntry } from './entry'

export type Relation =
  | 'productsByMetric'
  | 'ratesByProduct'
  | 'ratesByCard'
  | 'ratesByCreditType'
  | 'compositesByProduct'
  | 'compositesByTag'
  | 'productsByTag'
  | 'cardsByUnit'
  | 'packagesByCard'
  | 'contractsByCard'
  | 'contractsByPackage'
  /** Every COMPOSITE product, under the ref '*'. */
  | 'compositeProducts'

const EMPTY: readonly Entry[] = Object.freeze([])

type KeyTable = {
  /** The first object (lowest position) with each key. */
  first: Map<string, Entry>
  /** All objects, in document order, of keys held by more than one object. */
  many: Map<string, Entry[]>
}

export class CatalogIndex {
  readonly entries: { [K in CatalogKind]: Entry<K>[] }
  private readonly keys = {} as Record<CatalogKind, KeyTable>
  private readonly relations = new Map<string, Map<string, Entry[]>>()
  /** kind\0key of keys held by more than one object (keyless objects excepted). */
  readonly duplicateKeys = new Set<string>()
  /** First object of each name group; `names` holds all objects of groups with more than one. */
  private readonly firstName = new Map<string, Entry>()
  private readonly names = new Map<string, Entry[]>()
  /** Name groups (see nameGroupOf) held by more than one object. */
  readonly duplicateNames = new Set<string>()
  private readonly nameOf = new Map<Entry, string>()
  /** Rates per product key as written, counting structurally invalid rates too. */
  private readonly anyRates = new Map<string, number>()
  private readonly anyRateOf = new Map<Entry, string>()

  /**
   * With `trackRefs`, each entry's relation keys are recorded when it is inserted, so removal undoes
   * exactly those even if a caller mutated the object in place meanwhile (incremental validators).
   */
  private readonly tracked: Map<Entry, string[]> | undefined

  constructor(entries: { [K in CatalogKind]: Entry<K>[] }, opts: { trackRefs?: boolean } = {}) {
    this.entries = entries
    this.tracked = opts.trackRefs ? new Map() : undefined
    for (const kind of KIND_ORDER) {
      this.keys[kind] = { first: new Map(), many: new Map() }
      const list = entries[kind] as Entry[]
      for (let i = 0; i < list.length; i++) this.insert(list[i]!)
    }
  }

  // -------------------------------------------------------------------------------------------------
  // Lookups

  /** The first object with this key, when it is structurally valid. */
  get<K extends CatalogKind>(kind: K, key: string | undefined): ValidEntry<K> | undefined {
    if (key === undefined) return undefined
    const e = this.keys[kind].first.get(key)
    return e !== undefined && e.doc !== undefined ? (e as unknown as ValidEntry<K>) : undefined
  }

  doc<K extends CatalogKind>(kind: K, key: string | undefined): CatalogObjectOf<K> | undefined {
    if (key === undefined) return undefined
    const e = this.keys[kind].first.get(key)
    return e === undefined ? undefined : (e.doc as CatalogObjectOf<K> | undefined)
  }

  /** Whether any object (valid or not) has this key. */
  has(kind: CatalogKind, key: string): boolean {
    return this.keys[kind].first.has(key)
  }

  /** Every object holding this key, in document order. */
  allWithKey(kind: CatalogKind, key: string): readonly Entry[] {
    const t = this.keys[kind]
    const many = t.many.get(key)
    if (many) return many
    const one = t.first.get(key)
    return one ? [one] : EMPTY
  }

  /** Valid entries related to `ref`, in document order. */
  related<K extends CatalogKind>(relation: Relation, ref: string | undefined): readonly ValidEntry<K>[] {
    if (ref === undefined) return EMPTY as readonly ValidEntry<K>[]
    return (this.relations.get(relation)?.get(ref) ?? EMPTY) as readonly ValidEntry<K>[]
  }

  valid<K extends CatalogKind>(kind: K): ValidEntry<K>[] {
    return (this.entries[kind] as Entry[]).filter((e) => e.doc !== undefined) as ValidEntry<K>[]
  }

  nameGroup(key: string): readonly Entry[] {
    return this.names.get(key) ?? EMPTY
  }

  /** How many rates (valid or not) name this product: a malformed rate still shows intent to price it. */
  rateCountAny(product: string): number {
    return this.anyRates.get(product) ?? 0
  }

  // -------------------------------------------------------------------------------------------------
  // Updates (the engine calls these; positions are maintained by the engine)

  insert(e: Entry): void {
    const t = this.keys[e.kind]
    const first = t.first.get(e.key)
    if (first === undefined) t.first.set(e.key, e)
    else {
      let many = t.many.get(e.key)
      if (!many) t.many.set(e.key, (many = [first]))
      insertByPos(many, e)
      t.first.set(e.key, many[0]!)
      // Keyless objects (already RC-schema errors) are not duplicates of each other.
      if (e.key !== '') this.duplicateKeys.add(e.kind + '\u0000' + e.key)
    }
    if (e.doc !== undefined) linkRefs(this, e, true)
    if (e.kind === 'rate') {
      const product = rawProduct(e)
      if (product !== undefined) {
        if (this.tracked) this.anyRateOf.set(e, product)
        this.anyRates.set(product, (this.anyRates.get(product) ?? 0) + 1)
      }
      return
    }
    const name = nameGroupOf(e)
    if (name !== undefined) {
      if (this.tracked) this.nameOf.set(e, name)
      const one = this.firstName.get(name)
      if (one === undefined) this.firstName.set(name, e)
      else {
        let g = this.names.get(name)
        if (!g) this.names.set(name, (g = [one]))
        insertByPos(g, e)
        this.firstName.set(name, g[0]!)
        this.duplicateNames.add(name)
      }
    }
  }

  /** Adds or removes `e` under (relation, ref). */
  link(relation: Relation, ref: string, e: Entry, add: boolean): void {
    let m = this.relations.get(relation)
    if (add) {
      if (this.tracked) {
        const refs = this.tracked.get(e)
        if (refs) refs.push(relation, ref)
        else this.tracked.set(e, [relation, ref])
      }
      if (!m) this.relations.set(relation, (m = new Map()))
      const l = m.get(ref)
      if (l) insertByPos(l, e)
      else m.set(ref, [e])
      return
    }
    const l = m?.get(ref)
    if (l) {
      removeFrom(l, e)
      if (l.length === 0) m!.delete(ref)
    }
  }

  remove(e: Entry): void {
    const t = this.keys[e.kind]
    const many = t.many.get(e.key)
    if (many) {
      removeFrom(many, e)
      t.first.set(e.key, many[0]!)
      if (many.length <= 1) {
        t.many.delete(e.key)
        this.duplicateKeys.delete(e.kind + '\u0000' + e.key)
      }
    } else if (t.first.get(e.key) === e) t.first.delete(e.key)
    const refs = this.tracked?.get(e)
    if (refs) {
      this.tracked!.delete(e)
      for (let i = 0; i < refs.length; i += 2) this.link(refs[i] as Relation, refs[i + 1]!, e, false)
    } else if (e.doc !== undefined && !this.tracked) linkRefs(this, e, false)
    const product = this.tracked ? this.anyRateOf.get(e) : e.kind === 'rate' ? rawProduct(e) : undefined
    if (product !== undefined) {
      this.anyRateOf.delete(e)
      const n = (this.anyRates.get(product) ?? 1) - 1
      if (n > 0) this.anyRates.set(product, n)
      else this.anyRates.delete(product)
    }
    const name = this.tracked ? this.nameOf.get(e) : nameGroupOf(e)
    if (name !== undefined) {
      this.nameOf.delete(e)
      const g = this.names.get(name)
      if (g) {
        removeFrom(g, e)
        this.firstName.set(name, g[0]!)
        if (g.length <= 1) {
          this.names.delete(name)
          this.duplicateNames.delete(name)
        }
      } else if (this.firstName.get(name) === e) this.firstName.delete(name)
    }
  }
}

function rawProduct(e: Entry): string | undefined {
  const product = typeof e.raw === 'object' && e.raw !== null ? (e.raw as { product?: unknown }).product : undefined
  return typeof product === 'string' ? product : undefined
}

/** Products of one type with the same name read the same on invoices; publishers also match by name. */
export function nameGroupOf(e: Entry): string | undefined {
  if (e.kind === 'rate' || e.kind === 'contract') return undefined
  const doc = e.doc as { name?: unknown; type?: unknown } | undefined
  if (!doc || typeof doc.name !== 'string') return undefined
  const name = doc.name.trim()
  if (name === '') return undefined
  const type = e.kind === 'product' && typeof doc.type === 'string' ? doc.type.toUpperCase() : ''
  return `${e.kind}\u0000${type}\u0000${name.toLowerCase()}`
}

/** Adds (or removes) `e` under every relation its fields reference. */
function linkRefs(ix: CatalogIndex, e: Entry, add: boolean): void {
  const doc = e.doc as Record<string, unknown>
  switch (e.kind) {
    case 'product': {
      const p = doc as TDraftProduct
      if (p.billable_metric !== undefined) ix.link('productsByMetric', p.billable_metric, e, add)
      linkEach(ix, 'compositesByProduct', p.composite_products, e, add)
      linkEach(ix, 'compositesByTag', p.composite_tags, e, add)
      linkEach(ix, 'productsByTag', p.tags, e, add)
      if (p.type.toUpperCase() === 'COMPOSITE') ix.link('compositeProducts', '*', e, add)
      break
    }
    case 'rate':
      ix.link('ratesByProduct', doc.product as string, e, add)
      ix.link('ratesByCard', doc.rate_card as string, e, add)
      if (typeof doc.credit_type === 'string') ix.link('ratesByCreditType', doc.credit_type, e, add)
      break
    case 'rate_card': {
      const conv = doc.credit_type_conversions as Array<{ pricing_unit: string }> | undefined
      if (conv) linkEach(ix, 'cardsByUnit', conv.map((c) => c.pricing_unit), e, add)
      break
    }
    case 'package':
      if (typeof doc.rate_card === 'string') ix.link('packagesByCard', doc.rate_card, e, add)
      break
    case 'contract':
      if (typeof doc.rate_card === 'string') ix.link('contractsByCard', doc.rate_card, e, add)
      if (typeof doc.package === 'string') ix.link('contractsByPackage', doc.package, e, add)
      break
    default:
      break
  }
}

function linkEach(ix: CatalogIndex, relation: Relation, values: readonly string[] | undefined, e: Entry, add: boolean): void {
  if (!values) return
  for (let i = 0; i < values.length; i++) if (values.indexOf(values[i]!) === i) ix.link(relation, values[i]!, e, add)
}

function insertByPos(list: Entry[], e: Entry): void {
  const last = list[list.length - 1]
  if (!last || last.pos < e.pos) {
    list.push(e)
    return
  }
  let lo = 0
  let hi = list.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (list[mid]!.pos < e.pos) lo = mid + 1
    else hi = mid
  }
  list.splice(lo, 0, e)
}

function removeFrom(list: Entry[], e: Entry): void {
  const i = list.indexOf(e)
  if (i >= 0) list.splice(i, 1)
}
