/** Meter event summaries on demand: for the period and customers picked, into UsageSummary. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import Stripe from 'stripe'
import { demoAccount, DEMO_IDS, type StripeEmulatorHandle } from '@/lib/stand-ins/stripe/index'
import { InvalidInputError } from '@/lib/catalog/errors'
import { getDb } from '@/lib/db/client'
import { metersOfCustomers } from '@/lib/db/stripe-catalog'
import type { WorkspaceCtx } from '../context'
import { startUsageFetch } from './start-usage-fetch'
import { connectedWorkspace, emulatorWith, FAST, importOnce } from '@/lib/testing/import-helpers'
import { workImportRun } from './work-import-run'

const db = getDb()
let e: StripeEmulatorHandle
let ctx: WorkspaceCtx
beforeAll(async () => {
  e = await emulatorWith(demoAccount())
  ctx = await connectedWorkspace(e, 'sk_test_demo')
  await importOnce(ctx)
})
afterAll(() => e.close())

describe('usage fetch', () => {
  it('stores the daily volume per customer and meter exactly as Stripe summarises it', async () => {
    const customers = [DEMO_IDS.customers.fathom, DEMO_IDS.customers.granite]
    const scope = { workspaceId: ctx.workspace.id, accountId: e.account('sk_test_demo').id }
    const meters = await metersOfCustomers(db, scope, customers)
    expect(meters.length).toBeGreaterThan(0)
    const run = await startUsageFetch(ctx, { customerIds: customers, from: '2026-10-01', to: '2026-10-31', granularity: 'day' }, { requestsPerSecond: 200 })
    expect(run.kind).toBe('usage')
    const done = await workImportRun(db, run.id, FAST)
    expect(done?.status).toBe('succeeded')
    const rows = await db.usageSummary.findMany({ where: { workspaceId: ctx.workspace.id }, orderBy: [{ customerId: 'asc' }, { meterId: 'asc' }, { startTime: 'asc' }] })
    expect(rows.length).toBeGreaterThan(0)
    expect(done?.counts).toEqual({ usage_summary: rows.length })
    expect(new Set(rows.map((r) => r.meterId))).toEqual(new Set(meters.filter((m) => rows.some((r) => r.meterId === m))))

    // Same numbers as asking Stripe directly.
    const stripe = new Stripe('sk_test_demo', { host: '127.0.0.1', port: e.port, protocol: 'http' })
    const sample = rows[0]!
    const direct = await stripe.billing.meters.listEventSummaries(sample.meterId, { customer: sample.customerId, start_time: Date.UTC(2026, 9, 1) / 1000, end_time: Date.UTC(2026, 10, 1) / 1000, value_grouping_window: 'day', limit: 100 })
    const mine = rows.filter((r) => r.meterId === sample.meterId && r.customerId === sample.customerId)
    expect(mine.map((r) => [r.startTime.getTime() / 1000, r.value.toString()])).toEqual(direct.data.map((d) => [d.start_time, String(d.aggregated_value)]).sort((a, b) => Number(a[0]) - Number(b[0])))

    // Fetching the same period again refreshes rather than duplicates.
    const again = await startUsageFetch(ctx, { customerIds: customers, from: '2026-10-01', to: '2026-10-31', granularity: 'day' }, { requestsPerSecond: 200 })
    await workImportRun(db, again.id, FAST)
    expect(await db.usageSummary.count({ where: { workspaceId: ctx.workspace.id } })).toBe(rows.length)
  })

  it('refuses periods Stripe would refuse, unknown customers, and customers without metered subscriptions', async () => {
    const c = [DEMO_IDS.customers.fathom]
    await expect(startUsageFetch(ctx, { customerIds: c, from: '2026-10-31', to: '2026-10-01', granularity: 'day' })).rejects.toBeInstanceOf(InvalidInputError)
    await expect(startUsageFetch(ctx, { customerIds: c, from: '2026-10-01T10:30Z', to: '2026-10-02', granularity: 'hour' })).rejects.toThrow(/hour boundary/)
    await expect(startUsageFetch(ctx, { customerIds: c, from: '2026-01-01', to: '2026-12-31', granularity: 'hour' })).rejects.toThrow(/too long/)
    await expect(startUsageFetch(ctx, { customerIds: ['cus_nobody'], from: '2026-10-01', to: '2026-10-02', granularity: 'day' })).rejects.toThrow(/Unknown customer/)
    await expect(startUsageFetch(ctx, { customerIds: c, from: '2099-10-01', to: '2099-10-02', granularity: 'day' })).rejects.toThrow(/future/)
  })
})
