/**
 * Immutability after publish: which draft changes Metronome cannot apply in place, and the remedy the
 * publisher performs instead. Pure; time comes in as `now`.
 *
 * Remedies (metronome-domain.md §1.6, §2.5, §3.1, §3.2, §3.6, §3.9; metronome-api.md §4 item 3):
 *  - a metric's definition changed → create a new metric, re-point its products at an hour-aligned
 *    `starting_at` (dated products.update), archive the old metric;
 *  - a product's type changed → create a new product of the new type, add the rates to it, archive the
 *    old product;
 *  - a card's fiat currency or an existing pricing-unit conversion changed, or a product's pricing unit
 *    on a card changed → create a new card carrying the rates, move its aliases; contracts stay on the old;
 *  - a published rate not yet in force changed → add a new dated rate that supersedes it;
 *  - a package changed → create a new package version and move its aliases to it.
 * A published rate already in force cannot be rewritten at all: that is a validation error
 * (RC-rate-rewrites-past), never a remedy.
 */
import { changedFields } from './diff'
import type { CatalogKind, TCatalog, TDraftBillableMetric, TDraftPackage, TDraftRate, TDraftRateCard } from './schemas'
import type { PublishedState } from './validation/context'
import { isFiatCode } from './validation/support/catalog'
import { PublishedStore, publishedStateFromCatalog } from './validation/support/published'
import { ceilHour, iso, parseTime } from './validation/support/time'
import { plural } from './plural'

export type Remedy =
  | {
      kind: 'replace-metric'
      metric: string
      metronomeId?: string
      fields: string[]
      /** Hour-aligned time at which the products switch to the new metric. */
      startingAt: string
      repoint: string[]
      consequence: string
    }
  | {
      kind: 'replace-product'
      product: string
      metronomeId?: string
      fromType: string
      toType: string
      rates: string[]
      consequence: string
    }
  | {
      kind: 'replace-rate-card'
      rateCard: string
      metronomeId?: string
      fields: Array<'fiat_currency' | 'credit_type_conversions' | 'pricing_unit'>
      /** Products whose pricing unit changed on this card (for `pricing_unit`). */
      products: string[]
      rates: string[]
      aliases: string[]
      consequence: string
    }
  | {
      kind: 'new-rate'
      rate: string
      supersedes: { metronomeId?: string; startingAt: string }
      fields: string[]
      startingAt: string
      consequence: string
    }
  | {
      kind: 'new-package-version'
      package: string
      metronomeId?: string
      fields: string[]
      aliases: Array<{ name: string; startingAt: string }>
      consequence: string
    }

// ---------------------------------------------------------------------------------------------------
// Per-object checks (shared with the validation rules)

/** Definition fields of a published metric that the draft changed (empty when the metric is unchanged). */
export function metricDefinitionChanges(published: TDraftBillableMetric, draft: TDraftBillableMetric): string[] {
  return changedFields('billable_metric', published, draft)
    .filter((f) => f.immutable && !f.local)
    .map((f) => f.path.slice(1))
}

/** Fields of a published package the draft changed (packages cannot be edited at all). */
export function packageChanges(published: TDraftPackage, draft: TDraftPackage): string[] {
  return changedFields('package', published, draft)
    .filter((f) => !f.local)
    .map((f) => f.path.slice(1))
}

/** Card fields Metronome cannot change: the fiat currency and existing conversions. */
export function rateCardImmutableChanges(published: TDraftRateCard, draft: TDraftRateCard): Array<'fiat_currency' | 'credit_type_conversions'> {
  return changedFields('rate_card', published, draft)
    .filter((f) => f.immutable)
    .map((f) => f.path.slice(1) as 'fiat_currency' | 'credit_type_conversions')
}

/**
 * Fields of a published rate the draft changed that Metronome would have to rewrite. `credit_type` is
 * left to the pricing-unit remedy (a new card), and moving `ending_before` to a time not before `now`
 * is not a rewrite: the successor rate expresses it.
 */
export function rateRewrites(published: TDraftRate, draft: TDraftRate, now: number | undefined): string[] {
  return changedFields('rate', published, draft)
    .filter((f) => !f.local && f.path !== '/credit_type')
    .filter((f) => {
      if (f.path !== '/ending_before') return true
      const before = parseTime(f.before)
      const after = parseTime(f.after)
      if (now === undefined) return true
      return !((before === undefined || before >= now) && after !== undefined && after >= now)
    })
    .map((f) => f.path.slice(1))
}

