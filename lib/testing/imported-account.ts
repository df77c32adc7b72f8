/**
 * Tests that need "an imported Stripe account" without running the importer: stores an emulated
 * account's objects as StripeObject rows of a finished catalogue import run, rendered the way the
 * importer receives them (Stripe's wire format, tiers and currency options expanded, subscription
 * items embedding their prices, one balance summary per credit grant). Calling it again after
 * changing the account is a re-import: changed objects are rewritten, missing ones marked removed.
 */
import crypto from 'node:crypto'
import type { Db } from '@/lib/db/client'
import type { Prisma } from '@/lib/generated/prisma/client'
import type { EmulatedAccount } from '@/lib/stand-ins/stripe/account'
import { Renderer, type ExpandTree } from '@/lib/stand-ins/stripe/render'

const tree = (paths: Record<string, ExpandTree>): ExpandTree => new Map(Object.entries(paths))
const PRICE_TREE = tree({ tiers: new Map(), currency_options: new Map() })

type Row = { type: string; id: string; raw: Record<string, unknown>; name: string | null }

export function renderAccount(account: EmulatedAccount): Row[] {
  const render = new Renderer(account)
  const wire = (v: unknown) => JSON.parse(JSON.stringify(v)) as Record<string, unknown>
  const subTree = tree({ items: tree({ data: tree({ price: PRICE_TREE }) }) })
  const accountRaw = wire(account.account)
  const profile = accountRaw.business_profile as { name?: string } | null | undefined
  const rows: Row[] = [{ type: 'account', id: account.id, raw: accountRaw, name: profile?.name ?? account.id }]
  const add = (type: string, list: readonly unknown[], nameOf: (o: Record<string, unknown>) => unknown = (o) => o.name) => {
    for (const v of list) {
      const raw = wire(v)
      rows.push({ type, id: String(raw.id), raw, name: typeof nameOf(raw) === 'string' ? (nameOf(raw) as string) : null })
    }
  }
  add('meter', account.meters.sorted(), (o) => o.display_name)
  add('product', account.products.sorted())
  add('price', account.prices.sorted().map((p) => render.price(p, PRICE_TREE)), (o) => o.nickname ?? o.lookup_key)
  add('customer', account.customers.sorted())
  add('subscription', account.subscriptions.sorted().map((s) => render.subscription(s, subTree)), (o) => o.description)
  add('subscription_schedule', account.subscriptionSchedules.sorted().map((s) => render.schedule(s)), () => null)
  add('credit_grant', account.creditGrants.sorted())
  add('coupon', account.coupons.sorted())
  add('promotion_code', account.promotionCodes.sorted(), (o) => o.code)
  add('discount', [...account.discounts.values()], () => null)
  for (const g of account.creditGrants.sorted()) {
    const currency = g.amount.monetary?.currency ?? 'usd'
    const full = g.voided_at ? 0 : (g.amount.monetary?.value ?? 0)
    const balance = account.creditBalances.get(g.id) ?? { available: full, ledger: full }
    const money = (value: number) => ({ type: 'monetary', monetary: { currency, value } })
    const customer = typeof g.customer === 'string' ? g.customer : String((g.customer as { id?: string }).id)
    rows.push({
      type: 'credit_balance_summary',
      id: `${customer}:${g.id}`,
      raw: { object: 'billing.credit_balance_summary', customer, credit_grant: g.id, livemode: false, balances: [{ available_balance: money(balance.available), ledger_balance: money(balance.ledger) }] },
      name: null,
    })
  }
  return rows
}

const hash = (v: unknown) => crypto.createHash('sha256').update(JSON.stringify(v)).digest('hex')

/** Stores (or re-imports) the account for the workspace; returns the run. */
export async function seedImportedAccount(db: Db, workspaceId: string, account: EmulatedAccount): Promise<{ runId: string; accountId: string }> {
  const rows = renderAccount(account)
  const now = new Date()
  const run = await db.importRun.create({
    data: { workspaceId, accountId: account.id, status: 'succeeded', trigger: 'cli', types: [...new Set(rows.map((r) => r.type))], queuedAt: now, startedAt: now, finishedAt: now },
    select: { id: true },
  })
  const existing = new Map(
    (await db.stripeObject.findMany({ where: { workspaceId, accountId: account.id }, select: { type: true, stripeId: true, hash: true } })).map((r) => [`${r.type}|${r.stripeId}`, r.hash]),
  )
  const fresh = rows.filter((r) => !existing.has(`${r.type}|${r.id}`))
  await db.stripeObject.createMany({
    data: fresh.map((r) => ({ workspaceId, accountId: account.id, type: r.type, stripeId: r.id, raw: r.raw as Prisma.InputJsonObject, hash: hash(r.raw), name: r.name, livemode: false, firstSeenRunId: run.id, lastSeenRunId: run.id, updatedRunId: run.id })),
  })
  for (const r of rows.filter((x) => existing.has(`${x.type}|${x.id}`))) {
    const h = hash(r.raw)
    await db.stripeObject.update({
      where: { workspaceId_accountId_type_stripeId: { workspaceId, accountId: account.id, type: r.type, stripeId: r.id } },
      data: { lastSeenRunId: run.id, removedAt: null, ...(existing.get(`${r.type}|${r.id}`) !== h ? { raw: r.raw as Prisma.InputJsonObject, hash: h, name: r.name, updatedRunId: run.id } : {}) },
    })
  }
  await db.stripeObject.updateMany({ where: { workspaceId, accountId: account.id, removedAt: null, lastSeenRunId: { not: run.id } }, data: { removedAt: now, removedByRunId: run.id } })
  return { runId: run.id, accountId: account.id }
}
