/**
 * A fast yes/no structural check compiled from the zod schemas of schemas.ts. Pure.
 *
 * Why: the structural pass runs on every keystroke over every object (12,000 in the benchmark) and
 * zod's safeParse costs ~1.5 µs per object, a third of the whole validation budget. The compiled
 * predicate answers "valid?" without allocating; zod still produces the messages, and only for the
 * objects the predicate rejects. Invariant: `compileShapeCheck(s)(v) === s.safeParse(v).success` for
 * every JSON value (shape-check.test.ts checks this on generated inputs); any schema construct the
 * compiler does not know falls back to zod itself, so the invariant cannot be broken by a new field type.
 */
import type { z } from 'zod'

type Check = (v: unknown) => boolean

type Def = {
  type: string
  shape?: Record<string, z.ZodType>
  catchall?: z.ZodType
  innerType?: z.ZodType
  element?: z.ZodType
  keyType?: z.ZodType
  valueType?: z.ZodType
  values?: unknown[]
  checks?: Array<{ _zod: { def: { check: string; minimum?: number; maximum?: number; format?: string; pattern?: RegExp } } }>
}

function defOf(schema: z.ZodType): Def {
  return (schema as unknown as { _zod: { def: Def } })._zod.def
}

const cache = new WeakMap<z.ZodType, Check>()

export function compileShapeCheck(schema: z.ZodType): Check {
  const hit = cache.get(schema)
  if (hit) return hit
  const compiled = compile(schema)
  cache.set(schema, compiled)
  return compiled
}

function fallback(schema: z.ZodType): Check {
  return (v) => schema.safeParse(v).success
}

function compile(schema: z.ZodType): Check {
  const def = defOf(schema)
  switch (def.type) {
    case 'string':
      return compileString(schema, def)
    case 'number':
      return def.checks?.length ? fallback(schema) : (v) => typeof v === 'number' && Number.isFinite(v)
    case 'boolean':
      return (v) => typeof v === 'boolean'
    case 'unknown':
      return () => true
    case 'literal': {
      const values = def.values ?? []
      return (v) => values.includes(v)
    }
    case 'optional': {
      const inner = compileShapeCheck(def.innerType!)
      return (v) => v === undefined || inner(v)
    }
    case 'nullable': {
      const inner = compileShapeCheck(def.innerType!)
      return (v) => v === null || inner(v)
    }
    case 'array': {
      if (def.checks?.length) return fallback(schema)
      const el = compileShapeCheck(def.element!)
      return (v) => {
        if (!Array.isArray(v)) return false
        for (let i = 0; i < v.length; i++) if (!el(v[i])) return false
        return true
      }
    }
    case 'record': {
      if (defOf(def.keyType!).type !== 'string' || defOf(def.keyType!).checks?.length) return fallback(schema)
      const val = compileShapeCheck(def.valueType!)
      return (v) => {
        if (!isPlainObject(v)) return false
        for (const k in v) if (Object.prototype.hasOwnProperty.call(v, k) && !val((v as Record<string, unknown>)[k])) return false
        return true
      }
    }
    case 'object':
      return compileObject(schema, def)
    default:
      return fallback(schema)
  }
}

function compileString(schema: z.ZodType, def: Def): Check {
  let min = 0
  let max = Infinity
  const patterns: RegExp[] = []
  for (const c of def.checks ?? []) {
    const d = c._zod.def
    if (d.check === 'min_length' && typeof d.minimum === 'number') min = Math.max(min, d.minimum)
    else if (d.check === 'max_length' && typeof d.maximum === 'number') max = Math.min(max, d.maximum)
    else if (d.check === 'string_format' && d.format === 'regex' && d.pattern instanceof RegExp && !d.pattern.global && !d.pattern.sticky)
      patterns.push(d.pattern)
    else return fallback(schema)
  }
  if (min === 0 && max === Infinity && patterns.length === 0) return (v) => typeof v === 'string'
  return (v) => {
    if (typeof v !== 'string' || v.length < min || v.length > max) return false
    for (const p of patterns) if (!p.test(v)) return false
    return true
  }
}

/** How one field of a strict object is checked: simple types inline, the rest through a compiled check. */
type FieldPlan = { name: string; optional: boolean; nullable: boolean; type: 0 | 1 | 2 | 3; check: Check }
const STRING = 0
const BOOLEAN = 1
const NUMBER = 2
const OTHER = 3

function planField(name: string, schema: z.ZodType): FieldPlan {
  let optional = false
  let nullable = false
  let inner = schema
  for (;;) {
    const d = defOf(inner)
    if (d.type === 'optional') optional = true
    else if (d.type === 'nullable') nullable = true
    else break
    inner = d.innerType!
  }
  const d = defOf(inner)
  const type = d.type === 'string' && !d.checks?.length ? STRING : d.type === 'boolean' ? BOOLEAN : d.type === 'number' && !d.checks?.length ? NUMBER : OTHER
  return { name, optional, nullable, type, check: compileShapeCheck(inner) }
}

function compileObject(schema: z.ZodType, def: Def): Check {
  const catchall = def.catchall ? defOf(def.catchall).type : undefined
  // Only strict objects (catchall never) are compiled: that is every object of the catalogue format.
  if (catchall !== 'never' || !def.shape) return fallback(schema)
  const plan = Object.keys(def.shape).map((k) => planField(k, def.shape![k]!))
  const known = new Set(plan.map((f) => f.name))
  const size = plan.length
  return function checkObject(v) {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) return false
    const o = v as Record<string, unknown>
    let present = 0
    for (let i = 0; i < size; i++) {
      const f = plan[i]!
      const x = o[f.name]
      if (x === undefined) {
        if (!f.optional) return false
        continue
      }
      present++
      if (x === null) {
        if (!f.nullable) return false
        continue
      }
      switch (f.type) {
        case STRING:
          if (typeof x !== 'string') return false
          break
        case BOOLEAN:
          if (typeof x !== 'boolean') return false
          break
        case NUMBER:
          if (typeof x !== 'number' || !Number.isFinite(x)) return false
          break
        default:
          if (!f.check(x)) return false
      }
    }
    // Strict objects: every own field must be a known one. When the object has exactly as many own
    // keys as known fields it holds, there is nothing else to look at (the common case, no lookups).
    let own = 0
    for (const k in o) if (Object.prototype.hasOwnProperty.call(o, k)) own++
    if (own === present) return true
    for (const k in o) if (Object.prototype.hasOwnProperty.call(o, k) && !known.has(k)) return false
    return true
  }
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false
  const proto = Object.getPrototypeOf(v)
  return proto === Object.prototype || proto === null
}
