/**
 * Turns stored objects into wire objects, applying `expand[]`.
 *
 * Stripe has two kinds of "expand": *includable* fields that are simply absent unless requested
 * (`price.tiers`, `price.currency_options`) and *references* that are an id unless expanded into the
 * object (`price.product`, `subscription.customer`). Some children are always embedded
 * (`subscription.items`, `subscription_item.price`) but their own fields still obey expand, hence
 * nested paths like `data.items.data.price.tiers`. Paths are validated against a static schema first,
 * so an unsupported path is a 400 even when the list is empty, as on Stripe.
 */
import type { EmulatedAccount } from './account'
import { invalidRequest } from './errors'
import { planFromPrice } from './objects'
import type {
  CreditGrantObject,
  CurrencyOption,
  DiscountObject,
  PriceObject,
  PromotionCodeObject,
  SubscriptionItemRecord,
  SubscriptionRecord,
  SubscriptionScheduleObject,
} from './types'

export type Wire = Record<string, unknown>

/** Parsed expand paths as a trie: `data.items.data.price.tiers` → data → items → data → price → tiers. */
export type ExpandTree = Map<string, ExpandTree>

export type Kind =
  | 'leaf'
  | 'account'
  | 'price'
  | 'plan'
  | 'product'
  | 'customer'
  | 'subscription'
  | 'item_list'
  | 'subscription_item'
  | 'subscription_schedule'
  | 'phase'
  | 'phase_item'
  | 'meter'
  | 'meter_event_summary'
  | 'credit_grant'
  | 'credit_balance_summary'
  | 'coupon'
  | 'promotion_code'
  | 'promotion'
  | 'discount'
  | 'discount_source'

/** What can be expanded (or traversed) from each kind. `leaf` = includable field or always-null ref. */
const SCHEMA: Record<Kind, Record<string, Kind>> = {
  leaf: {},
  account: {},
  price: { tiers: 'leaf', currency_options: 'leaf', product: 'product' },
  plan: { tiers: 'leaf', product: 'product' },
  product: { default_price: 'price', tax_code: 'leaf' },
  customer: { default_source: 'leaf', test_clock: 'leaf' },
  subscription: {
    customer: 'customer',
    schedule: 'subscription_schedule',
    items: 'item_list',
    discounts: 'discount',
    latest_invoice: 'leaf',
    default_payment_method: 'leaf',
    default_source: 'leaf',
    pending_setup_intent: 'leaf',
    test_clock: 'leaf',
    application: 'leaf',
    on_behalf_of: 'leaf',
  },
  item_list: { data: 'subscription_item' },
  subscription_item: { price: 'price', plan: 'plan', discounts: 'discount' },
  subscription_schedule: {
    customer: 'customer',
    subscription: 'subscription',
    phases: 'phase',
    test_clock: 'leaf',
    application: 'leaf',
  },
  phase: { items: 'phase_item', default_payment_method: 'leaf', on_behalf_of: 'leaf' },
  phase_item: { price: 'price', plan: 'plan' },
  meter: {},
  meter_event_summary: {},
  credit_grant: { customer: 'customer', test_clock: 'leaf' },
  credit_balance_summary: { customer: 'customer' },
  coupon: {},
  promotion_code: { customer: 'customer', promotion: 'promotion' },
  promotion: { coupon: 'coupon' },
  discount: { customer: 'customer', promotion_code: 'promotion_code', source: 'discount_source' },
  discount_source: { coupon: 'coupon' },
}

const MAX_EXPAND_DEPTH = 4

/**
 * Parse and validate expand paths. `list: true` means the paths are relative to a list envelope and
 * must start with `data.` (Stripe's rule for list endpoints); the returned tree is then relative to
 * each list element.
 */
export function parseExpand(paths: string[], kind: Kind, list: boolean): ExpandTree {
  const root: ExpandTree = new Map()
  paths.forEach((path, index) => {
    const param = `expand[${index}]`
    const segments = path.split('.')
    // Stripe's limit counts expansion levels; the `data` of a list is not one.
    if (segments.filter((s) => s !== 'data').length > MAX_EXPAND_DEPTH) {
      throw invalidRequest(`You cannot expand more than ${MAX_EXPAND_DEPTH} levels of a property. Property: ${path}`, {
        param,
      })
    }
    let rest = segments
    if (list) {
      if (segments[0] !== 'data' || segments.length < 2) {
        throw invalidRequest(`This property cannot be expanded (${path}).`, { param })
      }
      rest = segments.slice(1)
    }
    let node = root
    let current: Kind = kind
    for (const segment of rest) {
      const next: Kind | undefined = SCHEMA[current][segment]
      if (next === undefined) throw invalidRequest(`This property cannot be expanded (${path}).`, { param })
      let child = node.get(segment)
      if (!child) {
        child = new Map()
        node.set(segment, child)
      }
      node = child
      current = next
    }
  })
  return root
}

const EMPTY: ExpandTree = new Map()

/** Renders objects of one account; lookups for expansions go through it. */
export class Renderer {
  constructor(private readonly account: EmulatedAccount) {}

  price(price: PriceObject, tree: ExpandTree = EMPTY): Wire {
    const { tiers, currency_options: extraCurrencies, ...base } = price
    const out: Wire = { ...base }
    if (tree.has('tiers') && price.billing_scheme === 'tiered') out.tiers = tiers ?? []
    if (tree.has('currency_options')) {
      // Stripe lists the price's own currency in currency_options alongside the extra ones.
      const own: CurrencyOption = {
        custom_unit_amount: price.custom_unit_amount,
        tax_behavior: price.tax_behavior,
        unit_amount: price.unit_amount,
        unit_amount_decimal: price.unit_amount_decimal,
      }
      if (price.billing_scheme === 'tiered') own.tiers = tiers ?? []
      out.currency_options = { [price.currency]: own, ...extraCurrencies }
    }
    const productTree = tree.get('product')
    if (productTree) out.product = this.productRef(price.product, productTree)
    return out
  }

