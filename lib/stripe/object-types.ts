/**
 * The Stripe object types the importer stores and what is extracted from each raw object: the typed
 * columns the browser filters on, the references to other objects (subscription → price, ...) and the
 * objects embedded in others (discounts). The raw object is always stored whole, so unknown and
 * preview fields (a meter's `dimension_payload_keys`, new enum values) survive. Every accessor here is
 * defensive: a new shape from Stripe must never crash an import.
 */

/** Every type a catalogue import stores, in the importer's vocabulary (`StripeObject.type`). */
export const IMPORT_TYPES = [
  'account',
  'meter',
  'product',
  'price',
  'customer',
  'subscription',
  'subscription_schedule',
  'credit_grant',
  'credit_balance_summary',
  'coupon',
  'promotion_code',
  'discount',
] as const
export type ImportType = (typeof IMPORT_TYPES)[number]

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

export type RawObject = Record<string, unknown>

export type TypedColumns = {
  name: string | null
  active: boolean | null
  status: string | null
  currency: string | null
  productId: string | null
  meterId: string | null
  customerId: string | null
  subtype: string | null
  search: string | null
  livemode: boolean
  stripeCreated: Date | null
}

export type ObjectLink = { toType: string; toId: string; role: string }

const str = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null)
const obj = (v: unknown): RawObject | null => (v && typeof v === 'object' && !Array.isArray(v) ? (v as RawObject) : null)
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : [])
/** An expandable reference: an id, or the expanded object with its id. */
export const idOf = (v: unknown): string | null => str(v) ?? str(obj(v)?.id)

/** Subscription items arrive as a list envelope ({data: [...]}); tolerate a bare array too. */
export function subscriptionItems(sub: RawObject): RawObject[] {
  const items = sub.items
  const list = Array.isArray(items) ? items : arr(obj(items)?.data)
  return list.map(obj).filter((x): x is RawObject => x !== null)
}

export function schedulePhaseItems(schedule: RawObject): RawObject[] {
  return arr(schedule.phases).flatMap((p) => arr(obj(p)?.items).map(obj).filter((x): x is RawObject => x !== null))
}

const INACTIVE_SUBSCRIPTION = new Set(['canceled', 'incomplete_expired'])
const LIVE_SCHEDULE = new Set(['active', 'not_started'])

function activeOf(type: string, o: RawObject): boolean | null {
  switch (type) {
    case 'meter':
      return str(o.status) ? o.status === 'active' : null
    case 'subscription':
      return str(o.status) ? !INACTIVE_SUBSCRIPTION.has(o.status as string) : null
    case 'subscription_schedule':
      return str(o.status) ? LIVE_SCHEDULE.has(o.status as string) : null
    case 'credit_grant':
      return o.voided_at === null || o.voided_at === undefined
    case 'coupon':
      return typeof o.valid === 'boolean' ? o.valid : null
    default:
      return typeof o.active === 'boolean' ? o.active : null
  }
}

function nameOf(type: string, o: RawObject): string | null {
  switch (type) {
    case 'account': {
      const profile = obj(o.business_profile)
      const dashboard = obj(obj(o.settings)?.dashboard)
      return str(profile?.name) ?? str(dashboard?.display_name) ?? str(o.email)
    }
    case 'meter':
      return str(o.display_name) ?? str(o.event_name)
    case 'price':
      return str(o.nickname) ?? str(o.lookup_key)
    case 'customer':
      return str(o.name) ?? str(o.email)
    case 'promotion_code':
      return str(o.code)
    case 'discount':
      return idOf(obj(o.source)?.coupon) ?? idOf(o.coupon)
    case 'subscription':
    case 'subscription_schedule':
      return str(o.description)
    default:
      return str(o.name)
  }
}

function currencyOf(type: string, o: RawObject): string | null {
  if (type === 'credit_grant') return str(obj(obj(o.amount)?.monetary)?.currency)
  return str(o.currency)
}

function subtypeOf(type: string, o: RawObject): string | null {
  if (type !== 'price') return null
  const recurring = obj(o.recurring)
  if (!recurring) return str(o.type) === 'recurring' ? 'licensed' : 'one_time'
  return str(recurring.usage_type) ?? 'licensed'
}

function searchOf(type: string, o: RawObject, name: string | null): string | null {
  const parts = [str(o.id), name, str(o.nickname), str(o.lookup_key), str(o.email), str(o.event_name), str(o.code), type === 'product' ? str(o.description) : null]
  const text = [...new Set(parts.filter((p): p is string => !!p))].join(' ').toLowerCase()
  return text || null
}

