/**
 * Read side of the imported Stripe catalogue, for the browser: filtered, sorted pages of one type,
 * objects by id, and the "used by" counts that follow the reference table (subscription → price,
 * price → meter, ...). Removed objects are left out unless asked for; counts consider only current
 * objects (a canceled subscription does not "use" a price any more).
 */
import { Prisma } from '@/lib/generated/prisma/client'
import type { TypedColumns } from '@/lib/stripe/object-types'
import type { DbTx } from './client'
import type { Scope } from './stripe-objects'

/** A stored object as the browser reads it: the typed columns the importer writes, minus the search text. */
export type CatalogRow = Omit<TypedColumns, 'search'> & {
  stripeId: string
  type: string
  removedAt: Date | null
  updatedAt: Date
  raw: Record<string, unknown>
}

const rowSelect = {
  stripeId: true, type: true, name: true, active: true, status: true, currency: true, productId: true, meterId: true, customerId: true, subtype: true, livemode: true, stripeCreated: true, removedAt: true, updatedAt: true, raw: true,
} as const

export type CatalogFilter = {
  type: string
  q?: string
  /** active | inactive | removed */
  state?: string
  subtype?: string
  scheme?: string
  currency?: string
  productId?: string
  meterId?: string
  customerId?: string
  status?: string
}

export type CatalogSort = 'created' | 'name' | 'id'

function whereOf(scope: Scope, f: CatalogFilter): Prisma.StripeObjectWhereInput {
  const and: Prisma.StripeObjectWhereInput[] = []
  if (f.q) {
    const words = f.q.toLowerCase().split(/\s+/).filter(Boolean).slice(0, 5)
    for (const w of words) and.push({ search: { contains: w } })
  }
  if (f.scheme) and.push({ raw: { path: ['billing_scheme'], equals: f.scheme } })
  return {
    workspaceId: scope.workspaceId,
    accountId: scope.accountId,
    type: f.type,
    ...(f.state === 'removed' ? { removedAt: { not: null } } : { removedAt: null }),
    ...(f.state === 'active' ? { active: true } : f.state === 'inactive' ? { active: false } : {}),
    ...(f.subtype ? { subtype: f.subtype } : {}),
    ...(f.currency ? { currency: f.currency.toLowerCase() } : {}),
    ...(f.productId ? { productId: f.productId } : {}),
    ...(f.meterId ? { meterId: f.meterId } : {}),
    ...(f.customerId ? { customerId: f.customerId } : {}),
    ...(f.status ? { status: f.status } : {}),
    ...(and.length ? { AND: and } : {}),
  }
}

const ORDER: Record<CatalogSort, Prisma.StripeObjectOrderByWithRelationInput[]> = {
  created: [{ stripeCreated: { sort: 'desc', nulls: 'last' } }, { stripeId: 'asc' }],
  name: [{ name: { sort: 'asc', nulls: 'last' } }, { stripeId: 'asc' }],
  id: [{ stripeId: 'asc' }],
}

export async function listCatalogPage(db: DbTx, scope: Scope, f: CatalogFilter, page: { sort: CatalogSort; offset: number; limit: number }) {
  const where = whereOf(scope, f)
  const [rows, total] = await Promise.all([
    db.stripeObject.findMany({ where, orderBy: ORDER[page.sort], skip: page.offset, take: page.limit, select: rowSelect }),
    db.stripeObject.count({ where }),
  ])
  return { rows: rows as CatalogRow[], total }
}

export async function findObject(db: DbTx, scope: Scope, type: string, id: string): Promise<CatalogRow | null> {
  const row = await db.stripeObject.findUnique({ where: { workspaceId_accountId_type_stripeId: { ...scope, type, stripeId: id } }, select: rowSelect })
  return row as CatalogRow | null
}

export async function objectsByIds(db: DbTx, scope: Scope, type: string, ids: string[]): Promise<CatalogRow[]> {
  if (!ids.length) return []
  const rows = await db.stripeObject.findMany({ where: { ...scope, type, stripeId: { in: [...new Set(ids)] } }, select: rowSelect })
  return rows as CatalogRow[]
}

