/**
 * An ordered, mutable set of Stripe objects of one type.
 *
 * Stripe lists newest first (`created` desc). Pages must be cheap on 10,000-object accounts, so the
 * sorted order, an id → position map and per-filter index views are computed once and reused until
 * the next mutation; `starting_after` is then an O(1) map lookup plus an O(log n) search in the view.
 */

export interface Identified {
  id: string
  created: number
}

interface Entry<T> {
  value: T
  /** Insertion sequence: ties on `created` list the later-inserted object first. */
  seq: number
}

interface SortedState<T> {
  items: T[]
  position: Map<string, number>
}

/** Cap on cached filter views per collection; filters are few in practice (active=true/false, ...). */
const MAX_VIEWS = 64

export class Collection<T extends Identified> {
  private readonly entries = new Map<string, Entry<T>>()
  private nextSeq = 0
  private sortedState: SortedState<T> | null = null
  private readonly views = new Map<string, Int32Array>()
  /** Bumped on every mutation; derived caches elsewhere (usage index) key off it. */
  version = 0

  constructor(items: Iterable<T> = []) {
    for (const item of items) this.put(item)
  }

  get size(): number {
    return this.entries.size
  }

  get(id: string): T | undefined {
    return this.entries.get(id)?.value
  }

  has(id: string): boolean {
    return this.entries.has(id)
  }

  /** Insert, or replace an existing object in place (keeping its insertion sequence). */
  put(value: T): 'created' | 'updated' {
    const existing = this.entries.get(value.id)
    if (existing) existing.value = value
    else this.entries.set(value.id, { value, seq: this.nextSeq++ })
    this.invalidate()
    return existing ? 'updated' : 'created'
  }

  /** Replace an object with `change(old)`. Throws if the id is unknown (a test bug, not a 404). */
  update(id: string, change: (old: T) => T): T {
    const entry = this.entries.get(id)
    if (!entry) throw new Error(`No object ${id} in collection`)
    const next = change(entry.value)
    if (next.id !== id) throw new Error(`update() must not change the id (${id} → ${next.id})`)
    entry.value = next
    this.invalidate()
    return next
  }

  remove(id: string): boolean {
    const removed = this.entries.delete(id)
    if (removed) this.invalidate()
    return removed
  }

  /** All objects, newest first. The array is shared: do not mutate it. */
  sorted(): readonly T[] {
    return this.sortedCached().items
  }

  /** Position of `id` in `sorted()`, or undefined. O(1). */
  position(id: string): number | undefined {
    return this.sortedCached().position.get(id)
  }

  /**
   * Positions (into `sorted()`) of the objects matching `predicate`, ascending. Cached under `key`, which
   * must identify the predicate (e.g. "active=true&product=prod_x").
   */
  view(key: string, predicate: (value: T) => boolean): Int32Array {
    const cached = this.views.get(key)
    if (cached) return cached
    const items = this.sorted()
    const matches: number[] = []
    for (let i = 0; i < items.length; i++) {
      if (predicate(items[i] as T)) matches.push(i)
    }
    const view = Int32Array.from(matches)
    if (this.views.size >= MAX_VIEWS) this.views.clear()
    this.views.set(key, view)
    return view
  }

  private sortedCached(): SortedState<T> {
    if (this.sortedState) return this.sortedState
    const entries = [...this.entries.values()]
    entries.sort((a, b) => b.value.created - a.value.created || b.seq - a.seq)
    const items = entries.map((e) => e.value)
    const position = new Map<string, number>()
    items.forEach((item, i) => position.set(item.id, i))
    this.sortedState = { items, position }
    return this.sortedState
  }

  private invalidate(): void {
    this.version += 1
    this.sortedState = null
    this.views.clear()
  }
}
