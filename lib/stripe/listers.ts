/**
 * The Stripe calls an import makes, one function per request, all through the real SDK: a page of
 * each list (limit 100, the maximum), the retrieves, the credit balance summary of one grant and the
 * meter event summaries. Raw objects come back as plain JSON (`Stripe.Decimal` turned into decimal
 * strings), which is what is stored.
 */
import type Stripe from 'stripe'
import type { RawObject } from './object-types'

export const LIST_LIMIT = 100

export type Page = { data: RawObject[]; has_more: boolean }

/** SDK objects → plain JSON: Decimals become their decimal strings, nothing else changes. */
export const plain = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T

// List items are plain objects apart from `Stripe.Decimal` values, which serialise to their decimal
// strings when the page is stored: no copy is made here (pages are large and many).
const asPage = (p: { data: unknown[]; has_more: boolean }): Page => ({ data: p.data as RawObject[], has_more: p.has_more })

// Tiers and currency options come back only when expanded (stripe-api.md §2.4, §8). Subscription
// items embed their price without them: an inline price (created with price_data, which allows
// neither tiers nor currency options) is complete there, anything else comes from the price lists —
// expanding them on 50 pages of subscriptions would only make every page several times larger.
// Discounts are expanded: they are stored in their own right, for the mapping.
const PRICE_EXPAND = ['data.tiers', 'data.currency_options']
const SUBSCRIPTION_EXPAND = ['data.discounts', 'data.items.data.discounts']

/** The list streams of a catalogue import: key → one page after `startingAfter`. */
export const LIST_STREAMS = {
  meter: { type: 'meter', list: (s: Stripe, after?: string) => s.billing.meters.list({ limit: LIST_LIMIT, starting_after: after }) },
  product: { type: 'product', list: (s: Stripe, after?: string) => s.products.list({ limit: LIST_LIMIT, starting_after: after }) },
  // prices.list returns only active prices unless asked: archived ones (old subscriptions may still
  // use them) need their own pass. The two passes page independently, so they run side by side.
  'price:active': { type: 'price', list: (s: Stripe, after?: string) => s.prices.list({ limit: LIST_LIMIT, starting_after: after, active: true, expand: PRICE_EXPAND }) },
  'price:archived': { type: 'price', list: (s: Stripe, after?: string) => s.prices.list({ limit: LIST_LIMIT, starting_after: after, active: false, expand: PRICE_EXPAND }) },
  customer: { type: 'customer', list: (s: Stripe, after?: string) => s.customers.list({ limit: LIST_LIMIT, starting_after: after }) },
  // The default leaves out canceled subscriptions.
  subscription: { type: 'subscription', list: (s: Stripe, after?: string) => s.subscriptions.list({ limit: LIST_LIMIT, starting_after: after, status: 'all', expand: SUBSCRIPTION_EXPAND }) },
  subscription_schedule: { type: 'subscription_schedule', list: (s: Stripe, after?: string) => s.subscriptionSchedules.list({ limit: LIST_LIMIT, starting_after: after }) },
  credit_grant: { type: 'credit_grant', list: (s: Stripe, after?: string) => s.billing.creditGrants.list({ limit: LIST_LIMIT, starting_after: after }) },
  coupon: { type: 'coupon', list: (s: Stripe, after?: string) => s.coupons.list({ limit: LIST_LIMIT, starting_after: after }) },
  promotion_code: { type: 'promotion_code', list: (s: Stripe, after?: string) => s.promotionCodes.list({ limit: LIST_LIMIT, starting_after: after }) },
} as const

export type ListStreamKey = keyof typeof LIST_STREAMS
export const LIST_STREAM_KEYS = Object.keys(LIST_STREAMS) as ListStreamKey[]

export async function listPage(stripe: Stripe, key: ListStreamKey, startingAfter: string | null): Promise<Page> {
  return asPage(await LIST_STREAMS[key].list(stripe, startingAfter ?? undefined))
}

export async function retrieveAccount(stripe: Stripe): Promise<RawObject> {
  return plain(await stripe.accounts.retrieveCurrent()) as unknown as RawObject
}

export async function retrievePrice(stripe: Stripe, id: string): Promise<RawObject> {
  return plain(await stripe.prices.retrieve(id, { expand: ['tiers', 'currency_options'] })) as unknown as RawObject
}

/** The remaining balance of one credit grant (Stripe answers per customer, filtered to the grant). */
export async function retrieveGrantBalance(stripe: Stripe, customerId: string, grantId: string): Promise<RawObject> {
  const summary = await stripe.billing.creditBalanceSummaries.retrieve({ customer: customerId, filter: { type: 'credit_grant', credit_grant: grantId } })
  return { ...(plain(summary) as unknown as RawObject), credit_grant: grantId }
}

export type EventSummaryQuery = { meterId: string; customerId: string; start: number; end: number; window: 'hour' | 'day' | null }

export async function listEventSummaries(stripe: Stripe, q: EventSummaryQuery, startingAfter: string | null): Promise<Page> {
  return asPage(
    await stripe.billing.meters.listEventSummaries(q.meterId, {
      customer: q.customerId,
      start_time: q.start,
      end_time: q.end,
      limit: LIST_LIMIT,
      ...(q.window ? { value_grouping_window: q.window } : {}),
      ...(startingAfter ? { starting_after: startingAfter } : {}),
    }),
  )
}
