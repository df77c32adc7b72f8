/**
 * The user's accept / change / exclude applied to a draft, with exactly the rule a re-draft uses
 * (mapping/redraft.ts): an object whose producing decision — the first decision that targets it — is
 * excluded leaves the draft, unless another decision targeting it was accepted or changed; what
 * depends on it goes with it (then `pruneDanglingReferences` clears the references the re-draft rule
 * does not cover). Pure.
 *
 * What an exclusion removed is recorded as a stash (`StashEntry[]`) on the decision, so un-excluding
 * puts exactly those objects back.
 */
import { CATALOG_KINDS, type CatalogKind, type TCatalog } from '../schemas'
import { findObject } from '../mapping/catalog-objects'
import { applyRedraft } from '../mapping/redraft'
import type { DecisionTarget, DecisionWithState, TargetType } from '../mapping/types'
import { pruneDanglingReferences } from './prune'
import { sameJson } from './stable-json'

export type StashEntry =
  /** An object that left the draft (a contract or package term names its `holder`); `replace` = the object stayed but was trimmed. */
  | { kind: 'object'; type: TargetType; key: string | null; holder?: string; doc: unknown; replace?: boolean; index?: number }
  /** A field of a remaining object that was cleared or trimmed (a contract's rate card, a product's composite list). */
  | { kind: 'field'; type: CatalogKind; key: string; field: string; value: unknown }

const TERM_TYPES = { commits: 'commit', credits: 'credit', overrides: 'override', subscriptions: 'subscription' } as const
type TermArray = keyof typeof TERM_TYPES
const KIND_ORDER = Object.keys(CATALOG_KINDS) as CatalogKind[]
const ref = (t: { type: string; key: string | null | undefined }) => `${t.type}\u0000${t.key ?? ''}`
const same = sameJson

/** The catalogue with every decision's user state applied (exclusions removed, with what depends on them). */
export function applyUserStates(catalog: TCatalog, decisions: DecisionWithState[]): TCatalog {
  const merged = applyRedraft({ catalog, decisions }, { catalog, decisions })
  return pruneDanglingReferences(merged.catalog).catalog
}

/** What left `before` (or was trimmed) on the way to `after`. */
export function diffRemovals(before: TCatalog, after: TCatalog): StashEntry[] {
  const out: StashEntry[] = []
  for (const kind of KIND_ORDER) {
    const name = CATALOG_KINDS[kind]
    const afterByKey = new Map((after[name] as Array<{ key: string }>).map((o) => [o.key, o as Record<string, unknown>]))
    ;(before[name] as Array<Record<string, unknown> & { key: string }>).forEach((b, index) => {
      const a = afterByKey.get(b.key)
      if (!a) {
        out.push({ kind: 'object', type: kind, key: b.key, doc: structuredClone(b), index })
        return
      }
      if (same(a, b)) return
      for (const [field, value] of Object.entries(b)) {
        if (field in TERM_TYPES && (kind === 'contract' || kind === 'package')) {
          out.push(...termRemovals(TERM_TYPES[field as TermArray], b.key, value as Array<Record<string, unknown>>, (a[field] as Array<Record<string, unknown>> | undefined) ?? []))
        } else if (!same(a[field], value)) {
          out.push({ kind: 'field', type: kind, key: b.key, field, value: structuredClone(value) })
        }
      }
    })
  }
  return out
}

function termRemovals(type: TargetType, holder: string, before: Array<Record<string, unknown>>, after: Array<Record<string, unknown>>): StashEntry[] {
  const out: StashEntry[] = []
  const afterByKey = new Map(after.filter((t) => typeof t.key === 'string').map((t) => [t.key as string, t]))
  before.forEach((t, index) => {
    if (typeof t.key === 'string') {
      const a = afterByKey.get(t.key)
      if (!a) out.push({ kind: 'object', type, key: t.key, holder, doc: structuredClone(t), index })
      else if (!same(a, t)) out.push({ kind: 'object', type, key: t.key, holder, doc: structuredClone(t), replace: true })
    } else if (!after.some((a) => same(a, t))) {
      out.push({ kind: 'object', type, key: null, holder, doc: structuredClone(t), index })
    }
  })
  return out
}

/**
 * Splits what several exclusions removed between the excluded decisions (a re-draft applies them all
 * at once): an object goes to the decision that targets it, a dependent object to the decision that
 * removed what it depended on (rate → product or card, product → metric, term → product), the rest to
 * the first excluded decision.
 */
