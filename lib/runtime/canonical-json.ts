/** JSON with object keys sorted: equal data gives equal text (and equal hashes) whatever the key order. */
import crypto from 'node:crypto'

export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value))
}

function sortKeys(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(sortKeys)
  if (v && typeof v === 'object') {
    const o = v as Record<string, unknown>
    return Object.fromEntries(Object.keys(o).sort().map((k) => [k, sortKeys(o[k])]))
  }
  return v
}

export function sha256(text: string): string {
  return crypto.createHash('sha256').update(text).digest('hex')
}

export const hashJson = (value: unknown) => sha256(canonicalJson(value))
