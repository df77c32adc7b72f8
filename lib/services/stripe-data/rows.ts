/**
 * Imported objects → the browser's rows: what each grid shows, read defensively from the raw JSON
 * (new shapes show as blanks, never as errors), plus the counts and names that need other objects —
 * looked up once per page, not per row.
 */
import type { TBalance, TRef, TStripeRow, TTier } from '@/lib/contracts/stripe-data'
import type { DbTx } from '@/lib/db/client'
import {
  balanceSummaries,
  meterSubscriptionCounts,
  namesByIds,
  perCustomerCounts,
  priceCounts,
  usedByCounts,
  type CatalogRow,
} from '@/lib/db/stripe-catalog'
import type { Scope } from '@/lib/db/stripe-objects'
import { idOf, subscriptionItems, type RawObject } from '@/lib/stripe/object-types'
import { plural } from '@/lib/catalog/plural'

type Raw = RawObject
const str = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null)
const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null)
const obj = (v: unknown): Raw | null => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Raw) : null)
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : [])
/** Integer or decimal amount as a string (minor units), never a float. */
const amount = (v: unknown): string | null => (typeof v === 'string' && /^-?\d+(\.\d+)?$/.test(v) ? v : typeof v === 'number' && Number.isSafeInteger(v) ? String(v) : null)
const iso = (unix: unknown): string | null => (typeof unix === 'number' && Number.isFinite(unix) ? new Date(unix * 1000).toISOString() : null)

export function tiersOf(raw: unknown): TTier[] | null {
  if (!Array.isArray(raw)) return null
  return raw.map((t) => {
    const o = obj(t) ?? {}
    return { upTo: num(o.up_to), unitAmountDecimal: amount(o.unit_amount_decimal) ?? amount(o.unit_amount), flatAmountDecimal: amount(o.flat_amount_decimal) ?? amount(o.flat_amount) }
  })
}

type Lookups = {
  names: Record<string, Map<string, { name: string | null; removed: boolean }>>
  counts: Record<string, Map<string, number>>
  priceCounts: Map<string, { total: number; active: number }>
  balances: Map<string, TBalance[]>
  grantBalances: Map<string, TBalance>
}

const ref = (l: Lookups, type: string, id: string | null): TRef | null => {
  if (!id) return null
  const n = l.names[type]?.get(id)
  return { id, name: n?.name ?? null, ...(n?.removed ? { removed: true } : {}) }
}

function balancesOf(raw: Raw): TBalance[] {
  return arr(raw.balances).flatMap((b) => {
    const avail = obj(obj(obj(b)?.available_balance)?.monetary)
    const ledger = obj(obj(obj(b)?.ledger_balance)?.monetary)
    const currency = str(avail?.currency)
    const value = amount(avail?.value)
    return currency && value !== null ? [{ currency, available: value, ledger: amount(ledger?.value) }] : []
  })
}

/** Sums balances per currency without floats (integers in minor units; BigInt). */
function sumBalances(list: TBalance[]): TBalance[] {
  const by = new Map<string, { a: bigint; l: bigint }>()
  for (const b of list) {
    if (!/^-?\d+$/.test(b.available)) continue
    const p = by.get(b.currency) ?? { a: 0n, l: 0n }
    p.a += BigInt(b.available)
    p.l += b.ledger && /^-?\d+$/.test(b.ledger) ? BigInt(b.ledger) : 0n
    by.set(b.currency, p)
  }
  return [...by.entries()].map(([currency, v]) => ({ currency, available: String(v.a), ledger: String(v.l) }))
}

