/** JSON with object keys sorted: equality of two documents regardless of key order (jsonb reorders keys). Pure. */
export function stableJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'undefined'
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`
  const o = value as Record<string, unknown>
  return `{${Object.keys(o)
    .filter((k) => o[k] !== undefined)
    .sort()
    .map((k) => `${JSON.stringify(k)}:${stableJson(o[k])}`)
    .join(',')}}`
}

export const sameJson = (a: unknown, b: unknown): boolean => stableJson(a) === stableJson(b)
