/**
 * After objects leave a draft (a decision excluded, a re-draft dropping what the user excluded),
 * whatever still names them must go too, or the catalogue would carry dangling references that
 * `apply` refuses. Pure; returns a new catalogue.
 *
 * Removed: products on a missing metric; rates on a missing card or product, or priced in a missing
 * pricing unit; contract and package terms (commits, credits, overrides, subscription terms) on a
 * missing product, and overrides left with nothing to apply to. Trimmed: list entries naming a missing
 * product or pricing unit (composite products, applicable products, specifiers, conversions). Cleared:
 * a contract's or package's missing rate card or package. Repeats until nothing changes (a removed
 * product takes its rates and terms with it).
 */
import type { TCatalog } from '../schemas'

const FIAT = /^[A-Z]{3}$/
const TERM_ARRAYS = ['commits', 'credits', 'overrides', 'subscriptions'] as const

type Term = {
  product?: string
  applicable_products?: string[]
  applicable_product_tags?: string[]
  specifiers?: Array<{ product?: string }>
  override_specifiers?: Array<{ product?: string }>
}

export function pruneDanglingReferences(input: TCatalog): { catalog: TCatalog; changed: number } {
  const c = structuredClone(input)
  let changed = 0
  for (let pass = 0; pass < 10; pass++) {
    const before = changed
    const metrics = new Set(c.billableMetrics.map((m) => m.key))
    const units = new Set(c.pricingUnits.map((u) => u.key))
    const cards = new Set(c.rateCards.map((r) => r.key))
    const packages = new Set(c.packages.map((p) => p.key))
    let products = new Set(c.products.map((p) => p.key))

    const keptProducts = c.products.filter((p) => p.billable_metric === undefined || metrics.has(p.billable_metric))
    changed += c.products.length - keptProducts.length
    c.products = keptProducts
    products = new Set(c.products.map((p) => p.key))
    for (const p of c.products) {
      if (p.composite_products?.some((k) => !products.has(k))) {
        p.composite_products = p.composite_products.filter((k) => products.has(k))
        changed++
      }
    }
    for (const card of c.rateCards) {
      if (card.credit_type_conversions?.some((x) => !units.has(x.pricing_unit))) {
        card.credit_type_conversions = card.credit_type_conversions.filter((x) => units.has(x.pricing_unit))
        changed++
      }
    }
    const creditTypeOk = (t: string | undefined) => t === undefined || FIAT.test(t) || units.has(t)
    const keptRates = c.rates.filter((r) => cards.has(r.rate_card) && products.has(r.product) && creditTypeOk(r.credit_type))
    changed += c.rates.length - keptRates.length
    c.rates = keptRates

    const holders = [...c.contracts, ...c.packages] as Array<Record<string, unknown>>
    for (const h of holders) {
      for (const name of TERM_ARRAYS) {
        const list = h[name] as Term[] | undefined
        if (!list) continue
        const kept: Term[] = []
        for (const t of list) {
          if (t.product !== undefined && !products.has(t.product)) {
            changed++
            continue
          }
          if (t.applicable_products?.some((k) => !products.has(k))) {
            t.applicable_products = t.applicable_products.filter((k) => products.has(k))
            changed++
          }
          if (t.specifiers?.some((s) => s.product !== undefined && !products.has(s.product))) {
            t.specifiers = t.specifiers.filter((s) => s.product === undefined || products.has(s.product))
            changed++
          }
          if (t.override_specifiers?.some((s) => s.product !== undefined && !products.has(s.product))) {
            t.override_specifiers = t.override_specifiers.filter((s) => s.product === undefined || products.has(s.product))
            changed++
            // An override whose every specifier named a removed product no longer applies to anything.
            if (name === 'overrides' && t.override_specifiers.length === 0 && t.product === undefined && !t.applicable_product_tags?.length) continue
          }
          kept.push(t)
        }
        if (kept.length === 0) {
          if (list.length > 0) delete h[name]
        } else h[name] = kept
      }
    }
    for (const k of c.contracts) {
      if (k.rate_card !== undefined && !cards.has(k.rate_card)) {
        delete k.rate_card
        changed++
      }
      if (k.package !== undefined && !packages.has(k.package)) {
        delete k.package
        changed++
      }
    }
    for (const p of c.packages) {
      if (p.rate_card !== undefined && !cards.has(p.rate_card)) {
        delete p.rate_card
        changed++
      }
    }
    if (changed === before) break
  }
  return { catalog: c, changed }
}
