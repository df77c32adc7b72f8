/**
 * How Stripe amounts and billing terms read in the browser. Amounts arrive as Stripe keeps them —
 * integer or decimal strings in the currency's minor unit — and go through lib/catalog/money only.
 */
import { formatMoney, stripeMinorToMajor } from '@/lib/catalog/money'
import type { TPriceFacts, TTier } from '@/lib/contracts/stripe-data'

/** "1250" USD → "$12.50"; "0.0025" USD → "$0.000025". */
export function minor(amount: string | null | undefined, currency: string | null | undefined): string {
  if (amount === null || amount === undefined || !currency) return '—'
  try {
    return formatMoney(stripeMinorToMajor(amount, currency), currency)
  } catch {
    return `${amount} ${currency.toUpperCase()}`
  }
}

export const count = (n: number) => n.toLocaleString('en-US')

/** One line: "$0.000025 / unit", "$2.00 per 1,000 units", "Graduated · 3 tiers from $0.10". */
export function pricing(p: TPriceFacts, currency: string | null): string {
  if (p.scheme === 'tiered') {
    const first = p.tiers?.[0]
    const from = first?.unitAmountDecimal ? ` from ${minor(first.unitAmountDecimal, currency)}` : ''
    return `${p.tiersMode === 'volume' ? 'Volume' : 'Graduated'} · ${p.tiers?.length ?? '?'} tiers${from}`
  }
  if (p.customUnitAmount) return 'Customer chooses'
  if (p.unitAmountDecimal === null) return p.scheme && p.scheme !== 'per_unit' ? p.scheme : '—'
  const amount = minor(p.unitAmountDecimal, currency)
  if (p.transform) return `${amount} per ${count(p.transform.divideBy)} units`
  return p.kind === 'one_time' || p.kind === 'licensed' ? amount : `${amount} / unit`
}

const INTERVAL: Record<string, string> = { day: 'daily', week: 'weekly', month: 'monthly', year: 'yearly' }

/** "metered · monthly", "licensed · every 3 months", "one-time". */
export function cadence(p: Pick<TPriceFacts, 'kind' | 'interval' | 'intervalCount'>): string {
  if (p.kind === 'one_time' || !p.interval) return 'one-time'
  const every = p.intervalCount && p.intervalCount > 1 ? `every ${p.intervalCount} ${p.interval}s` : (INTERVAL[p.interval] ?? p.interval)
  return `${p.kind} · ${every}`
}

export type TierLine = { from: string; to: string; unit: string; flat: string }

/** Tier rows with their unit ranges: "1 – 1,000", "1,001 – 10,000", "10,001 and up". */
export function tierLines(tiers: TTier[], currency: string | null): TierLine[] {
  let prev = 0
  return tiers.map((t) => {
    const from = count(prev + 1)
    const to = t.upTo === null ? '∞' : count(t.upTo)
    prev = t.upTo ?? prev
    return { from, to, unit: t.unitAmountDecimal !== null ? minor(t.unitAmountDecimal, currency) : '—', flat: t.flatAmountDecimal && t.flatAmountDecimal !== '0' ? minor(t.flatAmountDecimal, currency) : '—' }
  })
}

export const FORMULA: Record<string, string> = { sum: 'SUM', count: 'COUNT', last: 'LAST' }

export function date(iso: string | null | undefined): string {
  if (!iso) return '—'
  return new Date(iso).toLocaleDateString('en-GB', { year: 'numeric', month: 'short', day: '2-digit', timeZone: 'UTC' })
}

export const TYPE_LABEL: Record<string, { one: string; many: string }> = {
  meter: { one: 'Meter', many: 'Meters' },
  product: { one: 'Product', many: 'Products' },
  price: { one: 'Price', many: 'Prices' },
  customer: { one: 'Customer', many: 'Customers' },
  subscription: { one: 'Subscription', many: 'Subscriptions' },
  subscription_schedule: { one: 'Subscription schedule', many: 'Subscription schedules' },
  credit_grant: { one: 'Credit grant', many: 'Credit grants' },
  credit_balance_summary: { one: 'Credit balance', many: 'Credit balances' },
  coupon: { one: 'Coupon', many: 'Coupons' },
  promotion_code: { one: 'Promotion code', many: 'Promotion codes' },
  discount: { one: 'Discount', many: 'Discounts' },
  account: { one: 'Account', many: 'Account' },
}
