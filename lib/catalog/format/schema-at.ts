/** The zod schema that governs a path inside a document (for messages that list allowed fields). Pure. */
import type { z } from 'zod'

type Def = { type: string; shape?: Record<string, z.ZodType>; innerType?: z.ZodType; element?: z.ZodType; valueType?: z.ZodType; in?: z.ZodType }
const defOf = (s: z.ZodType): Def => (s as unknown as { def: Def }).def

function unwrap(s: z.ZodType): z.ZodType {
  let cur = s
  for (;;) {
    const d = defOf(cur)
    if (['optional', 'nullable', 'default', 'readonly', 'nonoptional'].includes(d.type) && d.innerType) cur = d.innerType
    else if (d.type === 'pipe' && d.in) cur = d.in
    else return cur
  }
}

export function schemaAt(root: z.ZodType, path: ReadonlyArray<PropertyKey>): z.ZodType | null {
  let cur: z.ZodType | null = unwrap(root)
  for (const seg of path) {
    if (!cur) return null
    const d = defOf(cur)
    if (d.type === 'object') cur = d.shape?.[String(seg)] ?? null
    else if (d.type === 'array') cur = d.element ?? null
    else if (d.type === 'record') cur = d.valueType ?? null
    else return null
    cur = cur ? unwrap(cur) : null
  }
  return cur
}

/** Field names an object schema allows, in declaration order; empty when the schema is not an object. */
export function allowedFields(schema: z.ZodType | null): string[] {
  if (!schema) return []
  const d = defOf(schema)
  return d.type === 'object' ? Object.keys(d.shape ?? {}) : []
}
