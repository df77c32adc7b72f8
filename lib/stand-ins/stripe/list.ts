/**
 * Stripe list semantics: `{ object: 'list', data, has_more, url }`, `limit` 1–100 (default 10),
 * `starting_after` / `ending_before` cursors by object id, newest first.
 */
import type { Collection, Identified } from './collection'
import { invalidRequest, noSuch } from './errors'
import type { ParamReader } from './query'

export interface PageRequest {
  limit: number
  startingAfter?: string
  endingBefore?: string
}

export interface Page<T> {
  data: T[]
  has_more: boolean
}

export interface ListEnvelope<T> extends Page<T> {
  object: 'list'
  url: string
}

export function readPage(reader: ParamReader): PageRequest {
  const limit = reader.int('limit', { min: 1, max: 100 }) ?? 10
  const startingAfter = reader.string('starting_after')
  const endingBefore = reader.string('ending_before')
  if (startingAfter !== undefined && endingBefore !== undefined) {
    throw invalidRequest('You may only specify one of these parameters: ending_before, starting_after.', {
      param: 'ending_before',
    })
  }
  const page: PageRequest = { limit }
  if (startingAfter) page.startingAfter = startingAfter
  if (endingBefore) page.endingBefore = endingBefore
  return page
}

/** First index in ascending `view` whose value is > `pos` (or >= when `inclusive`). */
function bound(view: Int32Array, pos: number, inclusive: boolean): number {
  let lo = 0
  let hi = view.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    const value = view[mid] as number
    if (inclusive ? value < pos : value <= pos) lo = mid + 1
    else hi = mid
  }
  return lo
}

/**
 * Page through `collection` restricted to `view` (ascending positions into `collection.sorted()`, or
 * null for everything). The cursor is located by id in the full order, so it works even if the cursor
 * object no longer matches the filter (e.g. a price archived between two pages), as on Stripe.
 */
export function paginateCollection<T extends Identified>(
  collection: Collection<T>,
  view: Int32Array | null,
  page: PageRequest,
  typeName: string,
): Page<T> {
  const items = collection.sorted()
  const total = view ? view.length : items.length
  const at = (k: number): T => items[view ? (view[k] as number) : k] as T
  const cursorPosition = (id: string, param: string): number => {
    const pos = collection.position(id)
    if (pos === undefined) throw noSuch(typeName, id, { param, status: 400 })
    return pos
  }
  let from: number
  let to: number
  let hasMore: boolean
  if (page.endingBefore !== undefined) {
    const pos = cursorPosition(page.endingBefore, 'ending_before')
    to = view ? bound(view, pos, true) : pos
    from = Math.max(0, to - page.limit)
    hasMore = from > 0
  } else {
    from = 0
    if (page.startingAfter !== undefined) {
      const pos = cursorPosition(page.startingAfter, 'starting_after')
      from = view ? bound(view, pos, false) : pos + 1
    }
    to = Math.min(total, from + page.limit)
    hasMore = to < total
  }
  const data: T[] = []
  for (let k = from; k < to; k++) data.push(at(k))
  return { data, has_more: hasMore }
}

/** Page through a small, already ordered array (event summaries, one subscription's items). */
export function paginateArray<T extends { id: string }>(items: readonly T[], page: PageRequest, typeName: string): Page<T> {
  const indexOf = (id: string, param: string): number => {
    const i = items.findIndex((item) => item.id === id)
    if (i < 0) throw noSuch(typeName, id, { param, status: 400 })
    return i
  }
  if (page.endingBefore !== undefined) {
    const to = indexOf(page.endingBefore, 'ending_before')
    const from = Math.max(0, to - page.limit)
    return { data: items.slice(from, to), has_more: from > 0 }
  }
  const from = page.startingAfter !== undefined ? indexOf(page.startingAfter, 'starting_after') + 1 : 0
  const to = Math.min(items.length, from + page.limit)
  return { data: items.slice(from, to), has_more: to < items.length }
}

export function envelope<T>(page: Page<T>, url: string): ListEnvelope<T> {
  return { object: 'list', data: page.data, has_more: page.has_more, url }
}
