/**
 * The catalogue browser's pages: one imported type, searched, filtered and sorted on the server,
 * served in offset pages that the grid loads as it scrolls (10,000 prices stay a few requests).
 */
import type { TListStripeObjects, TStripePage } from '@/lib/contracts/stripe-data'
import { getStripeConnection } from '@/lib/db/connections'
import { distinctCurrencies, listCatalogPage } from '@/lib/db/stripe-catalog'
import { authorize, type WorkspaceCtx } from '../context'
import { toRows } from './rows'

export async function listStripeObjects(ctx: WorkspaceCtx, type: string, q: TListStripeObjects): Promise<TStripePage> {
  authorize(ctx, 'workspace.read')
  const conn = await getStripeConnection(ctx.db, ctx.workspace.id)
  if (!conn) return { accountId: null, livemode: null, total: 0, offset: 0, items: [], currencies: [] }
  const scope = { workspaceId: ctx.workspace.id, accountId: conn.accountId }
  const [{ rows, total }, currencies] = await Promise.all([
    listCatalogPage(
      ctx.db,
      scope,
      { type, q: q.q, state: q.state, subtype: q.subtype, scheme: q.scheme, currency: q.currency, productId: q.product, meterId: q.meter, customerId: q.customer, status: q.status },
      { sort: q.sort, offset: q.offset, limit: q.limit },
    ),
    q.offset === 0 && ['price', 'subscription', 'credit_grant'].includes(type) ? distinctCurrencies(ctx.db, scope, type) : Promise.resolve([]),
  ])
  return { accountId: conn.accountId, livemode: conn.livemode, total, offset: q.offset, items: await toRows(ctx.db, scope, type, rows), currencies }
}