export function typedColumns(type: string, o: RawObject): TypedColumns {
  const name = nameOf(type, o)
  const recurring = obj(o.recurring)
  return {
    name,
    active: activeOf(type, o),
    status: str(o.status),
    currency: currencyOf(type, o),
    productId: type === 'price' ? idOf(o.product) : type === 'product' ? str(o.id) : null,
    meterId: type === 'price' ? idOf(recurring?.meter) : type === 'meter' ? str(o.id) : null,
    customerId: type === 'customer' ? str(o.id) : idOf(o.customer),
    subtype: subtypeOf(type, o),
    search: searchOf(type, o, name),
    livemode: o.livemode === true,
    stripeCreated: typeof o.created === 'number' && Number.isFinite(o.created) ? new Date(o.created * 1000) : null,
  }
}

/** References from `o` to other objects, deduplicated. */
export function linksOf(type: string, o: RawObject): ObjectLink[] {
  const out: ObjectLink[] = []
  const add = (toType: string, id: string | null, role: string) => {
    if (id) out.push({ toType, toId: id, role })
  }
  switch (type) {
    case 'product':
      add('price', idOf(o.default_price), 'default_price')
      break
    case 'customer':
      add('discount', idOf(o.discount), 'discount')
      break
    case 'subscription':
      for (const item of subscriptionItems(o)) {
        add('price', idOf(item.price), 'item')
        for (const d of arr(item.discounts)) add('discount', idOf(d), 'discount')
      }
      for (const d of arr(o.discounts)) add('discount', idOf(d), 'discount')
      add('subscription_schedule', idOf(o.schedule), 'schedule')
      break
    case 'subscription_schedule':
      for (const item of schedulePhaseItems(o)) add('price', idOf(item.price), 'phase')
      add('subscription', idOf(o.subscription), 'subscription')
      break
    case 'credit_grant':
      for (const p of arr(obj(obj(o.applicability_config)?.scope)?.prices)) add('price', idOf(obj(p)?.id ?? p), 'scope')
      break
    case 'credit_balance_summary':
      add('credit_grant', idOf(o.credit_grant), 'credit_grant')
      break
    case 'promotion_code':
      add('coupon', idOf(obj(o.promotion)?.coupon) ?? idOf(o.coupon), 'coupon')
      break
    case 'discount':
      add('coupon', idOf(obj(o.source)?.coupon) ?? idOf(o.coupon), 'coupon')
      add('promotion_code', idOf(o.promotion_code), 'promotion_code')
      add('subscription', idOf(o.subscription), 'subscription')
      break
  }
  const seen = new Set<string>()
  return out.filter((l) => {
    const k = `${l.toType}|${l.toId}|${l.role}`
    if (seen.has(k)) return false
    seen.add(k)
    return true
  })
}

/** Objects carried inside another one that are stored in their own right (discounts, for the mapping). */
export function embeddedObjects(type: string, o: RawObject): Array<{ type: string; raw: RawObject }> {
  const discounts: unknown[] = []
  if (type === 'customer') discounts.push(o.discount)
  if (type === 'subscription') {
    discounts.push(...arr(o.discounts))
    for (const item of subscriptionItems(o)) discounts.push(...arr(item.discounts))
  }
  return discounts
    .map(obj)
    .filter((d): d is RawObject => !!d && !!str(d.id))
    .map((raw) => ({ type: 'discount', raw }))
}

/**
 * Price objects embedded in subscription items and (expanded) schedule phase items that are complete
 * as they are: a tiered price's tiers come only with `expand`, so those are retrieved instead.
 */
export function embeddedPrices(type: string, o: RawObject): RawObject[] {
  const items = type === 'subscription' ? subscriptionItems(o) : type === 'subscription_schedule' ? schedulePhaseItems(o) : []
  return items
    .map((i) => obj(i.price))
    .filter((p): p is RawObject => !!p && !!str(p.id) && p.deleted !== true && (p.billing_scheme !== 'tiered' || Array.isArray(p.tiers)))
}

/**
 * A balance summary has no id of its own: it is keyed by customer and grant, and records the grant it
 * was asked for (the mapping reads `credit_grant`, lib/catalog/stripe/credit-grant.ts).
 */
export const balanceSummaryKey = (customerId: string, grantId: string) => `${customerId}:${grantId}`
