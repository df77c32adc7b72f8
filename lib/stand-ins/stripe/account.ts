/**
 * One emulated Stripe account: its `account` object, API keys, and mutable ordered collections of
 * objects. Tests mutate accounts between imports (create / update / archive / remove) through the
 * helpers here; the server reads the same instances, so changes show up on the next request.
 */
import { Collection } from './collection'
import { makeAccountObject } from './objects'
import type {
  AccountObject,
  CouponObject,
  CreditGrantBalance,
  CreditGrantObject,
  CustomerObject,
  DiscountObject,
  MeterObject,
  PriceObject,
  ProductObject,
  PromotionCodeObject,
  SubscriptionRecord,
  SubscriptionScheduleObject,
} from './types'

export interface AccountKeys {
  /** Full-access secret key, e.g. `sk_test_demo`. */
  secret: string
  /** Restricted read-only key, e.g. `rk_test_demo`. It can read everything the emulator serves. */
  restricted: string
}

/** Objects by collection name. */
export interface CollectionTypes {
  meters: MeterObject
  products: ProductObject
  /** Listable prices (active and archived). */
  prices: PriceObject
  /** Prices created inline with `price_data`: never listed, reachable by retrieve and through items. */
  inlinePrices: PriceObject
  customers: CustomerObject
  subscriptions: SubscriptionRecord
  subscriptionSchedules: SubscriptionScheduleObject
  creditGrants: CreditGrantObject
  coupons: CouponObject
  promotionCodes: PromotionCodeObject
}

export type CollectionName = keyof CollectionTypes

export const COLLECTION_NAMES: readonly CollectionName[] = [
  'meters',
  'products',
  'prices',
  'inlinePrices',
  'customers',
  'subscriptions',
  'subscriptionSchedules',
  'creditGrants',
  'coupons',
  'promotionCodes',
]

/** Knobs for the deterministic meter-usage generator (see usage.ts). */
export interface UsageProfile {
  seed: string
  /** Typical hourly value at peak for a mid-sized customer, per meter id. Defaults by formula. */
  meterScale: Record<string, number>
}

export interface EmulatedAccountInit {
  id: string
  keys: AccountKeys
  account?: AccountObject
  usage?: Partial<UsageProfile>
}

export class EmulatedAccount {
  readonly id: string
  readonly keys: AccountKeys
  account: AccountObject
  readonly livemode: boolean
  usage: UsageProfile

  readonly meters = new Collection<MeterObject>()
  readonly products = new Collection<ProductObject>()
  readonly prices = new Collection<PriceObject>()
  readonly inlinePrices = new Collection<PriceObject>()
  readonly customers = new Collection<CustomerObject>()
  readonly subscriptions = new Collection<SubscriptionRecord>()
  readonly subscriptionSchedules = new Collection<SubscriptionScheduleObject>()
  readonly creditGrants = new Collection<CreditGrantObject>()
  readonly coupons = new Collection<CouponObject>()
  readonly promotionCodes = new Collection<PromotionCodeObject>()
  /** Discount objects referenced by id from `subscription.discounts`. */
  readonly discounts = new Map<string, DiscountObject>()
  /** Remaining balance per credit grant id. Missing = untouched (full amount unless voided/expired). */
  readonly creditBalances = new Map<string, CreditGrantBalance>()

  constructor(init: EmulatedAccountInit) {
    this.id = init.id
    this.keys = init.keys
    this.livemode = init.keys.secret.startsWith('sk_live_')
    this.account =
      init.account ??
      makeAccountObject({
        id: init.id,
        created: 1_735_689_600,
        businessName: init.id,
        email: `billing@${init.id.toLowerCase()}.example`,
        url: `https://${init.id.toLowerCase()}.example`,
      })
    this.usage = { seed: init.usage?.seed ?? init.id, meterScale: init.usage?.meterScale ?? {} }
  }

  collection<K extends CollectionName>(name: K): Collection<CollectionTypes[K]> {
    return this[name] as unknown as Collection<CollectionTypes[K]>
  }

  /** Insert or replace an object. */
  put<K extends CollectionName>(name: K, object: CollectionTypes[K]): 'created' | 'updated' {
    return this.collection(name).put(object)
  }

  /**
   * Shallow-merge `patch` into an object (or apply a function). Objects with an `updated` field get it
   * bumped, as Stripe does, so incremental imports can detect the change.
   */
  update<K extends CollectionName>(
    name: K,
    id: string,
    patch: Partial<CollectionTypes[K]> | ((old: CollectionTypes[K]) => CollectionTypes[K]),
  ): CollectionTypes[K] {
    return this.collection(name).update(id, (old) => {
      const next = typeof patch === 'function' ? patch(old) : { ...old, ...patch }
      if ('updated' in old && typeof old.updated === 'number' && !(typeof patch === 'object' && 'updated' in patch)) {
        const now = Math.floor(Date.now() / 1000)
        return { ...next, updated: Math.max(old.updated + 1, now) }
      }
      return next
    })
  }

  remove(name: CollectionName, id: string): boolean {
    return this.collection(name).remove(id)
  }

  get<K extends CollectionName>(name: K, id: string): CollectionTypes[K] | undefined {
    return this.collection(name).get(id)
  }

  /** A listable or inline price. */
  findPrice(id: string): PriceObject | undefined {
    return this.prices.get(id) ?? this.inlinePrices.get(id)
  }

  /** Archive a price (Stripe prices are never deleted, only set `active: false`). */
  archivePrice(id: string): PriceObject {
    return this.update('prices', id, { active: false })
  }

  setCreditBalance(grantId: string, balance: CreditGrantBalance): void {
    if (!Number.isSafeInteger(balance.available) || !Number.isSafeInteger(balance.ledger)) {
      throw new Error('Credit balances are integer minor units')
    }
    this.creditBalances.set(grantId, balance)
  }

  counts(): Record<CollectionName, number> {
    const out = {} as Record<CollectionName, number>
    for (const name of COLLECTION_NAMES) out[name] = this.collection(name).size
    return out
  }

  /** Changes whenever anything that meter usage depends on changes. */
  usageVersion(): string {
    return `${this.subscriptions.version}:${this.prices.version}:${this.inlinePrices.version}:${this.meters.version}`
  }
}
