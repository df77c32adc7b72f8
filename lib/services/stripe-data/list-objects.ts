/**
 * Imported Stripe objects for the catalogue browser: search by name or id, filter by status, keyset
 * pagination (stable under concurrent imports). Raw JSON is returned for the object pages only.
 */
import { z } from 'zod'
import { NotFoundError } from '@/lib/catalog/errors'
import type { Prisma } from '@/lib/generated/prisma/client'
import { getStripeConnection } from '@/lib/db/connections'
import { authorize, type WorkspaceCtx } from '../context'

export const STRIPE_TYPES = ['meter', 'product', 'price', 'customer', 'subscription', 'subscription_schedule', 'credit_grant', 'coupon', 'promotion_code'] as const

export const ZListStripeObjects = z.object({
  q: z.string().trim().max(200).optional(),
  active: z.enum(['true', 'false']).optional(),
  includeRemoved: z.enum(['true', 'false']).optional(),
  after: z.string().optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
})

export async function listStripeObjects(ctx: WorkspaceCtx, type: string, q: z.infer<typeof ZListStripeObjects>) {
  authorize(ctx, 'workspace.read')
  const conn = await getStripeConnection(ctx.db, ctx.workspace.id)
  if (!conn) return { accountId: null, items: [], nextCursor: null, total: 0 }
  const where: Prisma.StripeObjectWhereInput = {
    workspaceId: ctx.workspace.id,
    accountId: conn.accountId,
    type,
    ...(q.includeRemoved === 'true' ? {} : { removedAt: null }),
    ...(q.active ? { active: q.active === 'true' } : {}),
    ...(q.q ? { OR: [{ name: { contains: q.q, mode: 'insensitive' } }, { stripeId: { contains: q.q } }] } : {}),
  }
  const [rows, total] = await Promise.all([
    ctx.db.stripeObject.findMany({
      where: q.after ? { AND: [where, { stripeId: { gt: q.after } }] } : where,
      orderBy: { stripeId: 'asc' },
      take: q.limit + 1,
      select: { stripeId: true, name: true, active: true, status: true, currency: true, productId: true, meterId: true, customerId: true, stripeCreated: true, removedAt: true, raw: true },
    }),
    ctx.db.stripeObject.count({ where }),
  ])
  const page = rows.slice(0, q.limit)
  return {
    accountId: conn.accountId,
    total,
    nextCursor: rows.length > q.limit ? (page.at(-1)?.stripeId ?? null) : null,
    items: page.map((r) => ({ ...r, stripeCreated: r.stripeCreated?.toISOString() ?? null, removedAt: r.removedAt?.toISOString() ?? null })),
  }
}

export async function getStripeObject(ctx: WorkspaceCtx, type: string, id: string) {
  authorize(ctx, 'workspace.read')
  const conn = await getStripeConnection(ctx.db, ctx.workspace.id)
  const row = conn && (await ctx.db.stripeObject.findUnique({
    where: { workspaceId_accountId_type_stripeId: { workspaceId: ctx.workspace.id, accountId: conn.accountId, type, stripeId: id } },
    select: { stripeId: true, name: true, active: true, status: true, raw: true, removedAt: true, updatedAt: true },
  }))
  if (!row) throw new NotFoundError(`Stripe ${type} ${id}`)
  return { ...row, removedAt: row.removedAt?.toISOString() ?? null, updatedAt: row.updatedAt.toISOString() }
}
