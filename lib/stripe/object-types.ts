/**
 * The Stripe object types the importer stores, how to list one page of each, and the typed columns
 * extracted from the raw JSON (the raw object is always stored whole: unknown and preview fields
 * such as a meter's `dimension_payload_keys` survive).
 */
import type Stripe from 'stripe'

export const IMPORT_TYPES = ['meter', 'product', 'price'] as const
export type ImportType = (typeof IMPORT_TYPES)[number] | (string & {})

/** The CLI contract's count names → importer types. */
export const COUNT_NAMES = {
  meters: 'meter',
  products: 'product',
  prices: 'price',
  customers: 'customer',
  subscriptions: 'subscription',
  subscriptionSchedules: 'subscription_schedule',
  creditGrants: 'credit_grant',
} as const

export type Page = { data: Array<Record<string, unknown>>; has_more: boolean }

type Lister = (stripe: Stripe, startingAfter: string | undefined, pass: string) => Promise<Page>

const LIMIT = 100
const asPage = (p: { data: unknown[]; has_more: boolean }): Page => ({ data: p.data as Array<Record<string, unknown>>, has_more: p.has_more })

/** One page of a type; `pass` distinguishes the two price listings (active, then archived). */
export const LISTERS: Record<string, Lister> = {
  meter: async (s, after) => asPage(await s.billing.meters.list({ limit: LIMIT, starting_after: after })),
  product: async (s, after) => asPage(await s.products.list({ limit: LIMIT, starting_after: after })),
  price: async (s, after, pass) =>
    asPage(
      await s.prices.list({
        limit: LIMIT,
        starting_after: after,
        // prices.list returns only active prices unless asked: archived ones need their own pass.
        active: pass === 'archived' ? false : true,
        expand: ['data.tiers', 'data.currency_options'],
      }),
    ),
}

/** Passes per type, in order (each pass pages to the end before the next starts). */
export const PASSES: Record<string, string[]> = { price: ['active', 'archived'] }
export const passesOf = (type: string) => PASSES[type] ?? ['all']

export type TypedColumns = {
  name: string | null
  active: boolean | null
  status: string | null
  currency: string | null
  productId: string | null
  meterId: string | null
  customerId: string | null
  livemode: boolean
  stripeCreated: Date | null
}

const str = (v: unknown) => (typeof v === 'string' ? v : null)
const idOf = (v: unknown) => (typeof v === 'string' ? v : v && typeof v === 'object' ? str((v as { id?: unknown }).id) : null)

export function typedColumns(type: string, o: Record<string, unknown>): TypedColumns {
  const recurring = (o.recurring ?? null) as { meter?: unknown } | null
  const created = typeof o.created === 'number' ? new Date(o.created * 1000) : null
  const status = str(o.status)
  const base: TypedColumns = {
    name: str(o.name) ?? str(o.display_name) ?? str(o.nickname) ?? str(o.lookup_key) ?? str(o.email),
    active: typeof o.active === 'boolean' ? o.active : status ? status === 'active' : null,
    status,
    currency: str(o.currency),
    productId: type === 'price' ? idOf(o.product) : null,
    meterId: type === 'price' ? idOf(recurring?.meter) : type === 'meter' ? str(o.id) : null,
    customerId: type === 'customer' ? str(o.id) : idOf(o.customer),
    livemode: o.livemode === true,
    stripeCreated: created,
  }
  return base
}
