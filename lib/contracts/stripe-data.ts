/**
 * The catalogue browser's API: filtered pages of one imported Stripe type (rows carry what the grid
 * shows, never the whole raw object) and one object with the objects around it. Amounts stay as
 * Stripe sends them — integer or decimal strings in the currency's minor unit — and are formatted by
 * `lib/catalog/money` in the browser; never floats.
 */
import { z } from 'zod'

export const STRIPE_BROWSER_TYPES = ['meter', 'product', 'price', 'customer', 'subscription', 'subscription_schedule', 'credit_grant', 'coupon', 'promotion_code', 'discount'] as const
export type TStripeBrowserType = (typeof STRIPE_BROWSER_TYPES)[number]
export const ZStripeBrowserType = z.enum(STRIPE_BROWSER_TYPES)

export const ZListStripeObjects = z.object({
  q: z.string().trim().max(200).optional(),
  /** active | inactive (archived, canceled, voided…) | removed (gone from Stripe) */
  state: z.enum(['active', 'inactive', 'removed']).optional(),
  subtype: z.enum(['metered', 'licensed', 'one_time']).optional(),
  scheme: z.enum(['per_unit', 'tiered']).optional(),
  currency: z.string().trim().regex(/^[a-zA-Z]{3}$/).optional(),
  product: z.string().trim().max(255).optional(),
  meter: z.string().trim().max(255).optional(),
  customer: z.string().trim().max(255).optional(),
  status: z.string().trim().max(40).optional(),
  sort: z.enum(['created', 'name', 'id']).default('created'),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
  limit: z.coerce.number().int().min(1).max(1000).default(200),
})
export type TListStripeObjects = z.infer<typeof ZListStripeObjects>

export type TRef = { id: string; name: string | null; removed?: boolean }

export type TTier = { upTo: number | null; unitAmountDecimal: string | null; flatAmountDecimal: string | null }

export type TPriceFacts = {
  product: TRef | null
  meter: TRef | null
  /** metered | licensed | one_time */
  kind: string
  interval: string | null
  intervalCount: number | null
  /** per_unit | tiered | anything new Stripe sends */
  scheme: string | null
  tiersMode: string | null
  tiers: TTier[] | null
  unitAmountDecimal: string | null
  transform: { divideBy: number; round: string } | null
  /** The extra currencies (the price's own is `currency`), with their amounts. */
  currencyOptions: Array<{ currency: string; unitAmountDecimal: string | null; tiers: TTier[] | null }>
  taxBehavior: string | null
  lookupKey: string | null
  nickname: string | null
  customUnitAmount: boolean
  subscriptions: number
}

export type TBalance = { currency: string; available: string; ledger: string | null }

export type TStripeRow = {
  id: string
  type: string
  name: string | null
  active: boolean | null
  status: string | null
  removed: boolean
  created: string | null
  currency: string | null
  livemode: boolean
  meter?: { eventName: string | null; formula: string | null; valueKey: string | null; customerKey: string | null; dimensions: string[]; eventTimeWindow: string | null; prices: number; activePrices: number; subscriptions: number }
  product?: { description: string | null; prices: number; activePrices: number; defaultPrice: string | null; unitLabel: string | null }
  price?: TPriceFacts
  customer?: { email: string | null; subscriptions: number; activeSubscriptions: number; creditGrants: number; balances: TBalance[]; metadata: Record<string, string> }
  subscription?: { customer: TRef | null; items: number; startDate: string | null; currentPeriodEnd: string | null; schedule: string | null; collectionMethod: string | null; cancelAtPeriodEnd: boolean }
  schedule?: { customer: TRef | null; phases: number; currentPhaseEnd: string | null; endBehavior: string | null; subscription: string | null }
  creditGrant?: { customer: TRef | null; category: string | null; amount: string | null; amountCurrency: string | null; balance: TBalance | null; priority: number | null; effectiveAt: string | null; expiresAt: string | null; voidedAt: string | null; scope: string }
  coupon?: { percentOff: number | null; amountOff: string | null; duration: string | null; durationInMonths: number | null; timesRedeemed: number | null; maxRedemptions: number | null }
  promotionCode?: { code: string | null; coupon: TRef | null; customer: TRef | null; expiresAt: string | null; timesRedeemed: number | null }
  discount?: { coupon: TRef | null; subscription: string | null; customer: TRef | null; start: string | null; end: string | null }
}

export type TStripePage = {
  accountId: string | null
  livemode: boolean | null
  total: number
  offset: number
  items: TStripeRow[]
  /** Values for the filter menus. */
  currencies: string[]
}

export type TSubscriptionItem = { id: string; quantity: number | null; price: TStripeRow | null; priceId: string | null; currentPeriodStart: string | null; currentPeriodEnd: string | null }
export type TSchedulePhase = { start: string | null; end: string | null; items: Array<{ priceId: string | null; price: TStripeRow | null; quantity: number | null }> }

export type TStripeDetail = {
  /** Kept for the metric form, which reads a meter's raw object. */
  stripeId: string
  name: string | null
  raw: Record<string, unknown>
  row: TStripeRow
  updatedAt: string
  related: {
    prices?: TStripeRow[]
    subscriptions?: TStripeRow[]
    subscriptionCount?: number
    schedules?: TStripeRow[]
    creditGrants?: TStripeRow[]
    discounts?: TStripeRow[]
    promotionCodes?: TStripeRow[]
    product?: TStripeRow | null
    meter?: TStripeRow | null
    customer?: TStripeRow | null
    coupon?: TStripeRow | null
    subscription?: TStripeRow | null
    items?: TSubscriptionItem[]
    phases?: TSchedulePhase[]
    usage?: Array<{ meter: TRef; from: string; to: string; total: string; windows: number }>
  }
}

export type TUsageRow = { customer: TRef; meter: TRef; startTime: string; endTime: string; value: string }
