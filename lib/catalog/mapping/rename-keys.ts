/**
 * Renames catalogue keys and every reference to them. Pure; returns a new catalogue.
 * Used by re-drafting to give freshly drafted objects the keys the previous draft used, so a key the
 * user has seen (in the CLI, in a diff, in a review comment) keeps naming the same object.
 */
import type { z } from 'zod'
import type { TCatalog, TCommit, TCredit, TOverride, ZSpecifier } from '../schemas'
import type { TargetType } from './types'

export type Renames = Partial<Record<TargetType, Map<string, string>>>

type Specifier = z.infer<typeof ZSpecifier>

export function renameKeys(catalog: TCatalog, renames: Renames): TCatalog {
  const r = (type: TargetType) => (key: string | undefined): string | undefined => (key === undefined ? key : (renames[type]?.get(key) ?? key))
  const metric = r('billable_metric')
  const product = r('product')
  const card = r('rate_card')
  const unit = r('pricing_unit')
  const pkg = r('package')
  const list = (f: (k: string) => string | undefined) => (keys: string[] | undefined) => keys?.map((k) => f(k) ?? k)
  const products = list(product as (k: string) => string)
  const creditType = (ct: string | undefined) => unit(ct)

  const spec = (s: Specifier): Specifier => ({ ...s, ...(s.product ? { product: product(s.product) } : {}) })
  const term = <T extends TCommit | TCredit>(c: T, type: 'commit' | 'credit'): T => ({
    ...c,
    ...(c.key ? { key: r(type)(c.key) } : {}),
    product: product(c.product)!,
    ...(c.applicable_products ? { applicable_products: products(c.applicable_products) } : {}),
    ...(c.specifiers ? { specifiers: c.specifiers.map(spec) } : {}),
    ...(c.access_schedule ? { access_schedule: { ...c.access_schedule, ...(c.access_schedule.credit_type ? { credit_type: creditType(c.access_schedule.credit_type) } : {}) } } : {}),
  })
  const override = (o: TOverride): TOverride => ({
    ...o,
    ...(o.key ? { key: r('override')(o.key) } : {}),
    ...(o.product ? { product: product(o.product) } : {}),
    ...(o.override_specifiers ? { override_specifiers: o.override_specifiers.map(spec) } : {}),
    ...(o.overwrite_rate?.credit_type ? { overwrite_rate: { ...o.overwrite_rate, credit_type: creditType(o.overwrite_rate.credit_type) } } : {}),
  })
  const holder = <T extends { commits?: TCommit[]; credits?: TCredit[]; overrides?: TOverride[]; subscriptions?: Array<{ key?: string; product: string }> }>(h: T): T => ({
    ...h,
    ...(h.commits ? { commits: h.commits.map((c) => term(c, 'commit')) } : {}),
    ...(h.credits ? { credits: h.credits.map((c) => term(c, 'credit')) } : {}),
    ...(h.overrides ? { overrides: h.overrides.map(override) } : {}),
    ...(h.subscriptions ? { subscriptions: h.subscriptions.map((s) => ({ ...s, ...(s.key ? { key: r('subscription')(s.key) } : {}), product: product(s.product)! })) } : {}),
  })
  const threshold = (cfg: Record<string, unknown> | undefined) => {
    const commit = cfg?.commit as { product?: unknown } | undefined
    if (!cfg || !commit || typeof commit.product !== 'string') return cfg
    return { ...cfg, commit: { ...commit, product: product(commit.product) } }
  }

  return {
    ...catalog,
    billableMetrics: catalog.billableMetrics.map((m) => ({ ...m, key: metric(m.key)! })),
    products: catalog.products.map((p) => ({
      ...p,
      key: product(p.key)!,
      ...(p.billable_metric ? { billable_metric: metric(p.billable_metric) } : {}),
      ...(p.composite_products ? { composite_products: products(p.composite_products) } : {}),
    })),
    pricingUnits: catalog.pricingUnits.map((u) => ({ ...u, key: unit(u.key)! })),
    rateCards: catalog.rateCards.map((c) => ({
      ...c,
      key: card(c.key)!,
      ...(c.credit_type_conversions ? { credit_type_conversions: c.credit_type_conversions.map((x) => ({ ...x, pricing_unit: unit(x.pricing_unit)! })) } : {}),
    })),
    rates: catalog.rates.map((x) => ({
      ...x,
      key: r('rate')(x.key)!,
      rate_card: card(x.rate_card)!,
      product: product(x.product)!,
      ...(x.credit_type ? { credit_type: creditType(x.credit_type) } : {}),
    })),
    packages: catalog.packages.map((p) => holder({ ...p, key: pkg(p.key)!, ...(p.rate_card ? { rate_card: card(p.rate_card) } : {}) })),
    contracts: catalog.contracts.map((c) => {
      const renamed = holder({ ...c, key: r('contract')(c.key)!, ...(c.rate_card ? { rate_card: card(c.rate_card) } : {}), ...(c.package ? { package: pkg(c.package) } : {}) })
      const cfg = threshold(c.spend_threshold_configuration)
      return cfg ? { ...renamed, spend_threshold_configuration: cfg } : renamed
    }),
  }
}
