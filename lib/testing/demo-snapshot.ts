/**
 * The Stripe emulator's demo account ("Lumen AI") as the importer sees it — objects in Stripe's wire
 * format with tiers and currency options expanded, subscription items embedding their prices, one
 * balance summary per credit grant — for tests of the pure core (mapping, validation).
 */
import type { StripeSnapshot } from '@/lib/catalog/stripe/snapshot'
import type { EmulatedAccount } from '@/lib/stand-ins/stripe/account'
import { demoAccount } from '@/lib/stand-ins/stripe/demo-account'
import { Renderer, type ExpandTree } from '@/lib/stand-ins/stripe/render'

const tree = (paths: Record<string, ExpandTree>): ExpandTree => new Map(Object.entries(paths))
const PRICE_TREE = tree({ tiers: new Map(), currency_options: new Map() })

export function snapshotOfAccount(account: EmulatedAccount): StripeSnapshot {
  const render = new Renderer(account)
  const wire = <T>(v: T) => JSON.parse(JSON.stringify(v)) as unknown
  const subTree = tree({ items: tree({ data: tree({ price: PRICE_TREE }) }) })
  const grants = account.creditGrants.sorted()
  return {
    account: { id: account.id, livemode: account.livemode, default_currency: 'usd', business_name: 'Lumen AI' },
    meters: account.meters.sorted().map(wire),
    products: account.products.sorted().map(wire),
    prices: account.prices.sorted().map((p) => wire(render.price(p, PRICE_TREE))),
    customers: account.customers.sorted().map(wire),
    subscriptions: account.subscriptions.sorted().map((s) => wire(render.subscription(s, subTree))),
    subscriptionSchedules: account.subscriptionSchedules.sorted().map((s) => wire(render.schedule(s))),
    creditGrants: grants.map(wire),
    creditBalanceSummaries: grants.map((g) => {
      const currency = g.amount.monetary?.currency ?? 'usd'
      const full = g.voided_at ? 0 : (g.amount.monetary?.value ?? 0)
      const balance = account.creditBalances.get(g.id) ?? { available: full, ledger: full }
      const money = (value: number) => ({ type: 'monetary', monetary: { currency, value } })
      return { object: 'billing.credit_balance_summary', customer: g.customer, credit_grant: g.id, balances: [{ available_balance: money(balance.available), ledger_balance: money(balance.ledger) }] }
    }),
    coupons: account.coupons.sorted().map(wire),
    promotionCodes: account.promotionCodes.sorted().map(wire),
    discounts: [...account.discounts.values()].map(wire),
  }
}

export const demoSnapshot = (): StripeSnapshot => snapshotOfAccount(demoAccount())
