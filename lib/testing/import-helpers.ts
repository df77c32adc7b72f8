/**
 * Test helpers for the importer: an emulator with a small generated account (several pages per
 * type, so runs can be interrupted between pages), a connected workspace, and the counts the
 * emulator holds — what an import must end with.
 */
import { startStripeEmulator, generateAccount, demoAccount, type EmulatedAccount, type StripeEmulatorHandle } from '@/lib/stand-ins/stripe/index'
import { getDb } from '@/lib/db/client'
import { makeWorkspace } from '@/lib/testing/factories'
import type { WorkspaceCtx } from '@/lib/services/context'
import { connectStripe } from '@/lib/services/connections/connect-stripe'
import { createImportRun } from '@/lib/services/imports/start-import'
import { workImportRun, type WorkOptions } from '@/lib/services/imports/work-import-run'

export const SMALL = { meters: 30, products: 150, prices: 450, customers: 250, subscriptions: 250, creditGrants: 120 }

let seq = 0
/** A generated account with unique keys (several may live in one emulator). */
export function smallAccount(sizes: Partial<typeof SMALL> = {}): EmulatedAccount {
  const n = `${process.pid}${seq++}`
  return generateAccount({ seed: `t${n}`, ...SMALL, ...sizes }, { secret: `sk_test_gen${n}`, restricted: `rk_test_gen${n}` })
}

export async function emulatorWith(...accounts: EmulatedAccount[]): Promise<StripeEmulatorHandle> {
  return startStripeEmulator({ port: 0, accounts: accounts.length ? accounts : [demoAccount()] })
}

export async function connectedWorkspace(emulator: StripeEmulatorHandle, key: string): Promise<WorkspaceCtx> {
  const ctx = await makeWorkspace(getDb())
  await connectStripe(ctx, { key, baseUrl: emulator.url })
  return ctx
}

/** Fast retries for tests (the emulator's faults are immediate). */
export const FAST: WorkOptions = { retry: { baseMs: 20, capMs: 200 }, timeoutMs: 5_000, heartbeatMs: 200 }

export async function importOnce(ctx: WorkspaceCtx, o: WorkOptions & { requestsPerSecond?: number } = {}) {
  const run = await createImportRun(ctx, { trigger: 'api', requestsPerSecond: o.requestsPerSecond ?? 500 })
  const done = await workImportRun(ctx.db, run.id, { ...FAST, ...o })
  if (!done) throw new Error(`run ${run.id} was not worked`)
  return { ...done, errors: done.errors as Array<{ type: string; id: string; message: string }> }
}

/** Objects of each importer type the account holds (prices include the inline ones). */
export function expectedCounts(a: EmulatedAccount): Record<string, number> {
  const discountIds = new Set<string>()
  for (const s of a.subscriptions.sorted()) {
    for (const d of s.discounts) discountIds.add(d)
    for (const i of s.items) for (const d of i.discounts) discountIds.add(d)
  }
  for (const c of a.customers.sorted()) if (c.discount) discountIds.add(c.discount.id)
  const counts: Record<string, number> = {
    account: 1,
    meter: a.meters.size,
    product: a.products.size,
    price: a.prices.size + a.inlinePrices.size,
    customer: a.customers.size,
    subscription: a.subscriptions.size,
    subscription_schedule: a.subscriptionSchedules.size,
    credit_grant: a.creditGrants.size,
    credit_balance_summary: a.creditGrants.sorted().filter((g) => g.voided_at === null).length,
    coupon: a.coupons.size,
    promotion_code: a.promotionCodes.size,
    discount: [...discountIds].filter((id) => a.discounts.has(id)).length,
  }
  return Object.fromEntries(Object.entries(counts).filter(([, n]) => n > 0))
}
