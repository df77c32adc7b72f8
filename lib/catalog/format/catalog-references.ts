/**
 * Cross-object checks the schema cannot express: keys unique within a kind (and contract terms unique
 * across the catalogue), and references that name an existing object (product → metric, rate → card
 * and product, contract → card/package, terms → products, rates and conversions → pricing units).
 * Pure; runs on a structurally valid catalogue.
 */
import { pointer } from '../json-pointer'
import type { TCatalog, TCommit, TCredit, TOverride } from '../schemas'
import type { CatalogProblem } from './schema-problems'

const FIAT = /^[A-Z]{3}$/

export function referenceProblems(c: TCatalog): CatalogProblem[] {
  const problems: CatalogProblem[] = []
  const keysOf = (name: keyof TCatalog, list: Array<{ key: string }>) => {
    const first = new Map<string, number>()
    list.forEach((o, i) => {
      const seen = first.get(o.key)
      if (seen === undefined) first.set(o.key, i)
      else problems.push({ path: pointer(name, i, 'key'), message: `duplicate key "${o.key}" (also at ${pointer(name, seen, 'key')}): keys must be unique within ${name}; rename one` })
    })
    return new Set(first.keys())
  }
  const metrics = keysOf('billableMetrics', c.billableMetrics)
  const products = keysOf('products', c.products)
  const units = keysOf('pricingUnits', c.pricingUnits)
  const cards = keysOf('rateCards', c.rateCards)
  keysOf('rates', c.rates)
  const packages = keysOf('packages', c.packages)
  keysOf('contracts', c.contracts)

  const missing = (path: string, what: string, key: string, where: string) =>
    problems.push({ path, message: `no ${what} with key "${key}": add it to ${where} or fix the reference` })
  const product = (path: string, key: string | undefined) => key !== undefined && !products.has(key) && missing(path, 'product', key, 'products')
  const creditType = (path: string, key: string | undefined) =>
    key !== undefined && !FIAT.test(key) && !units.has(key) && problems.push({ path, message: `credit type "${key}" is neither an upper-case ISO currency (e.g. USD) nor a pricing unit key: fix it or add the pricing unit` })

  c.products.forEach((p, i) => {
    if (p.billable_metric !== undefined && !metrics.has(p.billable_metric)) missing(pointer('products', i, 'billable_metric'), 'billable metric', p.billable_metric, 'billableMetrics')
    p.composite_products?.forEach((k, j) => product(pointer('products', i, 'composite_products', j), k))
  })
  c.rateCards.forEach((card, i) =>
    card.credit_type_conversions?.forEach((x, j) => !units.has(x.pricing_unit) && missing(pointer('rateCards', i, 'credit_type_conversions', j, 'pricing_unit'), 'pricing unit', x.pricing_unit, 'pricingUnits')),
  )
  c.rates.forEach((r, i) => {
    if (!cards.has(r.rate_card)) missing(pointer('rates', i, 'rate_card'), 'rate card', r.rate_card, 'rateCards')
    product(pointer('rates', i, 'product'), r.product)
    creditType(pointer('rates', i, 'credit_type'), r.credit_type)
  })

  const termKeys = new Map<string, string>()
  const terms = (holder: 'packages' | 'contracts', i: number, h: { commits?: TCommit[]; credits?: TCredit[]; overrides?: TOverride[]; subscriptions?: Array<{ key?: string; product: string }> }) => {
    for (const [name, list] of [['commits', h.commits], ['credits', h.credits], ['overrides', h.overrides], ['subscriptions', h.subscriptions]] as const) {
      ;(list as Array<{ key?: string; product?: string; applicable_products?: string[]; override_specifiers?: Array<{ product?: string }>; specifiers?: Array<{ product?: string }>; access_schedule?: { credit_type?: string } }> | undefined)?.forEach((t, j) => {
        const at = (...rest: Array<string | number>) => pointer(holder, i, name, j, ...rest)
        if (t.key) {
          const seen = termKeys.get(`${name}:${t.key}`)
          if (seen) problems.push({ path: at('key'), message: `duplicate key "${t.key}" (also at ${seen}): ${name} keys must be unique in the catalogue; rename one` })
          else termKeys.set(`${name}:${t.key}`, at('key'))
        }
        product(at('product'), t.product)
        t.applicable_products?.forEach((k, n) => product(at('applicable_products', n), k))
        t.override_specifiers?.forEach((s, n) => product(at('override_specifiers', n, 'product'), s.product))
        t.specifiers?.forEach((s, n) => product(at('specifiers', n, 'product'), s.product))
        creditType(at('access_schedule', 'credit_type'), t.access_schedule?.credit_type)
      })
    }
  }
  c.packages.forEach((p, i) => {
    if (p.rate_card !== undefined && !cards.has(p.rate_card)) missing(pointer('packages', i, 'rate_card'), 'rate card', p.rate_card, 'rateCards')
    terms('packages', i, p)
  })
  c.contracts.forEach((k, i) => {
    if (k.rate_card !== undefined && !cards.has(k.rate_card)) missing(pointer('contracts', i, 'rate_card'), 'rate card', k.rate_card, 'rateCards')
    if (k.package !== undefined && !packages.has(k.package)) missing(pointer('contracts', i, 'package'), 'package', k.package, 'packages')
    terms('contracts', i, k)
  })
  return problems
}
