/**
 * The `/v1` endpoints the importer reads. Each route validates its params the way Stripe does
 * (unknown params and malformed values are 400s), then lists or retrieves from the account.
 * Only GET is implemented: Ratecraft never writes to Stripe. The table is keyed by method, so write
 * endpoints can be added later without touching the server.
 */
import type { EmulatedAccount } from './account'
import type { Collection, Identified } from './collection'
import { invalidRequest, missingParam, noSuch } from './errors'
import { envelope, paginateArray, paginateCollection, readPage } from './list'
import { LIST_PARAMS, ParamReader, type Params } from './query'
import { parseExpand, Renderer, type ExpandTree, type Kind, type Wire } from './render'
import type { CreditGrantObject, MonetaryAmount, PriceObject, SubscriptionRecord, SubscriptionScheduleObject } from './types'
import { eventSummaries } from './usage'

export interface RequestContext {
  account: EmulatedAccount
  renderer: Renderer
  method: string
  path: string
  /** Path parameters (`:id`). */
  params: Record<string, string>
  /** Query string (GET) or form body (POST), bracket-decoded. */
  query: Params
  keyKind: 'secret' | 'restricted'
}

export interface Route {
  method: 'GET' | 'POST' | 'DELETE'
  pattern: string
  handle(ctx: RequestContext): unknown
}

// ---------------------------------------------------------------------------------------------
// Generic list / retrieve

/** One filter clause: `key` identifies it for the view cache. */
interface Clause<T> {
  key: string
  test: (item: T) => boolean
}

interface ListSpec<T extends Identified> {
  pattern: string
  kind: Kind
  typeName: string
  collection: (account: EmulatedAccount) => Collection<T>
  params?: readonly string[]
  /** `eq` is passed in (rather than imported) so its item type is bound to this list's `T`. */
  filters?: (reader: ParamReader, ctx: RequestContext, eq: Eq<T>) => Array<Clause<T> | null>
  render: (renderer: Renderer, item: T, tree: ExpandTree) => Wire
}

function listRoute<T extends Identified>(spec: ListSpec<T>): Route {
  return {
    method: 'GET',
    pattern: spec.pattern,
    handle(ctx) {
      const reader = new ParamReader(ctx.query, [...LIST_PARAMS, ...(spec.params ?? [])])
      const page = readPage(reader)
      const tree = parseExpand(reader.expand(), spec.kind, true)
      const clauses = (spec.filters?.(reader, ctx, eq) ?? []).filter((c): c is Clause<T> => c !== null)
      const collection = spec.collection(ctx.account)
      const view =
        clauses.length === 0
          ? null
          : collection.view(clauses.map((c) => c.key).join('&'), (item) => clauses.every((c) => c.test(item)))
      const result = paginateCollection(collection, view, page, spec.typeName)
      return envelope(
        { data: result.data.map((item) => spec.render(ctx.renderer, item, tree)), has_more: result.has_more },
        spec.pattern,
      )
    },
  }
}

function retrieveRoute<T>(spec: {
  pattern: string
  kind: Kind
  typeName: string
  find: (account: EmulatedAccount, id: string) => T | undefined
  render: (renderer: Renderer, item: T, tree: ExpandTree) => Wire
}): Route {
  return {
    method: 'GET',
    pattern: spec.pattern,
    handle(ctx) {
      const reader = new ParamReader(ctx.query, ['expand'])
      const tree = parseExpand(reader.expand(), spec.kind, false)
      const id = ctx.params.id ?? ''
      const item = spec.find(ctx.account, id)
      if (item === undefined) throw noSuch(spec.typeName, id)
      return spec.render(ctx.renderer, item, tree)
    },
  }
}

type Eq<T> = (name: string, value: string | boolean | undefined, get: (item: T) => unknown) => Clause<T> | null

/** Shorthand clause builders. */
function eq<T>(name: string, value: string | boolean | undefined, get: (item: T) => unknown): Clause<T> | null {
  return value === undefined ? null : { key: `${name}=${String(value)}`, test: (item) => get(item) === value }
}