/** Whether a published rate is in force (or in the past) at `now`; without `now`, assume it is. */
export function rateInForce(published: TDraftRate, now: number | undefined): boolean {
  const start = parseTime(published.starting_at)
  return now === undefined || start === undefined || start <= now
}

/** Default time for scheduled changes: `effectiveAt` when valid, else the next full hour after `now`. */
export function effectiveTime(now: Date, effectiveAt?: string): string {
  const ms = parseTime(effectiveAt)
  return iso(ms ?? ceilHour(now.getTime()))
}

// ---------------------------------------------------------------------------------------------------
// Consequence texts (the warnings quote them)

export function metricConsequence(metric: string, fields: string[], startingAt: string, products: string[], metronomeId?: string): string {
  const repoint = products.length ? `re-point ${products.map((p) => '`' + p + '`').join(', ')} to it from ${startingAt} (hour-aligned)` : `no product uses it yet`
  return (
    `Billable metrics cannot be edited (${fields.map((f) => '`' + f + '`').join(', ')} changed): publishing will create a new metric for \`${metric}\`, ${repoint}, then archive the old metric${metronomeId ? ` (${metronomeId})` : ''}. ` +
    `Usage before ${startingAt} stays on the old definition, and the new metric counts only events that arrive after it is created (older events need a Metronome reflow).`
  )
}

export function productConsequence(product: string, fromType: string, toType: string, rates: string[]): string {
  return (
    `A product's type cannot change (${fromType} → ${toType}): publishing will create a new ${toType} product for \`${product}\`${rates.length ? `, add its ${plural(rates.length, 'rate')} to it` : ''} and archive the old product. ` +
    'Archiving is irreversible; contracts, overrides and commits that name the old product keep pointing at it until they are moved.'
  )
}

export function rateCardConsequence(card: string, fields: string[], rates: number | undefined, aliases: string[]): string {
  return (
    `A rate card's ${fields.map((f) => '`' + f + '`').join(' and ')} cannot change after creation: publishing will create a new card for \`${card}\` carrying its ${rates === undefined ? 'rates' : plural(rates, 'rate')}` +
    (aliases.length ? ` and move the alias(es) ${aliases.map((a) => '`' + a + '`').join(', ')} to it` : '') +
    '. Existing contracts stay on the old card (Metronome never moves them); only new contracts pick up the new one.'
  )
}

export function rateConsequence(rate: string, fields: string[], startingAt: string): string {
  return (
    `Published rates cannot be edited (${fields.map((f) => '`' + f + '`').join(', ')} changed on \`${rate}\`): publishing will add a new rate from ${startingAt} with these values. ` +
    'The published rate stays in the card\'s schedule (rates cannot be deleted), so the two overlap from that time; Metronome does not document which one wins an overlap, so check the schedule in a sandbox.'
  )
}

export function packageConsequence(pkg: string, fields: string[], aliases: string[], startingAt: string): string {
  return (
    `Packages cannot be edited (${fields.map((f) => '`' + f + '`').join(', ')} changed): publishing will create a new version of \`${pkg}\`` +
    (aliases.length ? ` and move the alias(es) ${aliases.map((a) => '`' + a + '`').join(', ')} to it from ${startingAt}` : '') +
    '. Contracts already provisioned from the old version keep its terms.'
  )
}

// ---------------------------------------------------------------------------------------------------
// The plan

/**
 * Remedies for every change the draft makes to published objects that Metronome cannot apply in place,
 * in catalogue order (metrics, products, cards, rates, packages; draft order within each).
 */