/** Current objects of a type matching a typed column (a customer's subscriptions, a product's prices). */
export async function objectsWhere(db: DbTx, scope: Scope, type: string, where: Partial<Pick<CatalogRow, 'customerId' | 'productId' | 'meterId'>>, take = 500): Promise<CatalogRow[]> {
  const rows = await db.stripeObject.findMany({ where: { ...scope, type, removedAt: null, ...where }, orderBy: ORDER.created, take, select: rowSelect })
  return rows as CatalogRow[]
}

export async function existingIds(db: DbTx, scope: Scope, type: string, ids: string[]): Promise<Set<string>> {
  const rows = await db.stripeObject.findMany({ where: { ...scope, type, stripeId: { in: ids }, removedAt: null }, select: { stripeId: true } })
  return new Set(rows.map((r) => r.stripeId))
}

/** Names of objects by id (for links between pages). */
export async function namesByIds(db: DbTx, scope: Scope, type: string, ids: Array<string | null>): Promise<Map<string, { name: string | null; removed: boolean }>> {
  const wanted = [...new Set(ids.filter((x): x is string => !!x))]
  if (!wanted.length) return new Map()
  const rows = await db.stripeObject.findMany({ where: { ...scope, type, stripeId: { in: wanted } }, select: { stripeId: true, name: true, removedAt: true } })
  return new Map(rows.map((r) => [r.stripeId, { name: r.name, removed: !!r.removedAt }]))
}

/**
 * How many current objects of `fromType` reference each of `toIds` (e.g. subscriptions per price).
 * `activeOnly` leaves out ended ones (canceled subscriptions, finished schedules).
 */
export async function usedByCounts(db: DbTx, scope: Scope, a: { fromType: string; toType: string; toIds: string[]; activeOnly?: boolean }): Promise<Map<string, number>> {
  if (!a.toIds.length) return new Map()
  const rows = await db.$queryRaw<Array<{ id: string; n: bigint }>>`
    SELECT l."toId" AS id, COUNT(DISTINCT l."fromId") AS n
    FROM "StripeObjectLink" l
    JOIN "StripeObject" o ON o."workspaceId" = l."workspaceId" AND o."accountId" = l."accountId" AND o."type" = l."fromType" AND o."stripeId" = l."fromId"
    WHERE l."workspaceId" = ${scope.workspaceId} AND l."accountId" = ${scope.accountId} AND l."fromType" = ${a.fromType} AND l."toType" = ${a.toType}
      AND l."toId" = ANY(${a.toIds}) AND o."removedAt" IS NULL ${a.activeOnly ? Prisma.sql`AND o."active" IS TRUE` : Prisma.empty}
    GROUP BY l."toId"`
  return new Map(rows.map((r) => [r.id, Number(r.n)]))
}

/** Current subscriptions with an item on a price of each meter. */
export async function meterSubscriptionCounts(db: DbTx, scope: Scope, meterIds: string[], activeOnly = true): Promise<Map<string, number>> {
  if (!meterIds.length) return new Map()
  const rows = await db.$queryRaw<Array<{ id: string; n: bigint }>>`
    SELECT p."meterId" AS id, COUNT(DISTINCT l."fromId") AS n
    FROM "StripeObject" p
    JOIN "StripeObjectLink" l ON l."workspaceId" = p."workspaceId" AND l."accountId" = p."accountId" AND l."toType" = 'price' AND l."toId" = p."stripeId" AND l."fromType" = 'subscription'
    JOIN "StripeObject" s ON s."workspaceId" = l."workspaceId" AND s."accountId" = l."accountId" AND s."type" = 'subscription' AND s."stripeId" = l."fromId"
    WHERE p."workspaceId" = ${scope.workspaceId} AND p."accountId" = ${scope.accountId} AND p."type" = 'price' AND p."meterId" = ANY(${meterIds})
      AND s."removedAt" IS NULL ${activeOnly ? Prisma.sql`AND s."active" IS TRUE` : Prisma.empty}
    GROUP BY p."meterId"`
  return new Map(rows.map((r) => [r.id, Number(r.n)]))
}