function createdClause<T extends Identified>(reader: ParamReader, name = 'created'): Clause<T> | null {
  const test = reader.range(name)
  return test ? { key: `${name}=${JSON.stringify(reader.params[name])}`, test: (item) => test(item.created) } : null
}

// ---------------------------------------------------------------------------------------------
// Resource-specific pieces

const SUBSCRIPTION_STATUSES = [
  'active',
  'all',
  'canceled',
  'ended',
  'incomplete',
  'incomplete_expired',
  'past_due',
  'paused',
  'trialing',
  'unpaid',
] as const

/** Stripe's default subscription list leaves out canceled and incomplete_expired subscriptions. */
function subscriptionStatusClause(status: (typeof SUBSCRIPTION_STATUSES)[number] | undefined): Clause<SubscriptionRecord> | null {
  const ended = (s: SubscriptionRecord) => s.status === 'canceled' || s.status === 'incomplete_expired'
  switch (status) {
    case 'all':
      return null
    case undefined:
      return { key: 'status=default', test: (s) => !ended(s) }
    case 'ended':
      return { key: 'status=ended', test: ended }
    default:
      return { key: `status=${status}`, test: (s) => s.status === status }
  }
}

function priceFilters(reader: ParamReader, ctx: RequestContext, eq: Eq<PriceObject>): Array<Clause<PriceObject> | null> {
  // Only active prices unless `active=false` (then only archived ones), like Stripe.
  const active = reader.bool('active') ?? true
  const recurring = reader.object('recurring', ['interval', 'meter', 'usage_type'])
  const lookupKeys = reader.stringArray('lookup_keys')
  const type = reader.enum('type', ['one_time', 'recurring'] as const)
  const product = reader.string('product')
  if (product !== undefined && !ctx.account.products.has(product)) {
    throw noSuch('product', product, { param: 'product', status: 400 })
  }
  return [
    eq('active', active, (p) => p.active),
    eq('product', product, (p) => p.product),
    eq('currency', reader.string('currency')?.toLowerCase(), (p) => p.currency),
    eq('type', type, (p) => p.type),
    eq('recurring.interval', recurring?.enum('interval', ['day', 'week', 'month', 'year'] as const), (p) => p.recurring?.interval),
    eq('recurring.meter', recurring?.string('meter'), (p) => p.recurring?.meter),
    eq('recurring.usage_type', recurring?.enum('usage_type', ['licensed', 'metered'] as const), (p) => p.recurring?.usage_type),
    lookupKeys
      ? { key: `lookup_keys=${lookupKeys.join(',')}`, test: (p) => p.lookup_key !== null && lookupKeys.includes(p.lookup_key) }
      : null,
    createdClause(reader),
  ]
}

function findSubscriptionItem(account: EmulatedAccount, id: string) {
  for (const sub of account.subscriptions.sorted()) {
    const item = sub.items.find((i) => i.id === id)
    if (item) return item
  }
  return undefined
}

function balanceOf(account: EmulatedAccount, grant: CreditGrantObject, now: number): { available: number; ledger: number } {
  const stored = account.creditBalances.get(grant.id)
  if (stored) return stored
  const expired = grant.expires_at !== null && grant.expires_at <= now
  if (grant.voided_at !== null || expired) return { available: 0, ledger: 0 }
  const value = grant.amount.monetary?.value ?? 0
  return { available: value, ledger: value }
}

function money(currency: string, value: number): MonetaryAmount {
  return { type: 'monetary', monetary: { currency, value } }
}

