/**
 * Which objects an edit can affect: the rule results of these (and only these) objects may change when
 * one object of `kind` changes from one state to another. Pure.
 *
 * The relation walk mirrors what object rules may read (rule.ts): a rate rule reads its product, card,
 * pricing unit and product's metric; a product rule reads its metric, its rates and their cards, and the
 * products it composes; a metric rule reads its products and their rates; a card rule reads its rates,
 * their products and metrics, and the contracts and packages on it. Rules on packages and contracts are
 * re-run on every edit of a kind they read, so they are not listed here. Both the state before and the
 * state after the edit are walked, so moving a rate from one product to another re-checks both.
 */
import type { CatalogKind, TDraftProduct, TDraftRate, TDraftRateCard } from '../schemas'
import type { CatalogIndex } from './catalog-index'
import type { Entry } from './entry'

/** An object's key and what `affectedBy` may read of it (its doc, or a malformed object's raw value). */
export type EditState = { key: string; doc: unknown }

/**
 * What `affectedBy` reads of an object: its typed doc, or for a malformed object its raw value when that is
 * an object (its reference fields may still name what it relates to; `affectedBy` checks every type).
 */
export function linkView(e: Entry): unknown {
  if (e.doc !== undefined) return e.doc
  return typeof e.raw === 'object' && e.raw !== null && !Array.isArray(e.raw) ? e.raw : undefined
}

/** Objects whose rule results an edit of (kind, before/after states) can change, per kind. */
export function affectedBy(ix: CatalogIndex, kind: CatalogKind, states: Array<EditState | undefined>): Map<CatalogKind, Set<Entry>> {
  const out = new Map<CatalogKind, Set<Entry>>()
  const add = (k: CatalogKind, es: Iterable<Entry>) => {
    let s = out.get(k)
    if (!s) out.set(k, (s = new Set()))
    for (const e of es) s.add(e)
  }
  const addKey = (k: CatalogKind, key: unknown) => {
    if (typeof key === 'string') add(k, ix.allWithKey(k, key))
  }
  const ratesOfProduct = (p: string) => {
    const rates = ix.related('ratesByProduct', p)
    add('rate', rates)
    for (const r of rates) addKey('rate_card', (r.doc as TDraftRate).rate_card)
  }
  for (const state of states) {
    if (!state) continue
    const { key } = state
    addKey(kind, key)
    const doc = state.doc as Record<string, unknown> | undefined
    switch (kind) {
      case 'billable_metric':
        for (const p of ix.related('productsByMetric', key)) {
          addKey('product', p.key)
          ratesOfProduct(p.key)
        }
        break
      case 'product': {
        const p = doc as TDraftProduct | undefined
        addKey('billable_metric', p?.billable_metric)
        add('product', ix.related('compositesByProduct', key))
        if (Array.isArray(p?.tags)) for (const tag of p.tags) add('product', ix.related('compositesByTag', tag))
        ratesOfProduct(key)
        break
      }
      case 'rate': {
        const r = doc as TDraftRate | undefined
        if (!r) break
        addKey('product', r.product)
        addKey('rate_card', r.rate_card)
        addKey('pricing_unit', r.credit_type)
        const product = ix.doc('product', r.product)
        addKey('billable_metric', product?.billable_metric)
        break
      }
      case 'rate_card': {
        const rates = ix.related('ratesByCard', key)
        add('rate', rates)
        for (const r of rates) addKey('product', (r.doc as TDraftRate).product)
        const conv = (doc as TDraftRateCard | undefined)?.credit_type_conversions
        if (Array.isArray(conv)) for (const c of conv) addKey('pricing_unit', (c as { pricing_unit?: unknown } | null)?.pricing_unit)
        break
      }
      case 'pricing_unit': {
        const rates = ix.related('ratesByCreditType', key)
        add('rate', rates)
        for (const r of rates) {
          addKey('product', (r.doc as TDraftRate).product)
          addKey('rate_card', (r.doc as TDraftRate).rate_card)
        }
        add('rate_card', ix.related('cardsByUnit', key))
        break
      }
      case 'package':
        add('contract', ix.related('contractsByPackage', key))
        addKey('rate_card', doc?.rate_card)
        break
      case 'contract':
        addKey('rate_card', doc?.rate_card)
        // A contract without a card prices on its package's card.
        addKey('rate_card', ix.doc('package', typeof doc?.package === 'string' ? doc.package : undefined)?.rate_card)
        break
    }
  }
  return out
}