async function lookups(db: DbTx, scope: Scope, type: string, rows: CatalogRow[]): Promise<Lookups> {
  const ids = rows.map((r) => r.stripeId)
  const l: Lookups = { names: {}, counts: {}, priceCounts: new Map(), balances: new Map(), grantBalances: new Map() }
  const customerIds = rows.map((r) => r.customerId)
  switch (type) {
    case 'price':
      ;[l.names.product, l.names.meter, l.counts.subscriptions] = await Promise.all([
        namesByIds(db, scope, 'product', rows.map((r) => r.productId)),
        namesByIds(db, scope, 'meter', rows.map((r) => r.meterId)),
        usedByCounts(db, scope, { fromType: 'subscription', toType: 'price', toIds: ids, activeOnly: true }),
      ])
      break
    case 'meter':
      ;[l.priceCounts, l.counts.subscriptions] = await Promise.all([priceCounts(db, scope, 'meterId', ids), meterSubscriptionCounts(db, scope, ids)])
      break
    case 'product':
      l.priceCounts = await priceCounts(db, scope, 'productId', ids)
      break
    case 'customer': {
      const [subs, activeSubs, grants, summaries] = await Promise.all([
        perCustomerCounts(db, scope, 'subscription', ids),
        perCustomerCounts(db, scope, 'subscription', ids, true),
        perCustomerCounts(db, scope, 'credit_grant', ids),
        balanceSummaries(db, scope, { customerIds: ids }),
      ])
      Object.assign(l.counts, { subscriptions: subs, activeSubscriptions: activeSubs, creditGrants: grants })
      const per = new Map<string, TBalance[]>()
      for (const s of summaries) per.set(s.customerId!, [...(per.get(s.customerId!) ?? []), ...balancesOf(s.raw as Raw)])
      for (const [c, list] of per) l.balances.set(c, sumBalances(list))
      break
    }
    case 'credit_grant': {
      const keys = rows.map((r) => `${r.customerId}:${r.stripeId}`)
      const [names, summaries] = await Promise.all([
        namesByIds(db, scope, 'customer', customerIds),
        balanceSummaries(db, scope, { keys }),
      ])
      l.names.customer = names
      for (const s of summaries) {
        const raw = s.raw as Raw
        const b = balancesOf(raw)[0]
        if (b && str(raw.credit_grant)) l.grantBalances.set(raw.credit_grant as string, b)
      }
      break
    }
    case 'subscription':
    case 'subscription_schedule':
    case 'discount':
      l.names.customer = await namesByIds(db, scope, 'customer', customerIds)
      if (type === 'discount') l.names.coupon = await namesByIds(db, scope, 'coupon', rows.map((r) => idOf(obj(r.raw.source)?.coupon) ?? idOf(r.raw.coupon)))
      break
    case 'promotion_code':
      ;[l.names.customer, l.names.coupon] = await Promise.all([
        namesByIds(db, scope, 'customer', customerIds),
        namesByIds(db, scope, 'coupon', rows.map((r) => idOf(obj(r.raw.promotion)?.coupon) ?? idOf(r.raw.coupon))),
      ])
      break
  }
  return l
}

