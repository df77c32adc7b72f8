/**
 * One imported object for its detail page, with the objects around it: a meter's prices and the
 * subscriptions that bill through it, a price's product, meter and subscribers, a customer's
 * subscriptions, schedules, credit grants and fetched usage, and so on — every one a link.
 */
import { NotFoundError } from '@/lib/catalog/errors'
import { D, toDecimalString } from '@/lib/catalog/money'
import type { TSchedulePhase, TStripeDetail, TStripeRow, TSubscriptionItem } from '@/lib/contracts/stripe-data'
import { getStripeConnection } from '@/lib/db/connections'
import { findObject, meterSubscriptionCounts, namesByIds, objectsByIds, objectsWhere, referencing, usedByCounts, type CatalogRow } from '@/lib/db/stripe-catalog'
import type { Scope } from '@/lib/db/stripe-objects'
import { listUsageSummaries } from '@/lib/db/usage-summaries'
import { idOf, subscriptionItems, type RawObject } from '@/lib/stripe/object-types'
import type { DbTx } from '@/lib/db/client'
import { authorize, type WorkspaceCtx } from '../context'
import { toMixedRows, toRows } from './rows'

const obj = (v: unknown): RawObject | null => (v && typeof v === 'object' && !Array.isArray(v) ? (v as RawObject) : null)
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : [])
const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null)
const iso = (unix: unknown): string | null => (typeof unix === 'number' && Number.isFinite(unix) ? new Date(unix * 1000).toISOString() : null)

async function one(db: DbTx, scope: Scope, type: string, id: string | null): Promise<TStripeRow | null> {
  if (!id) return null
  const row = await findObject(db, scope, type, id)
  return row ? (await toRows(db, scope, type, [row]))[0]! : null
}

async function pricesById(db: DbTx, scope: Scope, ids: Array<string | null>): Promise<Map<string, TStripeRow>> {
  const rows = await objectsByIds(db, scope, 'price', ids.filter((x): x is string => !!x))
  return new Map((await toRows(db, scope, 'price', rows)).map((r) => [r.id, r]))
}

async function itemsOf(db: DbTx, scope: Scope, subs: CatalogRow[]): Promise<Map<string, TSubscriptionItem[]>> {
  const items = subs.map((s) => [s.stripeId, subscriptionItems(s.raw)] as const)
  const prices = await pricesById(db, scope, items.flatMap(([, list]) => list.map((i) => idOf(i.price))))
  return new Map(
    items.map(([sub, list]) => [
      sub,
      list.map((i) => {
        const priceId = idOf(i.price)
        return { id: String(i.id ?? ''), quantity: num(i.quantity), priceId, price: priceId ? (prices.get(priceId) ?? null) : null, currentPeriodStart: iso(i.current_period_start), currentPeriodEnd: iso(i.current_period_end) }
      }),
    ]),
  )
}

async function phasesOf(db: DbTx, scope: Scope, raw: RawObject): Promise<TSchedulePhase[]> {
  const phases = arr(raw.phases).map(obj).filter((p): p is RawObject => !!p)
  const prices = await pricesById(db, scope, phases.flatMap((p) => arr(p.items).map((i) => idOf(obj(i)?.price))))
  return phases.map((p) => ({
    start: iso(p.start_date),
    end: iso(p.end_date),
    items: arr(p.items).map((i) => {
      const priceId = idOf(obj(i)?.price)
      return { priceId, price: priceId ? (prices.get(priceId) ?? null) : null, quantity: num(obj(i)?.quantity) }
    }),
  }))
}

async function usageOf(db: DbTx, scope: Scope, customerId: string): Promise<NonNullable<TStripeDetail['related']['usage']>> {
  const rows = await listUsageSummaries(db, scope, { customerIds: [customerId] })
  const meters = await namesByIds(db, scope, 'meter', rows.map((r) => r.meterId))
  const by = new Map<string, { from: Date; to: Date; total: InstanceType<typeof D>; windows: number }>()
  for (const r of rows) {
    const p = by.get(r.meterId) ?? { from: r.startTime, to: r.endTime, total: new D(0), windows: 0 }
    by.set(r.meterId, { from: r.startTime < p.from ? r.startTime : p.from, to: r.endTime > p.to ? r.endTime : p.to, total: p.total.add(r.value.toString()), windows: p.windows + 1 })
  }
  return [...by.entries()].map(([meterId, u]) => ({ meter: { id: meterId, name: meters.get(meterId)?.name ?? null }, from: u.from.toISOString(), to: u.to.toISOString(), total: toDecimalString(u.total), windows: u.windows }))
}

