/**
 * Meter event summaries fetched on demand (volume per customer, meter and window). Upserted: fetching
 * the same period again refreshes the values instead of duplicating rows.
 */
import { Prisma } from '@/lib/generated/prisma/client'
import type { Db, DbTx } from './client'
import { assertClaim, type RunClaim } from './import-runs'
import type { Scope } from './stripe-objects'

export type UsageRow = { meterId: string; customerId: string; startTime: Date; endTime: Date; value: string }

export async function storeUsageSummaries(db: Db, a: { scope: Scope; runId: string; rows: UsageRow[]; claim: RunClaim; checkpoint: { key: string; state: unknown } }): Promise<number> {
  return db.$transaction(async (tx) => {
    for (const r of a.rows) {
      const where = { workspaceId: a.scope.workspaceId, accountId: a.scope.accountId, meterId: r.meterId, customerId: r.customerId, startTime: r.startTime, endTime: r.endTime }
      await tx.usageSummary.upsert({
        where: { workspaceId_accountId_meterId_customerId_startTime_endTime: where },
        create: { ...where, value: new Prisma.Decimal(r.value), importRunId: a.runId },
        update: { value: new Prisma.Decimal(r.value), importRunId: a.runId },
      })
    }
    await assertClaim(tx, a.claim, a.checkpoint)
    return a.rows.length
  })
}

export async function countUsageSummaries(db: DbTx, runId: string): Promise<number> {
  return db.usageSummary.count({ where: { importRunId: runId } })
}

export async function listUsageSummaries(db: DbTx, scope: Scope, q: { customerIds?: string[]; meterIds?: string[]; from?: Date; to?: Date; runId?: string; take?: number }) {
  return db.usageSummary.findMany({
    where: {
      workspaceId: scope.workspaceId,
      accountId: scope.accountId,
      ...(q.customerIds?.length ? { customerId: { in: q.customerIds } } : {}),
      ...(q.meterIds?.length ? { meterId: { in: q.meterIds } } : {}),
      ...(q.runId ? { importRunId: q.runId } : {}),
      ...(q.from ? { startTime: { gte: q.from } } : {}),
      ...(q.to ? { endTime: { lte: q.to } } : {}),
    },
    orderBy: [{ customerId: 'asc' }, { meterId: 'asc' }, { startTime: 'asc' }],
    take: q.take ?? 20_000,
    select: { meterId: true, customerId: true, startTime: true, endTime: true, value: true, updatedAt: true },
  })
}
