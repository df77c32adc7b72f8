/**
 * The catalogue import against the Stripe emulator through the real SDK, on the test database:
 * complete and exact, incremental, resilient to faults, resumable, and safe when it fails.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { demoAccount, DEMO_IDS, makePrice, makeCustomer, type EmulatedAccount, type StripeEmulatorHandle } from '@/lib/stand-ins/stripe/index'
import { getDb } from '@/lib/db/client'
import { claimImportRun, LostClaimError } from '@/lib/db/import-runs'
import { storeObjects } from '@/lib/db/stripe-objects'
import { linksOf, typedColumns, type RawObject } from '@/lib/stripe/object-types'
import { cancelImportRun } from './list-runs'
import { createImportRun } from './start-import'
import { connectStripe } from '../connections/connect-stripe'
import { connectedWorkspace, emulatorWith, expectedCounts, FAST, importOnce, smallAccount } from '@/lib/testing/import-helpers'
import { workImportRun } from './work-import-run'
import type { WorkspaceCtx } from '../context'

const db = getDb()
const emulators: StripeEmulatorHandle[] = []
afterAll(async () => {
  await Promise.all(emulators.map((e) => e.close()))
})
async function emulator(...accounts: EmulatedAccount[]) {
  const e = await emulatorWith(...accounts)
  emulators.push(e)
  return e
}

async function heldCounts(ctx: WorkspaceCtx) {
  const rows = await db.stripeObject.groupBy({ by: ['type'], where: { workspaceId: ctx.workspace.id, removedAt: null }, _count: { _all: true } })
  return Object.fromEntries(rows.map((r) => [r.type, r._count._all]))
}

/** Every stored object is whole: its hash, typed columns and references all match its raw JSON. */
async function expectConsistent(ctx: WorkspaceCtx) {
  const bad = await db.$queryRaw<Array<{ n: bigint }>>`
    SELECT count(*) AS n FROM "StripeObject"
    WHERE "workspaceId" = ${ctx.workspace.id} AND "hash" <> encode(sha256(convert_to("raw"::text, 'UTF8')), 'hex')`
  expect(Number(bad[0]!.n)).toBe(0)
  const rows = await db.stripeObject.findMany({ where: { workspaceId: ctx.workspace.id }, select: { type: true, stripeId: true, raw: true, name: true, customerId: true, productId: true, meterId: true, active: true } })
  const links = await db.stripeObjectLink.findMany({ where: { workspaceId: ctx.workspace.id }, select: { fromType: true, fromId: true, toType: true, toId: true, role: true } })
  const linkKeys = new Set(links.map((l) => `${l.fromType}|${l.fromId}|${l.toType}|${l.toId}|${l.role}`))
  let expectedLinks = 0
  for (const r of rows) {
    const raw = r.raw as RawObject
    const c = typedColumns(r.type, raw)
    expect({ name: r.name, customerId: r.customerId, productId: r.productId, meterId: r.meterId, active: r.active }).toEqual({ name: c.name, customerId: c.customerId, productId: c.productId, meterId: c.meterId, active: c.active })
    for (const l of linksOf(r.type, raw)) {
      expectedLinks++
      expect(linkKeys.has(`${r.type}|${r.stripeId}|${l.toType}|${l.toId}|${l.role}`), `${r.type} ${r.stripeId} → ${l.toType} ${l.toId}`).toBe(true)
    }
  }
  expect(links.length).toBe(expectedLinks)
}

