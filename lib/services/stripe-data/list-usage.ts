/** Fetched meter usage (event summaries) for the usage page: by customer, or what one fetch stored. */
import type { TUsageRow } from '@/lib/contracts/stripe-data'
import { getStripeConnection } from '@/lib/db/connections'
import { namesByIds } from '@/lib/db/stripe-catalog'
import { listUsageSummaries } from '@/lib/db/usage-summaries'
import { authorize, type WorkspaceCtx } from '../context'

export async function listUsage(ctx: WorkspaceCtx, q: { customer?: string; run?: string }): Promise<{ rows: TUsageRow[] }> {
  authorize(ctx, 'workspace.read')
  const conn = await getStripeConnection(ctx.db, ctx.workspace.id)
  if (!conn) return { rows: [] }
  const scope = { workspaceId: ctx.workspace.id, accountId: conn.accountId }
  const rows = await listUsageSummaries(ctx.db, scope, { customerIds: q.customer ? [q.customer] : undefined, runId: q.run, take: 5000 })
  const [customers, meters] = await Promise.all([namesByIds(ctx.db, scope, 'customer', rows.map((r) => r.customerId)), namesByIds(ctx.db, scope, 'meter', rows.map((r) => r.meterId))])
  return {
    rows: rows.map((r) => ({
      customer: { id: r.customerId, name: customers.get(r.customerId)?.name ?? null },
      meter: { id: r.meterId, name: meters.get(r.meterId)?.name ?? null },
      startTime: r.startTime.toISOString(),
      endTime: r.endTime.toISOString(),
      value: r.value.toString(),
    })),
  }
}
