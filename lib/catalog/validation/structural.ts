/**
 * The structural pass: the catalogue against ZDraftCatalog, reported as issues instead of thrown.
 * Pure.
 *
 * Invariants: accepts any value; never throws; an object that fails its schema is kept (its position
 * and key still count) but gets no `doc`, so semantic rules never see a mistyped object. Messages name
 * the field and what it must be. Code `RC-schema` (see rules/rc-schema.ts for its registry entry).
 */
import type { z } from 'zod'
import {
  CATALOG_FORMAT,
  CATALOG_KINDS,
  CATALOG_VERSION,
  ZDraftBillableMetric,
  ZDraftContract,
  ZDraftPackage,
  ZDraftPricingUnit,
  ZDraftProduct,
  ZDraftRate,
  ZDraftRateCard,
  type CatalogKind,
} from '../schemas'
import { KIND_ORDER } from './entry'
import { compileShapeCheck } from './shape-check'

export const SCHEMA_BY_KIND: Record<CatalogKind, z.ZodType> = {
  billable_metric: ZDraftBillableMetric,
  product: ZDraftProduct,
  pricing_unit: ZDraftPricingUnit,
  rate_card: ZDraftRateCard,
  rate: ZDraftRate,
  package: ZDraftPackage,
  contract: ZDraftContract,
}

export type Segment = string | number
export type StructuralProblem = { rel: Segment[]; message: string }

const TOP_LEVEL_KEYS = new Set(['$schema', 'format', 'version', ...Object.values(CATALOG_KINDS)])

/** Problems of the document's top level; `arrays` holds each kind's list ([] when absent or not a list). */
export function checkTopLevel(catalog: unknown): {
  problems: StructuralProblem[]
  arrays: Record<CatalogKind, unknown[]>
} {
  const arrays = Object.fromEntries(KIND_ORDER.map((k) => [k, [] as unknown[]])) as Record<CatalogKind, unknown[]>
  const problems: StructuralProblem[] = []
  if (typeof catalog !== 'object' || catalog === null || Array.isArray(catalog)) {
    problems.push({
      rel: [],
      message: `The catalogue must be a JSON object with "format": "${CATALOG_FORMAT}", "version": ${CATALOG_VERSION} and the lists ${Object.values(CATALOG_KINDS).join(', ')}; got ${describe(catalog)}.`,
    })
    return { problems, arrays }
  }
  const doc = catalog as Record<string, unknown>
  if (doc.format !== CATALOG_FORMAT)
    problems.push({ rel: ['format'], message: `\`format\` must be "${CATALOG_FORMAT}" (got ${describe(doc.format)}).` })
  if (doc.version !== CATALOG_VERSION)
    problems.push({ rel: ['version'], message: `\`version\` must be ${CATALOG_VERSION} (got ${describe(doc.version)}); this Ratecraft reads catalogue format v${CATALOG_VERSION}.` })
  if (doc.$schema !== undefined && typeof doc.$schema !== 'string')
    problems.push({ rel: ['$schema'], message: '`$schema` must be a string (the schema address) when present.' })
  for (const kind of KIND_ORDER) {
    const name = CATALOG_KINDS[kind]
    const value = doc[name]
    if (Array.isArray(value)) arrays[kind] = value
    else if (value === undefined) problems.push({ rel: [name], message: `\`${name}\` is missing: add \`"${name}": []\` (every list is required, even when empty).` })
    else problems.push({ rel: [name], message: `\`${name}\` must be a list of objects, not ${describe(value)}.` })
  }
  for (const key of Object.keys(doc))
    if (!TOP_LEVEL_KEYS.has(key))
      problems.push({ rel: [key], message: `Unknown top-level field \`${key}\`: the catalogue format is strict; remove it or fix its spelling.` })
  return { problems, arrays }
}

/** The key of an element as written ('' when it has no string key). */
export function rawKeyOf(element: unknown): string {
  if (typeof element !== 'object' || element === null) return ''
  const key = (element as { key?: unknown }).key
  return typeof key === 'string' ? key : ''
}

const FAST_CHECK = Object.fromEntries(Object.entries(SCHEMA_BY_KIND).map(([k, s]) => [k, compileShapeCheck(s)])) as Record<CatalogKind, (v: unknown) => boolean>
const NONE: StructuralProblem[] = []

/** Structural problems of one object; empty when it matches its kind's draft schema. */
export function checkObject(kind: CatalogKind, element: unknown): StructuralProblem[] {
  if (FAST_CHECK[kind](element)) return NONE
  const schema = SCHEMA_BY_KIND[kind]
  if (typeof element !== 'object' || element === null || Array.isArray(element))
    return [{ rel: [], message: `Each entry of \`${CATALOG_KINDS[kind]}\` must be an object, not ${describe(element)}.` }]
  const result = schema.safeParse(element)
  if (result.success) return []
  const out: StructuralProblem[] = []
  for (const issue of result.error.issues) {
    const rel = issue.path.filter((s): s is string | number => typeof s !== 'symbol')
    if (issue.code === 'unrecognized_keys') {
      for (const k of issue.keys)
        out.push({ rel: [...rel, k], message: `Unknown field \`${k}\`: the catalogue format is strict; remove it or fix its spelling.` })
      continue
    }
    out.push({ rel, message: describeIssue(rel, issue, element) })
  }
  return out
}

function describeIssue(rel: Segment[], issue: z.core.$ZodIssue, element: unknown): string {
  const field = rel.length ? '`' + rel.join('.') + '`' : 'The object'
  if (issue.code === 'invalid_type') {
    const got = valueAt(element, rel)
    if (got === undefined) return `${field} is required (${article(issue.expected)}).`
    return `${field} must be ${article(issue.expected)}, not ${describe(got)}.`
  }
  return `${field}: ${issue.message}`
}

function valueAt(doc: unknown, rel: Segment[]): unknown {
  let cur = doc
  for (const s of rel) {
    if (typeof cur !== 'object' || cur === null) return undefined
    cur = (cur as Record<string, unknown>)[String(s)]
  }
  return cur
}

function article(expected: string): string {
  if (expected === 'array') return 'a list'
  if (expected === 'object' || expected === 'record') return 'an object'
  return 'a ' + expected
}

export function describe(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'a list'
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? value.slice(0, 40) + '…' : value)
  if (typeof value === 'object') return 'an object'
  if (value === undefined) return 'nothing'
  return `${typeof value} ${String(value)}`
}