describe('catalogue import', () => {
  let demo: StripeEmulatorHandle
  beforeAll(async () => {
    demo = await emulator(demoAccount())
  })

  it('imports every type of the demo account, raw, with the references between them', async () => {
    const account = demo.account('sk_test_demo')
    const ctx = await connectedWorkspace(demo, 'sk_test_demo')
    const run = await importOnce(ctx)
    expect(run.errors).toEqual([])
    expect(run.status, JSON.stringify(run.errors)).toBe('succeeded')
    expect(await heldCounts(ctx)).toEqual(expectedCounts(account))
    expect(run.counts).toEqual(expectedCounts(account))

    const get = async (type: string, id: string) => (await db.stripeObject.findUniqueOrThrow({ where: { workspaceId_accountId_type_stripeId: { workspaceId: ctx.workspace.id, accountId: account.id, type, stripeId: id } } })).raw as RawObject
    // The account keys the data.
    expect((await get('account', account.id)).id).toBe(account.id)
    // Preview fields survive in the raw object.
    const meter = await get('meter', DEMO_IDS.meters.inputTokens)
    expect(meter.dimension_payload_keys).toEqual(['model'])
    // Tiers and currency options are expanded; decimals are decimal strings.
    const graduated = await get('price', DEMO_IDS.prices.imagesGraduated)
    expect(Array.isArray(graduated.tiers) && graduated.tiers.length).toBeGreaterThan(1)
    const withEur = (await db.stripeObject.findMany({ where: { workspaceId: ctx.workspace.id, type: 'price' }, select: { raw: true } })).map((r) => r.raw as RawObject).find((p) => (p.currency_options as Record<string, unknown> | undefined)?.eur)
    expect(withEur).toBeDefined()
    expect(typeof (await get('price', DEMO_IDS.prices.lumenLargeInput)).unit_amount_decimal).toBe('string')
    // Archived and inline prices (no list returns the inline one) are there; the yen price too.
    expect((await get('price', DEMO_IDS.prices.archivedLargeInputV1)).active).toBe(false)
    expect((await get('price', DEMO_IDS.prices.inlineSupport)).id).toBe(DEMO_IDS.prices.inlineSupport)
    expect((await get('price', DEMO_IDS.prices.jpyLargeInput)).currency).toBe('jpy')
    // Canceled subscriptions are listed (status: all), with their items.
    const canceled = await get('subscription', DEMO_IDS.subscriptions.vantageCanceled)
    expect(canceled.status).toBe('canceled')
    // Balance summaries name the grant they belong to.
    const summaries = await db.stripeObject.findMany({ where: { workspaceId: ctx.workspace.id, type: 'credit_balance_summary' }, select: { raw: true, stripeId: true } })
    for (const s of summaries) expect(s.stripeId).toBe(`${(s.raw as RawObject).customer}:${(s.raw as RawObject).credit_grant}`)
    // Schedules are linked to the prices of their phases.
    const phaseLinks = await db.stripeObjectLink.count({ where: { workspaceId: ctx.workspace.id, fromType: 'subscription_schedule', toType: 'price' } })
    expect(phaseLinks).toBeGreaterThan(0)
    await expectConsistent(ctx)
    // Every run is kept with its duration, per-type changes and progress.
    expect(run.startedAt && run.finishedAt).toBeTruthy()
    expect((run.changes as { byType: Record<string, { created: number }> }).byType.price!.created).toBe(expectedCounts(account).price)
    expect((run.progress as { percent: number }).percent).toBe(100)
  })

  it('completes with exactly the emulator’s counts through 10% injected 429s, 500s, timeouts and resets', async () => {
    const account = smallAccount()
    const e = await emulator(account)
    const ctx = await connectedWorkspace(e, account.keys.secret)
    e.setKnobs({ faultRate: 0.1, faultKinds: ['429', '429-retry', '500', 'timeout', 'reset'], timeoutMs: 150, faultSeed: 7 })
    const run = await importOnce(ctx, { timeoutMs: 2_000 })
    e.setKnobs({ faultRate: 0 })
    expect(e.stats().faults).toBeGreaterThan(5)
    expect(run.status, JSON.stringify(run.errors)).toBe('succeeded')
    // (The SDK itself retries a dropped connection once; everything else is ours.)
    expect((run.progress as { retries: number }).retries).toBeGreaterThan(0)
    expect(await heldCounts(ctx)).toEqual(expectedCounts(account))
    await expectConsistent(ctx)
  })

  it('backs off on real 429s (with and without Stripe-Should-Retry) when the budget exceeds the account’s limit', async () => {
    const account = smallAccount({ creditGrants: 60 })
    const e = await emulator(account)
    const ctx = await connectedWorkspace(e, account.keys.secret)
    e.setKnobs({ rateLimitPerSec: 40 })
    e.resetStats()
    const run = await importOnce(ctx, { requestsPerSecond: 200 })
    expect(e.stats().throttled).toBeGreaterThan(0)
    expect(run.status, JSON.stringify(run.errors)).toBe('succeeded')
    expect(await heldCounts(ctx)).toEqual(expectedCounts(account))
  })

  it('is incremental: created, updated, unchanged and removed — and only a completed run marks removals', async () => {
    const account = smallAccount({ creditGrants: 20 })
    const e = await emulator(account)
    const ctx = await connectedWorkspace(e, account.keys.secret)
    const first = await importOnce(ctx)
    expect(first.status, JSON.stringify(first.errors)).toBe('succeeded')
    expect(first.changes).toMatchObject({ created: Object.values(expectedCounts(account)).reduce((a, b) => a + b, 0) - 0, updated: 0, unchanged: 0, removed: 0 })

    // Mutate the account: a new price, a renamed customer, an archived price, a deleted customer.
    const withGrants = new Set(account.creditGrants.sorted().map((g) => g.customer))
    const [someCustomer, goneCustomer, alsoGone] = account.customers.sorted().filter((c) => !withGrants.has(c.id))
    const activePrice = account.prices.sorted().find((p) => p.active)!
    const product = account.products.sorted()[0]!
    account.put('prices', makePrice({ id: 'price_new_incremental', created: 1_790_000_000, product: product.id, unit_amount: 500, unit_amount_decimal: '500' }))
    account.update('customers', someCustomer!.id, { name: 'Renamed Co' })
    account.archivePrice(activePrice.id)
    account.remove('customers', goneCustomer!.id)

    const second = await importOnce(ctx)
    expect(second.status, JSON.stringify(second.errors)).toBe('succeeded')
    const by = (second.changes as { byType: Record<string, { created: number; updated: number; unchanged: number; removed: number }> }).byType
    expect(by.price).toMatchObject({ created: 1, updated: 1, removed: 0 })
    expect(by.customer).toMatchObject({ created: 0, updated: 1, removed: 1 })
    expect(by.customer!.unchanged).toBe(account.customers.size - 1)
    expect(second.changes).toMatchObject({ removed: 1 })
    const gone = await db.stripeObject.findFirstOrThrow({ where: { workspaceId: ctx.workspace.id, type: 'customer', stripeId: goneCustomer!.id } })
    expect(gone.removedAt).not.toBeNull()
    expect(gone.removedByRunId).toBe(second.id)
    expect(await heldCounts(ctx)).toEqual(expectedCounts(account))

    // Nothing changed since: everything unchanged.
    const third = await importOnce(ctx)
    expect(third.status, JSON.stringify(third.errors)).toBe('succeeded')
    expect(third.changes).toMatchObject({ created: 0, updated: 0, removed: 0 })

    // A customer that comes back is un-removed.
    account.put('customers', makeCustomer({ id: goneCustomer!.id, created: goneCustomer!.created, name: goneCustomer!.name }))
    const fourth = await importOnce(ctx)
    expect(fourth.status, JSON.stringify(fourth.errors)).toBe('succeeded')
    expect((fourth.changes as { byType: Record<string, { updated: number }> }).byType.customer!.updated).toBe(1)
    expect(await heldCounts(ctx)).toEqual(expectedCounts(account))

    // Removals again — but first a failed and a cancelled run, which must never mark anything removed.
    account.remove('customers', alsoGone!.id)
    e.setKnobs({ faultRate: 1, faultKinds: ['500'] })
    const failed = await importOnce(ctx, { retry: { baseMs: 5, capMs: 10, attempts: 2 } })
    e.setKnobs({ faultRate: 0 })
    expect(failed.status).toBe('failed')
    expect(failed.errors.at(-1)).toMatchObject({ type: 'import', message: expect.stringContaining('server error') })
    const removedNow = () => db.stripeObject.count({ where: { workspaceId: ctx.workspace.id, removedAt: { not: null } } })
    expect(await removedNow()).toBe(0)

    const cancelled = await createImportRun(ctx, { trigger: 'api', requestsPerSecond: 50 })
    let pages = 0
    const c = await workImportRun(db, cancelled.id, { ...FAST, onPage: () => void (++pages === 1 && cancelImportRun(ctx, cancelled.id)) })
    expect(c?.status).toBe('cancelled')
    expect(await removedNow()).toBe(0)

    const fifth = await importOnce(ctx)
    expect(fifth.status, JSON.stringify(fifth.errors)).toBe('succeeded')
    expect(await removedNow()).toBe(1)
    expect((await db.stripeObject.findFirstOrThrow({ where: { workspaceId: ctx.workspace.id, type: 'customer', stripeId: alsoGone!.id } })).removedByRunId).toBe(fifth.id)
    expect(await heldCounts(ctx)).toEqual(expectedCounts(account))
  })

  it('fails with the reason when the key is revoked mid-run, keeps what it stored whole, and a later run continues', async () => {
    const account = smallAccount()
    const e = await emulator(account)
    const ctx = await connectedWorkspace(e, account.keys.secret)
    const full = expectedCounts(account)
    let pages = 0
    const run = await createImportRun(ctx, { trigger: 'api', requestsPerSecond: 60 })
    const failed = await workImportRun(db, run.id, { ...FAST, onPage: () => void (++pages === 8 && e.revokeKey(account.keys.secret)) })
    expect(failed?.status).toBe('failed')
    expect((failed?.errors as Array<{ message: string }>).at(-1)).toMatchObject({ message: expect.stringContaining('Stripe rejected the key') })
    const stored = await heldCounts(ctx)
    expect(Object.values(stored).reduce((a, b) => a + b, 0)).toBeLessThan(Object.values(full).reduce((a, b) => a + b, 0))
    await expectConsistent(ctx)
    // Each stream's checkpoint points at a page that was stored.
    const cp = failed!.checkpoint as Record<string, { cursor: string | null; done: boolean }>
    for (const [key, st] of Object.entries(cp)) {
      if (st.cursor) expect(await db.stripeObject.count({ where: { workspaceId: ctx.workspace.id, stripeId: st.cursor } }), key).toBe(1)
    }

    // The user reconnects with the restricted key; the next run continues from the checkpoint.
    await connectStripe(ctx, { key: account.keys.restricted, baseUrl: e.url })
    e.resetStats()
    const next = await importOnce(ctx)
    expect(next.status, JSON.stringify(next.errors)).toBe('succeeded')
    expect(next.resumedFromRunId).toBe(run.id)
    expect(await heldCounts(ctx)).toEqual(full)
    // The continuation's changes add up with the failed run's: together they created everything once.
    expect((next.changes as { created: number }).created).toBe(Object.values(full).reduce((a, b) => a + b, 0))
    await expectConsistent(ctx)
    // It did not start over: a full import of the same account takes more requests.
    const continued = e.stats().requests
    e.resetStats()
    const fresh = await importOnce(await connectedWorkspace(e, account.keys.restricted))
    expect(fresh.status, JSON.stringify(fresh.errors)).toBe('succeeded')
    expect(continued).toBeLessThan(e.stats().requests)
  })

  it('a worker stopped between pages hands the run back; resuming it gives exact counts and no duplicates', async () => {
    const account = smallAccount()
    const e = await emulator(account)
    const ctx = await connectedWorkspace(e, account.keys.secret)
    const run = await createImportRun(ctx, { trigger: 'api', requestsPerSecond: 200 })
    const stop = new AbortController()
    let pages = 0
    const first = await workImportRun(db, run.id, { ...FAST, signal: stop.signal, onPage: () => void (++pages === 6 && stop.abort()) })
    expect(first).toBeNull()
    const mid = await db.importRun.findUniqueOrThrow({ where: { id: run.id } })
    expect(mid.status).toBe('queued')
    const done = await workImportRun(db, run.id, FAST)
    expect(done?.status, JSON.stringify(done?.errors)).toBe('succeeded')
    expect(await heldCounts(ctx)).toEqual(expectedCounts(account))
    const total = await db.stripeObject.count({ where: { workspaceId: ctx.workspace.id } })
    expect(total).toBe(Object.values(expectedCounts(account)).reduce((a, b) => a + b, 0))
    // It resumed rather than started over: nothing the first worker stored was read again (only the
    // account, which every start re-checks), and every object was created exactly once.
    expect((done!.changes as { unchanged: number }).unchanged).toBeLessThanOrEqual(1)
    expect((done!.changes as { created: number }).created).toBe(total)
  })

  it('stores unknown fields and new shapes raw without failing, and imports currencies Metronome does not support', async () => {
    const account = demoAccount()
    const odd = account as unknown as { put(name: string, o: unknown): void }
    const product = DEMO_IDS.products.lumenLarge
    odd.put('prices', {
      ...makePrice({ id: 'price_xof_dynamic', created: 1_790_000_000, product, currency: 'xof', unit_amount: 1500, unit_amount_decimal: '1500' }),
      billing_scheme: 'dynamic',
      recurring: { interval: 'fortnight', interval_count: 1, meter: null, trial_period_days: null, usage_type: 'hybrid' },
      brand_new_field: { nested: [1, { deep: true }] },
    })
    odd.put('customers', { ...makeCustomer({ id: 'cus_odd_shape', created: 1_790_000_001 }), name: null, email: null, metadata: { emoji: '🧾', nul: 'a\u0000b' }, future_thing: ['x'] })
    // A grant whose customer was deleted: its balance cannot be read, which is recorded, not fatal.
    odd.put('creditGrants', { ...account.creditGrants.sorted()[0]!, id: 'credgr_test_orphan', customer: 'cus_deleted_long_ago', voided_at: null })
    odd.put('meters', { ...account.meters.sorted()[0]!, id: 'mtr_test_preview_dims', event_name: 'preview', dimension_payload_keys: ['model', 'region'], dimensions: { model: { type: 'string' } }, default_aggregation: { formula: 'percentile_99' }, status: 'paused' })
    const e = await emulator(account)
    const ctx = await connectedWorkspace(e, 'sk_test_demo')
    const run = await importOnce(ctx)
    expect(run.status, JSON.stringify(run.errors)).toBe('succeeded')
    expect(run.errors).toEqual([{ type: 'credit_balance_summary', id: 'credgr_test_orphan', message: expect.stringContaining('No such customer') }])
    const raw = async (type: string, id: string) => (await db.stripeObject.findFirstOrThrow({ where: { workspaceId: ctx.workspace.id, type, stripeId: id } })).raw as RawObject
    expect(await raw('price', 'price_xof_dynamic')).toMatchObject({ currency: 'xof', billing_scheme: 'dynamic', brand_new_field: { nested: [1, { deep: true }] } })
    expect(await raw('customer', 'cus_odd_shape')).toMatchObject({ name: null, future_thing: ['x'], metadata: { emoji: '🧾' } })
    expect(await raw('meter', 'mtr_test_preview_dims')).toMatchObject({ dimension_payload_keys: ['model', 'region'], default_aggregation: { formula: 'percentile_99' } })
    const expected = expectedCounts(account)
    expect(await heldCounts(ctx)).toEqual({ ...expected, credit_balance_summary: expected.credit_balance_summary! - 1 })
  })

  it('a worker that lost its claim cannot write', async () => {
    const ctx = await connectedWorkspace(demo, 'sk_test_demo')
    const run = await createImportRun(ctx, { trigger: 'api' })
    const mine = await claimImportRun(db, run.id)
    // Another worker takes the run over after the first one went silent.
    await db.importRun.update({ where: { id: run.id }, data: { heartbeatAt: new Date(Date.now() - 3_600_000) } })
    const theirs = await claimImportRun(db, run.id)
    expect(mine && theirs && mine.ownerId !== theirs.ownerId).toBe(true)
    const write = storeObjects({ scope: { workspaceId: ctx.workspace.id, accountId: run.accountId }, runId: run.id, objects: [{ type: 'coupon', raw: { id: 'co_zombie', object: 'coupon' } }], claim: mine!, checkpoint: { key: 'coupon', state: () => ({}) } })
    await expect(write).rejects.toBeInstanceOf(LostClaimError)
    expect(await db.stripeObject.count({ where: { workspaceId: ctx.workspace.id, stripeId: 'co_zombie' } })).toBe(0)
  })
})