export function attributeRemovals(entries: StashEntry[], excluded: Array<{ key: string; targets: DecisionTarget[] }>): Map<string, StashEntry[]> {
  const out = new Map<string, StashEntry[]>()
  if (excluded.length === 0) return out
  const owner = new Map<string, string>()
  for (const d of excluded) for (const t of d.targets) if (!owner.has(ref(t))) owner.set(ref(t), d.key)
  const fallback = excluded[0]!.key
  const ownerOf = (type: string, key: unknown) => (typeof key === 'string' ? owner.get(ref({ type, key })) : undefined)
  const objects = entries.filter((e): e is Extract<StashEntry, { kind: 'object' }> => e.kind === 'object')
  const rank = (e: Extract<StashEntry, { kind: 'object' }>) => (e.holder ? 100 : Math.max(0, ['billable_metric', 'pricing_unit', 'rate_card', 'package', 'product', 'rate', 'contract'].indexOf(e.type)))
  const assign = (e: StashEntry, decisionKey: string) => out.set(decisionKey, [...(out.get(decisionKey) ?? []), e])
  for (const e of [...objects].sort((a, b) => rank(a) - rank(b))) {
    const doc = (e.doc ?? {}) as Record<string, unknown>
    const who =
      ownerOf(e.type, e.key) ??
      (e.type === 'product' ? ownerOf('billable_metric', doc.billable_metric) : undefined) ??
      (e.type === 'rate' ? (ownerOf('product', doc.product) ?? ownerOf('rate_card', doc.rate_card) ?? ownerOf('pricing_unit', doc.credit_type)) : undefined) ??
      (e.holder ? ownerOf('product', doc.product) : undefined) ??
      fallback
    if (e.key && !e.holder) owner.set(ref({ type: e.type, key: e.key }), who)
    assign(e, who)
  }
  for (const e of entries.filter((x) => x.kind === 'field')) {
    const names = JSON.stringify(e.value ?? null).match(/"[^"]*"/g)?.map((s) => JSON.parse(s) as string) ?? []
    const who = names.map((n) => ownerOf('product', n) ?? ownerOf('rate_card', n) ?? ownerOf('pricing_unit', n) ?? ownerOf('package', n)).find(Boolean) ?? fallback
    assign(e, who)
  }
  return out
}

/** Puts stashed objects back (those still absent), then clears references to what is still excluded. */
export function restoreStash(catalog: TCatalog, stash: StashEntry[]): TCatalog {
  const c = structuredClone(catalog)
  const objects = stash.filter((e): e is Extract<StashEntry, { kind: 'object' }> => e.kind === 'object')
  // In their original order, each at its original index: exclude then restore leaves the export unchanged.
  const byIndex = (a: { index?: number }, b: { index?: number }) => (a.index ?? Number.MAX_SAFE_INTEGER) - (b.index ?? Number.MAX_SAFE_INTEGER)
  for (const e of objects.filter((x) => !x.holder).sort(byIndex)) {
    if (!e.key || findObject(c, e.type, e.key)) continue
    const name = CATALOG_KINDS[e.type as CatalogKind]
    if (!name) continue
    const list = c[name] as unknown[]
    list.splice(Math.min(e.index ?? list.length, list.length), 0, structuredClone(e.doc))
  }
  for (const e of stash) {
    if (e.kind !== 'field') continue
    const found = findObject(c, e.type, e.key)
    if (found) (found.value as Record<string, unknown>)[e.field] = structuredClone(e.value)
  }
  for (const e of objects.filter((x) => x.holder).sort(byIndex)) {
    const holder = [...c.contracts, ...c.packages].find((h) => h.key === e.holder) as Record<string, unknown> | undefined
    if (!holder) continue
    const arrayName = (Object.keys(TERM_TYPES) as TermArray[]).find((n) => TERM_TYPES[n] === e.type)!
    const list = ((holder[arrayName] as Array<Record<string, unknown>> | undefined) ?? []).slice()
    const i = e.key ? list.findIndex((t) => t.key === e.key) : list.findIndex((t) => same(t, e.doc))
    if (i >= 0) {
      if (e.replace) list[i] = structuredClone(e.doc) as Record<string, unknown>
    } else list.splice(Math.min(e.index ?? list.length, list.length), 0, structuredClone(e.doc) as Record<string, unknown>)
    holder[arrayName] = list
  }
  return pruneDanglingReferences(c).catalog
}

/** A short list of what a stash removed, for messages and the audit log. */
export function stashSummary(stash: StashEntry[]): Array<{ type: string; key: string; holder?: string; trimmed?: boolean }> {
  return stash.map((e) =>
    e.kind === 'field' ? { type: e.type, key: e.key, trimmed: true } : { type: e.type, key: e.key ?? '(unnamed)', ...(e.holder ? { holder: e.holder } : {}), ...(e.replace ? { trimmed: true } : {}) },
  )
}