  product(id: string, tree: ExpandTree = EMPTY): Wire {
    const product = this.account.products.get(id)
    if (!product) return { id, object: 'product', deleted: true }
    const out: Wire = { ...product }
    const priceTree = tree.get('default_price')
    if (priceTree && product.default_price) {
      const price = this.account.findPrice(product.default_price)
      if (price) out.default_price = this.price(price, priceTree)
    }
    return out
  }

  private productRef(id: string, tree: ExpandTree): Wire {
    return this.product(id, tree)
  }

  customer(id: string, _tree: ExpandTree = EMPTY): Wire {
    const customer = this.account.customers.get(id)
    return customer ? { ...customer } : { id, object: 'customer', deleted: true }
  }

  plan(price: PriceObject, tree: ExpandTree = EMPTY): Wire {
    const out: Wire = planFromPrice(price)
    if (tree.has('tiers') && price.billing_scheme === 'tiered') out.tiers = price.tiers ?? []
    const productTree = tree.get('product')
    if (productTree) out.product = this.product(price.product, productTree)
    return out
  }

  subscriptionItem(item: SubscriptionItemRecord, tree: ExpandTree = EMPTY): Wire {
    const price = this.account.findPrice(item.price)
    if (!price) throw new Error(`Subscription item ${item.id} refers to unknown price ${item.price}`)
    const out: Wire = { ...item, price: this.price(price, tree.get('price')), plan: this.plan(price, tree.get('plan')) }
    const discountTree = tree.get('discounts')
    if (discountTree) out.discounts = item.discounts.map((id) => this.discount(id, discountTree))
    return out
  }

  subscription(sub: SubscriptionRecord, tree: ExpandTree = EMPTY): Wire {
    const itemTree = tree.get('items')?.get('data') ?? EMPTY
    const out: Wire = {
      ...sub,
      items: {
        object: 'list',
        data: sub.items.map((item) => this.subscriptionItem(item, itemTree)),
        has_more: false,
        total_count: sub.items.length,
        url: `/v1/subscription_items?subscription=${sub.id}`,
      },
    }
    const customerTree = tree.get('customer')
    if (customerTree) out.customer = this.customer(sub.customer, customerTree)
    const scheduleTree = tree.get('schedule')
    if (scheduleTree && sub.schedule) {
      const schedule = this.account.subscriptionSchedules.get(sub.schedule)
      if (schedule) out.schedule = this.schedule(schedule, scheduleTree)
    }
    const discountTree = tree.get('discounts')
    if (discountTree) out.discounts = sub.discounts.map((id) => this.discount(id, discountTree))
    return out
  }

  schedule(schedule: SubscriptionScheduleObject, tree: ExpandTree = EMPTY): Wire {
    const out: Wire = { ...schedule }
    const phaseItemTree = tree.get('phases')?.get('items')
    const priceTree = phaseItemTree?.get('price')
    if (priceTree) {
      out.phases = schedule.phases.map((phase) => ({
        ...phase,
        items: phase.items.map((item) => {
          const price = this.account.findPrice(item.price)
          return { ...item, price: price ? this.price(price, priceTree) : item.price }
        }),
      }))
    }
    const customerTree = tree.get('customer')
    if (customerTree) out.customer = this.customer(schedule.customer, customerTree)
    const subTree = tree.get('subscription')
    if (subTree && schedule.subscription) {
      const sub = this.account.subscriptions.get(schedule.subscription)
      if (sub) out.subscription = this.subscription(sub, subTree)
    }
    return out
  }

  creditGrant(grant: CreditGrantObject, tree: ExpandTree = EMPTY): Wire {
    const out: Wire = { ...grant }
    const customerTree = tree.get('customer')
    if (customerTree) out.customer = this.customer(grant.customer, customerTree)
    return out
  }

  coupon(id: string): Wire {
    const coupon = this.account.coupons.get(id)
    return coupon ? { ...coupon } : { id, object: 'coupon', deleted: true }
  }

  promotionCode(promo: PromotionCodeObject, tree: ExpandTree = EMPTY): Wire {
    const out: Wire = { ...promo }
    const customerTree = tree.get('customer')
    if (customerTree && promo.customer) out.customer = this.customer(promo.customer, customerTree)
    if (tree.get('promotion')?.has('coupon') && promo.promotion.coupon) {
      out.promotion = { ...promo.promotion, coupon: this.coupon(promo.promotion.coupon) }
    }
    return out
  }

  discount(id: string, tree: ExpandTree = EMPTY): Wire | string {
    const discount: DiscountObject | undefined = this.account.discounts.get(id)
    if (!discount) return id
    const out: Wire = { ...discount }
    if (tree.has('customer') && discount.customer) out.customer = this.customer(discount.customer)
    if (tree.get('source')?.has('coupon') && discount.source.coupon) {
      out.source = { ...discount.source, coupon: this.coupon(discount.source.coupon) }
    }
    const promoTree = tree.get('promotion_code')
    if (promoTree && discount.promotion_code) {
      const promo = this.account.promotionCodes.get(discount.promotion_code)
      if (promo) out.promotion_code = this.promotionCode(promo, promoTree)
    }
    return out
  }
}