export function planRemedies(published: PublishedState | TCatalog, draft: TCatalog, now: Date, opts: { effectiveAt?: string } = {}): Remedy[] {
  const store = new PublishedStore(isCatalog(published) ? publishedStateFromCatalog(published) : published)
  const nowMs = now.getTime()
  const startingAt = effectiveTime(now, opts.effectiveAt)
  const live = <K extends CatalogKind>(kind: K, key: string) => {
    const p = store.get(kind, key)
    return p && !p.archived && p.doc ? p : undefined
  }
  const out: Remedy[] = []

  const seen = new Set<string>()
  const firstOnly = <T extends { key: string }>(kind: string, list: T[]) =>
    list.filter((o) => (seen.has(kind + '\u0000' + o.key) ? false : (seen.add(kind + '\u0000' + o.key), true)))

  for (const m of firstOnly('m', draft.billableMetrics)) {
    const p = live('billable_metric', m.key)
    if (!p) continue
    const fields = metricDefinitionChanges(p.doc!, m)
    if (!fields.length) continue
    const repoint = draft.products.filter((x) => x.billable_metric === m.key).map((x) => x.key)
    out.push({ kind: 'replace-metric', metric: m.key, metronomeId: p.metronomeId, fields, startingAt, repoint, consequence: metricConsequence(m.key, fields, startingAt, repoint, p.metronomeId) })
  }

  for (const prod of firstOnly('p', draft.products)) {
    const p = live('product', prod.key)
    if (!p || p.doc!.type.toUpperCase() === prod.type.toUpperCase()) continue
    const rates = draft.rates.filter((r) => r.product === prod.key).map((r) => r.key)
    out.push({ kind: 'replace-product', product: prod.key, metronomeId: p.metronomeId, fromType: p.doc!.type, toType: prod.type, rates, consequence: productConsequence(prod.key, p.doc!.type, prod.type, rates) })
  }

  const unitChanges = pricingUnitChanges(store, draft)
  for (const card of firstOnly('c', draft.rateCards)) {
    const p = live('rate_card', card.key)
    if (!p) continue
    const fields: Array<'fiat_currency' | 'credit_type_conversions' | 'pricing_unit'> = rateCardImmutableChanges(p.doc!, card)
    // A card replaced anyway (new fiat or conversions) starts without history: any unit is fine on it.
    const products = fields.length ? [] : (unitChanges.get(card.key) ?? [])
    if (products.length) fields.push('pricing_unit')
    if (!fields.length) continue
    const rates = draft.rates.filter((r) => r.rate_card === card.key).map((r) => r.key)
    const aliases = (card.aliases ?? []).map((a) => a.name)
    out.push({ kind: 'replace-rate-card', rateCard: card.key, metronomeId: p.metronomeId, fields, products, rates, aliases, consequence: rateCardConsequence(card.key, fields, rates.length, aliases) })
  }

  for (const rate of firstOnly('r', draft.rates)) {
    const p = live('rate', rate.key)
    if (!p || rateInForce(p.doc!, nowMs)) continue
    const fields = rateRewrites(p.doc!, rate, nowMs)
    if (!fields.length) continue
    const start = parseTime(rate.starting_at)
    const at = start !== undefined && start >= nowMs ? rate.starting_at : startingAt
    out.push({
      kind: 'new-rate',
      rate: rate.key,
      supersedes: { metronomeId: p.metronomeId, startingAt: p.doc!.starting_at },
      fields,
      startingAt: at,
      consequence: rateConsequence(rate.key, fields, at),
    })
  }

  for (const pkg of firstOnly('k', draft.packages)) {
    const p = live('package', pkg.key)
    if (!p) continue
    const fields = packageChanges(p.doc!, pkg)
    if (!fields.length) continue
    const aliases = (pkg.aliases ?? []).map((a) => ({ name: a.name, startingAt }))
    out.push({
      kind: 'new-package-version',
      package: pkg.key,
      metronomeId: p.metronomeId,
      fields,
      aliases,
      consequence: packageConsequence(pkg.key, fields, aliases.map((a) => a.name), startingAt),
    })
  }
  return out
}

/** Per card key: products whose pricing unit on that card differs between the published and draft rates. */
export function pricingUnitChanges(store: PublishedStore, draft: TCatalog): Map<string, string[]> {
  const cards = new Map(draft.rateCards.map((c) => [c.key, c] as const))
  const out = new Map<string, string[]>()
  for (const r of draft.rates) {
    if (r.rate_type.toUpperCase().includes('PERCENTAGE')) continue
    const before = store.publishedUnit(r.rate_card, r.product)
    const after = normalizeUnit(r.credit_type ?? cards.get(r.rate_card)?.fiat_currency)
    if (before === undefined || after === undefined || before === after) continue
    const list = out.get(r.rate_card) ?? []
    if (!list.includes(r.product)) list.push(r.product)
    out.set(r.rate_card, list)
  }
  return out
}

function normalizeUnit(u: string | undefined): string | undefined {
  return u === undefined ? undefined : isFiatCode(u) ? u.toUpperCase() : u
}

function isCatalog(x: PublishedState | TCatalog): x is TCatalog {
  return typeof x === 'object' && x !== null && (x as { format?: unknown }).format === 'ratecraft.catalog'
}