function creditBalanceSummary(ctx: RequestContext): Wire {
  const reader = new ParamReader(ctx.query, ['customer', 'customer_account', 'filter', 'expand'])
  const tree = parseExpand(reader.expand(), 'credit_balance_summary', false)
  const customerAccount = reader.string('customer_account')
  const customerId = reader.string('customer')
  if (customerId === undefined && customerAccount === undefined) throw missingParam('customer')
  if (customerId !== undefined && !ctx.account.customers.has(customerId)) {
    throw noSuch('customer', customerId, { param: 'customer', status: 400 })
  }
  const filter = reader.object('filter', ['type', 'credit_grant', 'applicability_scope'])
  if (!filter) throw missingParam('filter')
  const type = filter.enum('type', ['credit_grant', 'applicability_scope'] as const)
  if (!type) throw missingParam('filter[type]')

  const now = Math.floor(Date.now() / 1000)
  const grants = ctx.account.creditGrants.sorted().filter((g) => g.customer === customerId)
  let selected: CreditGrantObject[]
  if (type === 'credit_grant') {
    const grantId = filter.requiredString('credit_grant')
    const grant = grants.find((g) => g.id === grantId)
    if (!grant) throw noSuch('credit grant', grantId, { param: 'filter[credit_grant]', status: 400 })
    selected = [grant]
  } else {
    const scope = filter.object('applicability_scope', ['price_type', 'prices'])
    if (!scope) throw missingParam('filter[applicability_scope]')
    const priceType = scope.enum('price_type', ['metered'] as const)
    const priceIds = (scope.params.prices === undefined ? [] : toPriceIds(scope.params.prices))
    if (!priceType && priceIds.length === 0) throw missingParam('filter[applicability_scope][price_type]')
    const allMetered = priceIds.every((id) => ctx.account.findPrice(id)?.recurring?.usage_type === 'metered')
    selected = grants.filter((g) => {
      if (g.voided_at !== null || (g.effective_at !== null && g.effective_at > now)) return false
      const s = g.applicability_config.scope
      if (priceType) return s.price_type === 'metered'
      if (s.prices) return s.prices.some((p) => p.id !== null && priceIds.includes(p.id))
      return s.price_type === 'metered' && allMetered
    })
  }
  const byCurrency = new Map<string, { available: number; ledger: number }>()
  for (const grant of selected) {
    const currency = grant.amount.monetary?.currency ?? 'usd'
    const balance = balanceOf(ctx.account, grant, now)
    const total = byCurrency.get(currency) ?? { available: 0, ledger: 0 }
    byCurrency.set(currency, { available: total.available + balance.available, ledger: total.ledger + balance.ledger })
  }
  return {
    object: 'billing.credit_balance_summary',
    balances: [...byCurrency.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([currency, b]) => ({ available_balance: money(currency, b.available), ledger_balance: money(currency, b.ledger) })),
    customer: tree.has('customer') && customerId ? ctx.renderer.customer(customerId) : (customerId ?? null),
    customer_account: customerAccount ?? null,
    livemode: ctx.account.livemode,
  }
}

function toPriceIds(value: unknown): string[] {
  if (!Array.isArray(value)) throw invalidRequest('Invalid array', { param: 'filter[applicability_scope][prices]' })
  return value.map((entry, i) => {
    const id = typeof entry === 'object' && entry !== null && !Array.isArray(entry) ? (entry as Record<string, unknown>).id : undefined
    if (typeof id !== 'string') throw missingParam(`filter[applicability_scope][prices][${i}][id]`)
    return id
  })
}

function meterEventSummaries(ctx: RequestContext): unknown {
  const reader = new ParamReader(ctx.query, [...LIST_PARAMS, 'customer', 'start_time', 'end_time', 'value_grouping_window'])
  const page = readPage(reader)
  parseExpand(reader.expand(), 'meter_event_summary', true)
  const meterId = ctx.params.id ?? ''
  const meter = ctx.account.meters.get(meterId)
  if (!meter) throw noSuch('billing meter', meterId)
  const customer = reader.requiredString('customer')
  const start = reader.requiredInt('start_time')
  const end = reader.requiredInt('end_time')
  const window = reader.enum('value_grouping_window', ['hour', 'day'] as const)
  const align = (value: number, param: string) => {
    const unit = window === 'day' ? 86_400 : window === 'hour' ? 3600 : 60
    const name = window === 'day' ? 'day' : window === 'hour' ? 'hour' : 'minute'
    if (value % unit !== 0) {
      throw invalidRequest(`The ${param} must be aligned with ${name} boundaries.`, { param })
    }
  }
  align(start, 'start_time')
  align(end, 'end_time')
  if (end <= start) throw invalidRequest('The end_time must be after the start_time.', { param: 'end_time' })
  if (!ctx.account.customers.has(customer)) throw noSuch('customer', customer, { param: 'customer', status: 400 })
  const summaries = eventSummaries(ctx.account, meter, customer, start, end, window)
  return envelope(paginateArray(summaries, page, 'billing meter event summary'), `/v1/billing/meters/${meterId}/event_summaries`)
}

