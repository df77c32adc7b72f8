/**
 * Editing a decision's target objects ("change"): each object's JSON is checked against the lenient
 * draft schema of its type — live in the browser and again on save — with problems as JSON Pointers
 * into the object. Keys are identities and cannot be edited here. Pure.
 */
import type { z } from 'zod'
import { orderBySchema } from '../format/schema-order'
import { schemaProblems, type CatalogProblem } from '../format/schema-problems'
import type { TargetType } from '../mapping/types'
import { ZCommit, ZCredit, ZOverride, ZSubscriptionTerm } from '../schemas'
import { SCHEMA_BY_KIND } from '../validation/structural'

export const TARGET_SCHEMAS: Partial<Record<TargetType, z.ZodType>> = {
  ...SCHEMA_BY_KIND,
  commit: ZCommit,
  credit: ZCredit,
  override: ZOverride,
  subscription: ZSubscriptionTerm,
}

export const TARGET_LABELS: Record<TargetType, string> = {
  billable_metric: 'Billable metric',
  product: 'Product',
  pricing_unit: 'Pricing unit',
  rate_card: 'Rate card',
  rate: 'Rate',
  package: 'Package',
  contract: 'Contract preview',
  commit: 'Commit',
  credit: 'Credit',
  override: 'Override',
  subscription: 'Subscription term',
}

/** Terms live inside a contract or package; the rest are catalogue objects of their own. */
export const TERM_TYPES: ReadonlySet<TargetType> = new Set(['commit', 'credit', 'override', 'subscription'])

export type TargetDocCheck = { ok: true; doc: Record<string, unknown> } | { ok: false; problems: CatalogProblem[] }

/** Checks the JSON text (or value) of one target object. */
export function checkTargetDoc(type: TargetType, key: string, input: string | unknown): TargetDocCheck {
  let doc: unknown = input
  if (typeof input === 'string') {
    try {
      doc = JSON.parse(input)
    } catch (e) {
      return { ok: false, problems: [{ path: '', message: `not valid JSON: ${e instanceof Error ? e.message : String(e)}` }] }
    }
  }
  const schema = TARGET_SCHEMAS[type]
  if (!schema) return { ok: false, problems: [{ path: '', message: `${type} objects cannot be edited here` }] }
  if (!doc || typeof doc !== 'object' || Array.isArray(doc)) return { ok: false, problems: [{ path: '', message: `the ${TARGET_LABELS[type].toLowerCase()} must be a JSON object` }] }
  const problems: CatalogProblem[] = []
  const docKey = (doc as { key?: unknown }).key
  if (docKey !== key) problems.push({ path: '/key', message: `the key is the object's identity and stays "${key}": put it back (to rename, change "name")` })
  const parsed = schema.safeParse(doc)
  if (!parsed.success) problems.push(...schemaProblems(doc, parsed.error, schema).filter((p) => !(p.path === '/key' && problems.length > 0)))
  if (problems.length > 0) return { ok: false, problems }
  return { ok: true, doc: parsed.data as Record<string, unknown> }
}

/** An object's JSON with its keys in the catalogue format's order (as exported), for editors and pages. */
export function canonicalTargetDoc(type: string, doc: unknown): unknown {
  const schema = TARGET_SCHEMAS[type as TargetType]
  return schema && doc && typeof doc === 'object' ? orderBySchema(doc, schema) : doc
}
