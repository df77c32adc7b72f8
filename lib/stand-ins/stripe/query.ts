/**
 * Stripe's form/query encoding: `expand[0]=data.tiers`, `filter[type]=credit_grant`,
 * `recurring[usage_type]=metered`, `lookup_keys[]=a`. Parsed into nested objects and arrays, then read
 * through `ParamReader`, which raises the same 400s Stripe does for unknown or malformed params.
 */
import { invalidRequest, missingParam, unknownParam } from './errors'

export type ParamValue = string | ParamValue[] | { [key: string]: ParamValue }
export type Params = { [key: string]: ParamValue }

type Tree = { [key: string]: Tree | string }

/** Split `a[b][0]` into `['a', 'b', '0']`; `a[]` gives `['a', '']` (append). */
function keyPath(raw: string): string[] {
  const open = raw.indexOf('[')
  if (open <= 0) return [raw]
  const path = [raw.slice(0, open)]
  const re = /\[([^\]]*)\]/g
  let match: RegExpExecArray | null
  while ((match = re.exec(raw.slice(open))) !== null) path.push(match[1] ?? '')
  return path
}

/** Objects whose keys are all integers (or appends) become arrays, ordered by index. */
function normalize(node: Tree | string): ParamValue {
  if (typeof node === 'string') return node
  const keys = Object.keys(node)
  const isArray = keys.length > 0 && keys.every((k) => /^\d+$/.test(k) || k.startsWith('\u0000'))
  if (isArray) {
    return keys
      .map((k) => ({ k, order: k.startsWith('\u0000') ? 1e9 + Number(k.slice(1)) : Number(k) }))
      .sort((a, b) => a.order - b.order)
      .map(({ k }) => normalize(node[k] as Tree | string))
  }
  const out: { [key: string]: ParamValue } = {}
  for (const k of keys) out[k] = normalize(node[k] as Tree | string)
  return out
}

export function parseParams(search: string | URLSearchParams): Params {
  const query = typeof search === 'string' ? new URLSearchParams(search) : search
  const root: Tree = {}
  let appends = 0
  for (const [rawKey, value] of query) {
    const path = keyPath(rawKey)
    let node: Tree = root
    path.forEach((segment, i) => {
      // `[]` appends; a private marker key keeps appends after explicit indices.
      const key = segment === '' && i > 0 ? `\u0000${appends++}` : segment
      if (i === path.length - 1) {
        node[key] = value
        return
      }
      const next = node[key]
      if (next === undefined || typeof next === 'string') {
        const created: Tree = {}
        node[key] = created
        node = created
      } else node = next
    })
  }
  return normalize(root) as Params
}

/** Common list params every Stripe list endpoint accepts. */
export const LIST_PARAMS = ['limit', 'starting_after', 'ending_before', 'expand'] as const

export class ParamReader {
  constructor(
    readonly params: Params,
    allowed: readonly string[],
    /** Prefix for error `param` names, e.g. "filter" gives "filter[type]". */
    private readonly prefix = '',
  ) {
    for (const key of Object.keys(params)) {
      if (!allowed.includes(key)) throw unknownParam(this.name(key))
    }
  }

  private name(key: string): string {
    return this.prefix ? `${this.prefix}[${key}]` : key
  }

  has(key: string): boolean {
    return this.params[key] !== undefined
  }

  string(key: string): string | undefined {
    const value = this.params[key]
    if (value === undefined) return undefined
    if (typeof value !== 'string') throw invalidRequest(`Invalid string: ${JSON.stringify(value)}`, { param: this.name(key) })
    return value
  }

  requiredString(key: string): string {
    const value = this.string(key)
    if (value === undefined || value === '') throw missingParam(this.name(key))
    return value
  }

  int(key: string, range: { min?: number; max?: number } = {}): number | undefined {
    const raw = this.string(key)
    if (raw === undefined) return undefined
    if (!/^-?\d+$/.test(raw)) throw invalidRequest(`Invalid integer: ${raw}`, { param: this.name(key) })
    const value = Number(raw)
    if (range.min !== undefined && value < range.min) {
      throw invalidRequest(`This value must be greater than or equal to ${range.min}.`, { param: this.name(key) })
    }
    if (range.max !== undefined && value > range.max) {
      throw invalidRequest(`This value must be less than or equal to ${range.max}.`, { param: this.name(key) })
    }
    return value
  }

  requiredInt(key: string): number {
    const value = this.int(key)
    if (value === undefined) throw missingParam(this.name(key))
    return value
  }

  bool(key: string): boolean | undefined {
    const raw = this.string(key)
    if (raw === undefined) return undefined
    if (raw === 'true') return true
    if (raw === 'false') return false
    throw invalidRequest(`Invalid boolean: ${raw}`, { param: this.name(key) })
  }

  enum<const E extends string>(key: string, values: readonly E[]): E | undefined {
    const raw = this.string(key)
    if (raw === undefined) return undefined
    if (!(values as readonly string[]).includes(raw)) {
      throw invalidRequest(`Invalid ${this.name(key)}: must be one of ${values.join(', ')}`, { param: this.name(key) })
    }
    return raw as E
  }

  stringArray(key: string): string[] | undefined {
    const value = this.params[key]
    if (value === undefined) return undefined
    // A bare value (`expand=data.tiers`) is accepted as a one-element array, as Stripe does.
    const items = Array.isArray(value) ? value : [value]
    return items.map((item, i) => {
      if (typeof item !== 'string') throw invalidRequest('Invalid array', { param: `${this.name(key)}[${i}]` })
      return item
    })
  }

  /** A nested hash param (`filter[...]`), itself validated against `allowed`. */
  object(key: string, allowed: readonly string[]): ParamReader | undefined {
    const value = this.params[key]
    if (value === undefined) return undefined
    if (typeof value === 'string' || Array.isArray(value)) {
      throw invalidRequest(`Invalid hash`, { param: this.name(key) })
    }
    return new ParamReader(value, allowed, this.name(key))
  }

  /** `created=123` or `created[gte]=...`: returns a predicate on a timestamp. */
  range(key: string): ((t: number) => boolean) | undefined {
    const value = this.params[key]
    if (value === undefined) return undefined
    if (typeof value === 'string') {
      const exact = this.int(key)
      return (t) => t === exact
    }
    const r = this.object(key, ['gt', 'gte', 'lt', 'lte'])
    if (!r) return undefined
    const gt = r.int('gt')
    const gte = r.int('gte')
    const lt = r.int('lt')
    const lte = r.int('lte')
    return (t) =>
      (gt === undefined || t > gt) &&
      (gte === undefined || t >= gte) &&
      (lt === undefined || t < lt) &&
      (lte === undefined || t <= lte)
  }

  expand(): string[] {
    return this.stringArray('expand') ?? []
  }
}