export async function getStripeObject(ctx: WorkspaceCtx, type: string, id: string): Promise<TStripeDetail> {
  authorize(ctx, 'workspace.read')
  const conn = await getStripeConnection(ctx.db, ctx.workspace.id)
  const scope = conn ? { workspaceId: ctx.workspace.id, accountId: conn.accountId } : null
  const found = scope && (await findObject(ctx.db, scope, type, id))
  if (!scope || !found) throw new NotFoundError(`Stripe ${type.replaceAll('_', ' ')} ${id}`)
  const db = ctx.db
  const row = (await toRows(db, scope, type, [found]))[0]!
  const raw = found.raw
  const related: TStripeDetail['related'] = {}
  switch (type) {
    case 'meter': {
      const prices = await objectsWhere(db, scope, 'price', { meterId: id })
      related.prices = await toRows(db, scope, 'price', prices)
      related.subscriptions = await toRows(db, scope, 'subscription', await referencing(db, scope, { fromType: 'subscription', toType: 'price', toIds: prices.map((p) => p.stripeId), take: 100 }))
      related.subscriptionCount = (await meterSubscriptionCounts(db, scope, [id])).get(id) ?? 0
      break
    }
    case 'product':
      related.prices = await toRows(db, scope, 'price', await objectsWhere(db, scope, 'price', { productId: id }))
      break
    case 'price':
      related.product = await one(db, scope, 'product', found.productId)
      related.meter = await one(db, scope, 'meter', found.meterId)
      related.subscriptions = await toRows(db, scope, 'subscription', await referencing(db, scope, { fromType: 'subscription', toType: 'price', toIds: [id], take: 200 }))
      related.subscriptionCount = (await usedByCounts(db, scope, { fromType: 'subscription', toType: 'price', toIds: [id] })).get(id) ?? 0
      related.schedules = await toRows(db, scope, 'subscription_schedule', await referencing(db, scope, { fromType: 'subscription_schedule', toType: 'price', toIds: [id] }))
      related.creditGrants = await toRows(db, scope, 'credit_grant', await referencing(db, scope, { fromType: 'credit_grant', toType: 'price', toIds: [id] }))
      break
    case 'customer': {
      const subs = await objectsWhere(db, scope, 'subscription', { customerId: id }, 100)
      related.subscriptions = await toRows(db, scope, 'subscription', subs)
      related.items = [...(await itemsOf(db, scope, subs)).entries()].flatMap(([sub, items]) => items.map((i) => ({ ...i, id: `${sub}/${i.id}` })))
      related.schedules = await toRows(db, scope, 'subscription_schedule', await objectsWhere(db, scope, 'subscription_schedule', { customerId: id }))
      related.creditGrants = await toRows(db, scope, 'credit_grant', await objectsWhere(db, scope, 'credit_grant', { customerId: id }))
      related.discounts = await toRows(db, scope, 'discount', await objectsWhere(db, scope, 'discount', { customerId: id }))
      related.usage = await usageOf(db, scope, id)
      break
    }
    case 'subscription': {
      related.customer = await one(db, scope, 'customer', found.customerId)
      related.items = (await itemsOf(db, scope, [found])).get(id) ?? []
      related.schedules = (await one(db, scope, 'subscription_schedule', idOf(raw.schedule)).then((s) => (s ? [s] : [])))
      related.discounts = await toRows(db, scope, 'discount', await objectsByIds(db, scope, 'discount', [...arr(raw.discounts), ...subscriptionItems(raw).flatMap((i) => arr(i.discounts))].map(idOf).filter((x): x is string => !!x)))
      break
    }
    case 'subscription_schedule':
      related.customer = await one(db, scope, 'customer', found.customerId)
      related.subscription = await one(db, scope, 'subscription', idOf(raw.subscription))
      related.phases = await phasesOf(db, scope, raw)
      break
    case 'credit_grant':
      related.customer = await one(db, scope, 'customer', found.customerId)
      related.prices = [...(await pricesById(db, scope, arr(obj(obj(raw.applicability_config)?.scope)?.prices).map((p) => idOf(obj(p)?.id ?? p)))).values()]
      break
    case 'coupon':
      related.promotionCodes = await toRows(db, scope, 'promotion_code', await referencing(db, scope, { fromType: 'promotion_code', toType: 'coupon', toIds: [id] }))
      related.discounts = await toRows(db, scope, 'discount', await referencing(db, scope, { fromType: 'discount', toType: 'coupon', toIds: [id] }))
      break
    case 'promotion_code':
    case 'discount': {
      const coupon = idOf(obj(raw.promotion)?.coupon) ?? idOf(obj(raw.source)?.coupon) ?? idOf(raw.coupon)
      const refs = (await objectsByIds(db, scope, 'coupon', coupon ? [coupon] : [])).concat(found.customerId ? await objectsByIds(db, scope, 'customer', [found.customerId]) : [])
      const rows = await toMixedRows(db, scope, refs)
      related.coupon = rows.find((r) => r.type === 'coupon') ?? null
      related.customer = rows.find((r) => r.type === 'customer') ?? null
      if (type === 'discount') related.subscription = await one(db, scope, 'subscription', idOf(raw.subscription))
      break
    }
  }
  return { stripeId: found.stripeId, name: found.name, raw, row, updatedAt: found.updatedAt.toISOString(), related }
}