function rowOf(r: CatalogRow, l: Lookups): TStripeRow {
  const raw = r.raw
  const base: TStripeRow = {
    id: r.stripeId,
    type: r.type,
    name: r.name,
    active: r.active,
    status: r.status,
    removed: !!r.removedAt,
    created: r.stripeCreated?.toISOString() ?? null,
    currency: r.currency,
    livemode: r.livemode,
  }
  switch (r.type) {
    case 'meter': {
      const pc = l.priceCounts.get(r.stripeId)
      return {
        ...base,
        meter: {
          eventName: str(raw.event_name),
          formula: str(obj(raw.default_aggregation)?.formula),
          valueKey: str(obj(raw.value_settings)?.event_payload_key),
          customerKey: str(obj(raw.customer_mapping)?.event_payload_key),
          dimensions: arr(raw.dimension_payload_keys).filter((d): d is string => typeof d === 'string'),
          eventTimeWindow: str(raw.event_time_window),
          prices: pc?.total ?? 0,
          activePrices: pc?.active ?? 0,
          subscriptions: l.counts.subscriptions?.get(r.stripeId) ?? 0,
        },
      }
    }
    case 'product': {
      const pc = l.priceCounts.get(r.stripeId)
      return { ...base, product: { description: str(raw.description), prices: pc?.total ?? 0, activePrices: pc?.active ?? 0, defaultPrice: idOf(raw.default_price), unitLabel: str(raw.unit_label) } }
    }
    case 'price': {
      const recurring = obj(raw.recurring)
      const transform = obj(raw.transform_quantity)
      const options = Object.entries(obj(raw.currency_options) ?? {})
        .filter(([c]) => c !== r.currency)
        .map(([currency, o]) => ({ currency, unitAmountDecimal: amount(obj(o)?.unit_amount_decimal) ?? amount(obj(o)?.unit_amount), tiers: tiersOf(obj(o)?.tiers) }))
      return {
        ...base,
        price: {
          product: ref(l, 'product', r.productId),
          meter: ref(l, 'meter', r.meterId),
          kind: r.subtype ?? 'licensed',
          interval: str(recurring?.interval),
          intervalCount: num(recurring?.interval_count),
          scheme: str(raw.billing_scheme),
          tiersMode: str(raw.tiers_mode),
          tiers: tiersOf(raw.tiers),
          unitAmountDecimal: amount(raw.unit_amount_decimal) ?? amount(raw.unit_amount),
          transform: transform && num(transform.divide_by) ? { divideBy: num(transform.divide_by)!, round: str(transform.round) ?? 'up' } : null,
          currencyOptions: options,
          taxBehavior: str(raw.tax_behavior),
          lookupKey: str(raw.lookup_key),
          nickname: str(raw.nickname),
          customUnitAmount: !!obj(raw.custom_unit_amount),
          subscriptions: l.counts.subscriptions?.get(r.stripeId) ?? 0,
        },
      }
    }
    case 'customer':
      return {
        ...base,
        customer: {
          email: str(raw.email),
          subscriptions: l.counts.subscriptions?.get(r.stripeId) ?? 0,
          activeSubscriptions: l.counts.activeSubscriptions?.get(r.stripeId) ?? 0,
          creditGrants: l.counts.creditGrants?.get(r.stripeId) ?? 0,
          balances: l.balances.get(r.stripeId) ?? [],
          metadata: Object.fromEntries(Object.entries(obj(raw.metadata) ?? {}).filter(([, v]) => typeof v === 'string')) as Record<string, string>,
        },
      }
    case 'subscription': {
      const items = subscriptionItems(raw)
      const ends = items.map((i) => num(i.current_period_end)).filter((n): n is number => n !== null)
      return {
        ...base,
        subscription: {
          customer: ref(l, 'customer', r.customerId),
          items: items.length,
          startDate: iso(raw.start_date),
          currentPeriodEnd: ends.length ? iso(Math.min(...ends)) : null,
          schedule: idOf(raw.schedule),
          collectionMethod: str(raw.collection_method),
          cancelAtPeriodEnd: raw.cancel_at_period_end === true,
        },
      }
    }
    case 'subscription_schedule':
      return {
        ...base,
        schedule: { customer: ref(l, 'customer', r.customerId), phases: arr(raw.phases).length, currentPhaseEnd: iso(obj(raw.current_phase)?.end_date), endBehavior: str(raw.end_behavior), subscription: idOf(raw.subscription) },
      }
    case 'credit_grant': {
      const monetary = obj(obj(raw.amount)?.monetary)
      const scope = obj(obj(raw.applicability_config)?.scope)
      return {
        ...base,
        creditGrant: {
          customer: ref(l, 'customer', r.customerId),
          category: str(raw.category),
          amount: amount(monetary?.value),
          amountCurrency: str(monetary?.currency),
          balance: l.grantBalances.get(r.stripeId) ?? null,
          priority: num(raw.priority),
          effectiveAt: iso(raw.effective_at),
          expiresAt: iso(raw.expires_at),
          voidedAt: iso(raw.voided_at),
          scope: arr(scope?.prices).length ? plural(arr(scope?.prices).length, 'price') : str(scope?.price_type) ?? 'all',
        },
      }
    }
    case 'coupon':
      return {
        ...base,
        coupon: { percentOff: num(raw.percent_off), amountOff: amount(raw.amount_off), duration: str(raw.duration), durationInMonths: num(raw.duration_in_months), timesRedeemed: num(raw.times_redeemed), maxRedemptions: num(raw.max_redemptions) },
      }
    case 'promotion_code':
      return {
        ...base,
        promotionCode: {
          code: str(raw.code),
          coupon: ref(l, 'coupon', idOf(obj(raw.promotion)?.coupon) ?? idOf(raw.coupon)),
          customer: ref(l, 'customer', r.customerId),
          expiresAt: iso(raw.expires_at),
          timesRedeemed: num(raw.times_redeemed),
        },
      }
    case 'discount':
      return {
        ...base,
        discount: { coupon: ref(l, 'coupon', idOf(obj(raw.source)?.coupon) ?? idOf(raw.coupon)), subscription: idOf(raw.subscription), customer: ref(l, 'customer', r.customerId), start: iso(raw.start), end: iso(raw.end) },
      }
    default:
      return base
  }
}

/** Rows of one type, with their page's lookups. */
export async function toRows(db: DbTx, scope: Scope, type: string, rows: CatalogRow[]): Promise<TStripeRow[]> {
  if (!rows.length) return []
  const l = await lookups(db, scope, type, rows)
  return rows.map((r) => rowOf(r, l))
}

/** Rows of mixed types (a detail page's related objects). */
export async function toMixedRows(db: DbTx, scope: Scope, rows: CatalogRow[]): Promise<TStripeRow[]> {
  const byType = new Map<string, CatalogRow[]>()
  for (const r of rows) byType.set(r.type, [...(byType.get(r.type) ?? []), r])
  const out = new Map<string, TStripeRow>()
  for (const [type, list] of byType) for (const row of await toRows(db, scope, type, list)) out.set(`${type}|${row.id}`, row)
  return rows.map((r) => out.get(`${r.type}|${r.stripeId}`)!)
}
