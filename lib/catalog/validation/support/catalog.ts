/**
 * Derived facts about catalogue objects that several rules share. Pure; total over structurally valid
 * objects (enum spellings are compared case-insensitively: spelling itself is MTR-2/MTR-29's business).
 */
import { isMetronomeFiat, METRONOME_FIAT_CURRENCIES } from '../../money'
import type {
  TCommit,
  TCredit,
  TDraftBillableMetric,
  TDraftContract,
  TDraftPackage,
  TDraftProduct,
  TDraftRate,
  TDraftRateCard,
  TOverride,
} from '../../schemas'
import type { CatalogIndex } from '../catalog-index'
import type { ValidEntry } from '../entry'
import type { Segment } from '../structural'
import { up } from './text'

export function isSql(m: TDraftBillableMetric): boolean {
  return typeof m.sql === 'string' && m.sql.trim() !== ''
}

export function aggregationOf(m: TDraftBillableMetric): string | undefined {
  return up(m.aggregation_type)
}

/** Property names a streaming metric can group by (SQL: the recorded output columns except `value`). */
export function groupKeyProps(m: TDraftBillableMetric): Set<string> {
  if (isSql(m)) return new Set((m.sql_output_columns ?? []).filter((c) => c !== 'value'))
  return new Set((m.group_keys ?? []).flat())
}

export function productType(p: TDraftProduct): string {
  return up(p.type)!
}

/** pricing ∪ presentation keys, in order of first appearance. */
export function productKeys(p: TDraftProduct): string[] {
  return [...new Set([...(p.pricing_group_key ?? []), ...(p.presentation_group_key ?? [])])]
}

/** Set equality of two short lists (group keys), without allocating. */
export function sameSet(a: readonly string[], b: readonly string[]): boolean {
  for (let i = 0; i < a.length; i++) if (!b.includes(a[i]!)) return false
  for (let i = 0; i < b.length; i++) if (!a.includes(b[i]!)) return false
  return true
}

const FIAT = new Set(METRONOME_FIAT_CURRENCIES)

export function isFiatCode(s: string | undefined): boolean {
  if (typeof s !== 'string' || s.length !== 3) return false
  return FIAT.has(s as never) || (/^[A-Za-z]{3}$/.test(s) && isMetronomeFiat(s))
}

/** The pricing unit a rate is priced in: its credit_type, else its card's fiat currency. */
export function rateUnit(rate: TDraftRate, card: TDraftRateCard | undefined): string | undefined {
  const u = rate.credit_type ?? card?.fiat_currency
  return u === undefined ? undefined : isFiatCode(u) ? up(u) : u
}

/** Whether two pricing_group_values maps name the same combination (no allocation). */
export function sameValues(a: Record<string, string> | undefined, b: Record<string, string> | undefined): boolean {
  if (a === b) return true
  let na = 0
  let nb = 0
  if (a) for (const k in a) {
    na++
    if (!b || b[k] !== a[k]) return false
  }
  if (b) for (const _ in b) nb++
  return na === nb
}

/** Canonical text of pricing_group_values (sorted keys): rates with equal text price the same combination. */
export function comboKey(values: Record<string, string> | undefined): string {
  if (!values) return ''
  const keys = Object.keys(values)
  if (keys.length > 1) keys.sort()
  let out = ''
  for (let i = 0; i < keys.length; i++) out += (i ? '\u0000' : '') + keys[i] + '=' + values[keys[i]!]
  return out
}

export function ratesOf(ix: CatalogIndex, product: string): readonly ValidEntry<'rate'>[] {
  return ix.related<'rate'>('ratesByProduct', product)
}

// ---------------------------------------------------------------------------------------------------
// Contract terms: packages and contract previews share commits, credits, overrides and subscriptions.

export type TermHolder = ValidEntry<'package'> | ValidEntry<'contract'>

export type CommitTerm = { field: 'commits' | 'credits'; i: number; term: TCommit | TCredit; rel: Segment[] }

export function commitTerms(holder: TDraftPackage | TDraftContract): CommitTerm[] {
  const out: CommitTerm[] = []
  holder.commits?.forEach((term, i) => out.push({ field: 'commits', i, term, rel: ['commits', i] }))
  holder.credits?.forEach((term, i) => out.push({ field: 'credits', i, term, rel: ['credits', i] }))
  return out
}

export function overrideTerms(holder: TDraftPackage | TDraftContract): Array<{ i: number; term: TOverride; rel: Segment[] }> {
  return (holder.overrides ?? []).map((term, i) => ({ i, term, rel: ['overrides', i] }))
}

/** The rate card a contract preview or package prices on (a contract may inherit its package's card). */
export function cardOf(ix: CatalogIndex, holder: TermHolder): ValidEntry<'rate_card'> | undefined {
  if (holder.doc.rate_card) return ix.get('rate_card', holder.doc.rate_card)
  if (holder.kind === 'contract' && holder.doc.package) {
    const pkg = ix.doc('package', holder.doc.package)
    return pkg?.rate_card ? ix.get('rate_card', pkg.rate_card) : undefined
  }
  return undefined
}

/** Products an override targets by key (its `product` and its specifiers' `product`). */
export function overrideProducts(o: TOverride): string[] {
  const out: string[] = []
  if (o.product) out.push(o.product)
  for (const s of o.override_specifiers ?? []) if (s.product) out.push(s.product)
  return [...new Set(out)]
}

export function describeKind(kind: string): string {
  return kind.replace('_', ' ')
}
