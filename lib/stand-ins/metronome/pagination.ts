import { ApiError } from './errors'

export type Page<T> = { data: T[]; next_page: string | null }

// Cursor = base64url({o: offset}). Opaque to clients, like Metronome's, and stable because every list the
// emulator pages through is ordered by creation sequence (new objects only ever append at the end).
function encodeCursor(offset: number): string {
  return Buffer.from(JSON.stringify({ o: offset })).toString('base64url')
}

function decodeCursor(cursor: string): number {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'))
    const o = (parsed as { o?: unknown }).o
    if (typeof o === 'number' && Number.isInteger(o) && o >= 0) return o
  } catch {
    // fall through to the error below
  }
  throw new ApiError(400, 'request/query/next_page is not a valid cursor', 'schema')
}

/** Reads `limit` (1–100, the spec's PageLimit) and `next_page` from the query string, as the SDK sends them. */
export function readPageParams(query: URLSearchParams, defaultLimit: number, allowLimit = true): { limit: number; offset: number } {
  let limit = defaultLimit
  const rawLimit = query.get('limit')
  if (rawLimit !== null) {
    if (!allowLimit) throw new ApiError(400, 'request/query must NOT have additional properties (\'limit\')', 'schema')
    if (!/^-?\d+$/.test(rawLimit)) throw new ApiError(400, 'request/query/limit must be integer', 'schema')
    limit = Number(rawLimit)
    if (limit < 1) throw new ApiError(400, 'request/query/limit must be >= 1', 'schema')
    if (limit > 100) throw new ApiError(400, 'request/query/limit must be <= 100', 'schema')
  }
  const cursor = query.get('next_page')
  const offset = cursor ? decodeCursor(cursor) : 0
  return { limit, offset }
}

/** `next_page: null` on the last page, otherwise the SDK's auto-pagination would never stop. */
export function paginate<T>(items: readonly T[], query: URLSearchParams, defaultLimit: number, allowLimit = true): Page<T> {
  const { limit, offset } = readPageParams(query, defaultLimit, allowLimit)
  const data = items.slice(offset, offset + limit)
  const end = offset + data.length
  return { data, next_page: end < items.length ? encodeCursor(end) : null }
}