/** Current prices per meter or product. */
export async function priceCounts(db: DbTx, scope: Scope, column: 'meterId' | 'productId', ids: string[]): Promise<Map<string, { total: number; active: number }>> {
  if (!ids.length) return new Map()
  const rows = await db.stripeObject.groupBy({ by: [column, 'active'], where: { ...scope, type: 'price', removedAt: null, [column]: { in: ids } }, _count: { _all: true } })
  const out = new Map<string, { total: number; active: number }>()
  for (const r of rows) {
    const id = r[column] as string
    const p = out.get(id) ?? { total: 0, active: 0 }
    p.total += r._count._all
    if (r.active) p.active += r._count._all
    out.set(id, p)
  }
  return out
}

/** Count of current objects of a type per customer. */
export async function perCustomerCounts(db: DbTx, scope: Scope, type: string, customerIds: string[], activeOnly = false): Promise<Map<string, number>> {
  if (!customerIds.length) return new Map()
  const rows = await db.stripeObject.groupBy({ by: ['customerId'], where: { ...scope, type, removedAt: null, customerId: { in: customerIds }, ...(activeOnly ? { active: true } : {}) }, _count: { _all: true } })
  return new Map(rows.map((r) => [r.customerId as string, r._count._all]))
}

/** The objects of `fromType` that reference `toId` (the subscriptions on a price), newest first. */
export async function referencing(db: DbTx, scope: Scope, a: { fromType: string; toType: string; toIds: string[]; take?: number }): Promise<CatalogRow[]> {
  if (!a.toIds.length) return []
  const links = await db.stripeObjectLink.findMany({ where: { ...scope, fromType: a.fromType, toType: a.toType, toId: { in: a.toIds } }, select: { fromId: true }, distinct: ['fromId'], take: 5000 })
  if (!links.length) return []
  const rows = await db.stripeObject.findMany({ where: { ...scope, type: a.fromType, removedAt: null, stripeId: { in: links.map((l) => l.fromId) } }, orderBy: ORDER.created, take: a.take ?? 200, select: rowSelect })
  return rows as CatalogRow[]
}

/** Meters that the customers' current subscriptions bill through (metered prices). */
export async function metersOfCustomers(db: DbTx, scope: Scope, customerIds: string[]): Promise<string[]> {
  if (!customerIds.length) return []
  const rows = await db.$queryRaw<Array<{ id: string }>>`
    SELECT DISTINCT p."meterId" AS id
    FROM "StripeObject" s
    JOIN "StripeObjectLink" l ON l."workspaceId" = s."workspaceId" AND l."accountId" = s."accountId" AND l."fromType" = 'subscription' AND l."fromId" = s."stripeId" AND l."toType" = 'price'
    JOIN "StripeObject" p ON p."workspaceId" = s."workspaceId" AND p."accountId" = s."accountId" AND p."type" = 'price' AND p."stripeId" = l."toId"
    WHERE s."workspaceId" = ${scope.workspaceId} AND s."accountId" = ${scope.accountId} AND s."type" = 'subscription' AND s."removedAt" IS NULL
      AND s."customerId" = ANY(${customerIds}) AND p."meterId" IS NOT NULL
    ORDER BY 1`
  return rows.map((r) => r.id)
}

/** Distinct values of a typed column (filter menus). */
export async function distinctCurrencies(db: DbTx, scope: Scope, type: string): Promise<string[]> {
  const rows = await db.stripeObject.findMany({ where: { ...scope, type, removedAt: null, currency: { not: null } }, distinct: ['currency'], select: { currency: true }, orderBy: { currency: 'asc' } })
  return rows.map((r) => r.currency as string)
}

/** Credit balance summaries of customers, or of (customer:grant) keys. */
export async function balanceSummaries(db: DbTx, scope: Scope, by: { customerIds?: string[]; keys?: string[] }): Promise<Array<{ customerId: string | null; raw: Record<string, unknown> }>> {
  const rows = await db.stripeObject.findMany({
    where: { ...scope, type: 'credit_balance_summary', removedAt: null, ...(by.customerIds ? { customerId: { in: by.customerIds } } : {}), ...(by.keys ? { stripeId: { in: by.keys } } : {}) },
    select: { customerId: true, raw: true },
  })
  return rows as Array<{ customerId: string | null; raw: Record<string, unknown> }>
}