function subscriptionItems(ctx: RequestContext): unknown {
  const reader = new ParamReader(ctx.query, [...LIST_PARAMS, 'subscription'])
  const page = readPage(reader)
  const tree = parseExpand(reader.expand(), 'subscription_item', true)
  const subId = reader.requiredString('subscription')
  const sub = ctx.account.subscriptions.get(subId)
  if (!sub) throw noSuch('subscription', subId, { param: 'subscription', status: 400 })
  const result = paginateArray(sub.items, page, 'subscription item')
  return envelope(
    { data: result.data.map((item) => ctx.renderer.subscriptionItem(item, tree)), has_more: result.has_more },
    '/v1/subscription_items',
  )
}

// ---------------------------------------------------------------------------------------------
// The table

export const ROUTES: Route[] = [
  { method: 'GET', pattern: '/v1/account', handle: (ctx) => {
    new ParamReader(ctx.query, ['expand'])
    return ctx.account.account
  } },

  listRoute({
    pattern: '/v1/billing/meters',
    kind: 'meter',
    typeName: 'billing meter',
    collection: (a) => a.meters,
    params: ['status'],
    filters: (r, _ctx, eq) => [eq('status', r.enum('status', ['active', 'inactive'] as const), (m) => m.status)],
    render: (_r, m) => ({ ...m }),
  }),
  retrieveRoute({
    pattern: '/v1/billing/meters/:id',
    kind: 'meter',
    typeName: 'billing meter',
    find: (a, id) => a.meters.get(id),
    render: (_r, m) => ({ ...m }),
  }),
  { method: 'GET', pattern: '/v1/billing/meters/:id/event_summaries', handle: meterEventSummaries },

  listRoute({
    pattern: '/v1/prices',
    kind: 'price',
    typeName: 'price',
    collection: (a) => a.prices,
    params: ['active', 'currency', 'product', 'type', 'recurring', 'lookup_keys', 'created'],
    filters: priceFilters,
    render: (r, p, tree) => r.price(p, tree),
  }),
  retrieveRoute({
    pattern: '/v1/prices/:id',
    kind: 'price',
    typeName: 'price',
    // Retrieve reaches archived and inline prices too.
    find: (a, id) => a.findPrice(id),
    render: (r, p, tree) => r.price(p, tree),
  }),

  listRoute({
    pattern: '/v1/products',
    kind: 'product',
    typeName: 'product',
    collection: (a) => a.products,
    params: ['active', 'ids', 'type', 'shippable', 'url', 'created'],
    filters: (r, _ctx, eq) => {
      const ids = r.stringArray('ids')
      return [
        eq('active', r.bool('active'), (p) => p.active),
        eq('type', r.enum('type', ['good', 'service'] as const), (p) => p.type),
        eq('shippable', r.bool('shippable'), (p) => p.shippable),
        eq('url', r.string('url'), (p) => p.url),
        ids ? { key: `ids=${ids.join(',')}`, test: (p) => ids.includes(p.id) } : null,
        createdClause(r),
      ]
    },
    render: (r, p, tree) => r.product(p.id, tree),
  }),
  retrieveRoute({
    pattern: '/v1/products/:id',
    kind: 'product',
    typeName: 'product',
    find: (a, id) => a.products.get(id),
    render: (r, p, tree) => r.product(p.id, tree),
  }),

  listRoute({
    pattern: '/v1/customers',
    kind: 'customer',
    typeName: 'customer',
    collection: (a) => a.customers,
    params: ['email', 'created', 'test_clock'],
    filters: (r, _ctx, eq) => [
      eq('email', r.string('email'), (c) => c.email),
      eq('test_clock', r.string('test_clock'), (c) => c.test_clock),
      createdClause(r),
    ],
    render: (r, c, tree) => r.customer(c.id, tree),
  }),
  retrieveRoute({
    pattern: '/v1/customers/:id',
    kind: 'customer',
    typeName: 'customer',
    find: (a, id) => a.customers.get(id),
    render: (r, c, tree) => r.customer(c.id, tree),
  }),

  listRoute({
    pattern: '/v1/subscriptions',
    kind: 'subscription',
    typeName: 'subscription',
    collection: (a) => a.subscriptions,
    params: [
      'status',
      'customer',
      'customer_account',
      'price',
      'plan',
      'collection_method',
      'created',
      'current_period_start',
      'current_period_end',
      'test_clock',
      'automatic_tax',
    ],
    filters: (r, _ctx, eq) => {
      const price = r.string('price') ?? r.string('plan')
      const periodStart = r.range('current_period_start')
      const periodEnd = r.range('current_period_end')
      r.object('automatic_tax', ['enabled'])?.bool('enabled')
      return [
        subscriptionStatusClause(r.enum('status', SUBSCRIPTION_STATUSES)),
        eq('customer', r.string('customer'), (s) => s.customer),
        eq('customer_account', r.string('customer_account'), (s) => s.customer_account),
        eq('collection_method', r.enum('collection_method', ['charge_automatically', 'send_invoice'] as const), (s) => s.collection_method),
        eq('test_clock', r.string('test_clock'), (s) => s.test_clock),
        price ? { key: `price=${price}`, test: (s) => s.items.some((i) => i.price === price) } : null,
        periodStart
          ? { key: `cps=${JSON.stringify(r.params.current_period_start)}`, test: (s) => s.items.some((i) => periodStart(i.current_period_start)) }
          : null,
        periodEnd
          ? { key: `cpe=${JSON.stringify(r.params.current_period_end)}`, test: (s) => s.items.some((i) => periodEnd(i.current_period_end)) }
          : null,
        createdClause(r),
      ]
    },
    render: (r, s, tree) => r.subscription(s, tree),
  }),
  retrieveRoute({
    pattern: '/v1/subscriptions/:id',
    kind: 'subscription',
    typeName: 'subscription',
    find: (a, id) => a.subscriptions.get(id),
    render: (r, s, tree) => r.subscription(s, tree),
  }),

  { method: 'GET', pattern: '/v1/subscription_items', handle: subscriptionItems },
  retrieveRoute({
    pattern: '/v1/subscription_items/:id',
    kind: 'subscription_item',
    typeName: 'subscription item',
    find: findSubscriptionItem,
    render: (r, item, tree) => r.subscriptionItem(item, tree),
  }),

  listRoute({
    pattern: '/v1/subscription_schedules',
    kind: 'subscription_schedule',
    typeName: 'subscription schedule',
    collection: (a) => a.subscriptionSchedules,
    params: ['customer', 'customer_account', 'scheduled', 'created', 'canceled_at', 'completed_at', 'released_at'],
    filters: (r, _ctx, eq) => {
      const scheduled = r.bool('scheduled')
      const ranges = (['canceled_at', 'completed_at', 'released_at'] as const).map(
        (name): Clause<SubscriptionScheduleObject> | null => {
          const test = r.range(name)
          if (!test) return null
          return { key: `${name}=${JSON.stringify(r.params[name])}`, test: (s) => s[name] !== null && test(s[name]) }
        },
      )
      return [
        eq('customer', r.string('customer'), (s) => s.customer),
        eq('customer_account', r.string('customer_account'), (s) => s.customer_account),
        scheduled === undefined ? null : { key: `scheduled=${scheduled}`, test: (s) => (s.status === 'not_started') === scheduled },
        ...ranges,
        createdClause(r),
      ]
    },
    render: (r, s, tree) => r.schedule(s, tree),
  }),
  retrieveRoute({
    pattern: '/v1/subscription_schedules/:id',
    kind: 'subscription_schedule',
    typeName: 'subscription schedule',
    find: (a, id) => a.subscriptionSchedules.get(id),
    render: (r, s, tree) => r.schedule(s, tree),
  }),

  listRoute({
    pattern: '/v1/billing/credit_grants',
    kind: 'credit_grant',
    typeName: 'credit grant',
    collection: (a) => a.creditGrants,
    params: ['customer', 'customer_account'],
    filters: (r, _ctx, eq) => [
      eq('customer', r.string('customer'), (g) => g.customer),
      eq('customer_account', r.string('customer_account'), (g) => g.customer_account),
    ],
    render: (r, g, tree) => r.creditGrant(g, tree),
  }),
  retrieveRoute({
    pattern: '/v1/billing/credit_grants/:id',
    kind: 'credit_grant',
    typeName: 'credit grant',
    find: (a, id) => a.creditGrants.get(id),
    render: (r, g, tree) => r.creditGrant(g, tree),
  }),
  { method: 'GET', pattern: '/v1/billing/credit_balance_summary', handle: creditBalanceSummary },

  listRoute({
    pattern: '/v1/coupons',
    kind: 'coupon',
    typeName: 'coupon',
    collection: (a) => a.coupons,
    params: ['created'],
    filters: (r) => [createdClause(r)],
    render: (r, c) => r.coupon(c.id),
  }),
  retrieveRoute({
    pattern: '/v1/coupons/:id',
    kind: 'coupon',
    typeName: 'coupon',
    find: (a, id) => a.coupons.get(id),
    render: (r, c) => r.coupon(c.id),
  }),

  listRoute({
    pattern: '/v1/promotion_codes',
    kind: 'promotion_code',
    typeName: 'promotion code',
    collection: (a) => a.promotionCodes,
    params: ['active', 'code', 'coupon', 'customer', 'customer_account', 'created'],
    filters: (r, _ctx, eq) => [
      eq('active', r.bool('active'), (p) => p.active),
      eq('code', r.string('code'), (p) => p.code),
      eq('coupon', r.string('coupon'), (p) => p.promotion.coupon),
      eq('customer', r.string('customer'), (p) => p.customer),
      eq('customer_account', r.string('customer_account'), (p) => p.customer_account),
      createdClause(r),
    ],
    render: (r, p, tree) => r.promotionCode(p, tree),
  }),
  retrieveRoute({
    pattern: '/v1/promotion_codes/:id',
    kind: 'promotion_code',
    typeName: 'promotion code',
    find: (a, id) => a.promotionCodes.get(id),
    render: (r, p, tree) => r.promotionCode(p, tree),
  }),
]

// ---------------------------------------------------------------------------------------------
// Matching

const compiled = ROUTES.map((route) => ({ route, segments: route.pattern.split('/') }))

export type RouteMatch =
  | { kind: 'found'; route: Route; params: Record<string, string> }
  /** The path exists but not for this method. */
  | { kind: 'method'; pattern: string }
  | { kind: 'none' }

export function matchRoute(method: string, path: string): RouteMatch {
  const parts = path.split('/')
  let methodMismatch: string | null = null
  for (const { route, segments } of compiled) {
    if (segments.length !== parts.length) continue
    const params: Record<string, string> = {}
    const ok = segments.every((segment, i) => {
      const part = parts[i] ?? ''
      if (segment.startsWith(':')) {
        if (part === '') return false
        params[segment.slice(1)] = decodeURIComponent(part)
        return true
      }
      return segment === part
    })
    if (!ok) continue
    if (route.method === method) return { kind: 'found', route, params }
    methodMismatch ??= route.pattern
  }
  return methodMismatch ? { kind: 'method', pattern: methodMismatch } : { kind: 'none' }
}
