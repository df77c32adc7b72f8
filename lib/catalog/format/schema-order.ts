/**
 * Canonical shape of a value under a zod schema: object keys in the schema's declaration order,
 * record keys sorted, free-form (`unknown`) objects with keys sorted at every level, `undefined`
 * dropped. Pure. This is what makes serialisation byte-stable: two catalogues that are equal as data
 * serialise to the same text whatever order their keys were built in.
 */
import type { z } from 'zod'

type Def = { type: string; shape?: Record<string, z.ZodType>; innerType?: z.ZodType; element?: z.ZodType; valueType?: z.ZodType; options?: z.ZodType[]; in?: z.ZodType }

const defOf = (schema: z.ZodType): Def => (schema as unknown as { def: Def }).def

function sortDeep(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortDeep)
  if (value === null || typeof value !== 'object') return value
  const out: Record<string, unknown> = {}
  for (const k of Object.keys(value).sort()) {
    const v = (value as Record<string, unknown>)[k]
    if (v !== undefined) out[k] = sortDeep(v)
  }
  return out
}

export function orderBySchema(value: unknown, schema: z.ZodType): unknown {
  const def = defOf(schema)
  switch (def.type) {
    case 'optional':
    case 'nullable':
    case 'default':
    case 'readonly':
    case 'nonoptional':
      return value === null || value === undefined ? value : orderBySchema(value, def.innerType!)
    case 'pipe':
      return orderBySchema(value, def.in!)
    case 'array':
      return Array.isArray(value) ? value.map((v) => orderBySchema(v, def.element!)) : value
    case 'record': {
      if (value === null || typeof value !== 'object' || Array.isArray(value)) return value
      const out: Record<string, unknown> = {}
      for (const k of Object.keys(value).sort()) {
        const v = (value as Record<string, unknown>)[k]
        if (v !== undefined) out[k] = orderBySchema(v, def.valueType!)
      }
      return out
    }
    case 'object': {
      if (value === null || typeof value !== 'object' || Array.isArray(value)) return value
      const shape = def.shape ?? {}
      const src = value as Record<string, unknown>
      const out: Record<string, unknown> = {}
      for (const k of Object.keys(shape)) if (src[k] !== undefined) out[k] = orderBySchema(src[k], shape[k]!)
      // Keys the schema does not know (a strict schema rejects them) keep a stable order too.
      for (const k of Object.keys(src).filter((k) => !(k in shape)).sort()) if (src[k] !== undefined) out[k] = sortDeep(src[k])
      return out
    }
    default:
      return sortDeep(value)
  }
}
