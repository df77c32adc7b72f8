/**
 * The imported Stripe catalogue as one value, and its lenient parse. Pure.
 *
 * `StripeSnapshot` is the raw JSON exactly as Stripe's API returned it (decimals as strings), grouped by
 * type; collections are `unknown[]` because raw input is untrusted. `parseStripeSnapshot` never throws:
 * every object either parses leniently into `ParsedSnapshot` or is listed in `rejected` with the reason,
 * so the mapping can explain it as an `unsupported` decision instead of dropping it.
 */
import type { z } from 'zod'
import { ZStripeAccount, type StripeAccount } from './account'
import { ZStripeCoupon, ZStripeDiscount, ZStripePromotionCode, type StripeCoupon, type StripeDiscount, type StripePromotionCode } from './coupon'
import {
  ZStripeCreditBalanceSummary,
  ZStripeCreditGrant,
  balanceSummaryId,
  type StripeCreditBalanceSummary,
  type StripeCreditGrant,
} from './credit-grant'
import { ZStripeCustomer, type StripeCustomer } from './customer'
import { ZStripeMeter, type StripeMeter } from './meter'
import { ZStripeMeterEvent, type StripeMeterEvent } from './meter-event'
import { ZStripePrice, type StripePrice } from './price'
import { ZStripeProduct, type StripeProduct } from './product'
import { ZStripeSubscription, type StripeSubscription } from './subscription'
import { ZStripeSubscriptionSchedule, type StripeSubscriptionSchedule } from './subscription-schedule'

export type StripeSnapshot = {
  account: { id: string; livemode: boolean; default_currency?: string | null; business_name?: string | null }
  meters?: readonly unknown[]
  prices?: readonly unknown[]
  products?: readonly unknown[]
  customers?: readonly unknown[]
  subscriptions?: readonly unknown[]
  subscriptionSchedules?: readonly unknown[]
  creditGrants?: readonly unknown[]
  /** `{customer, credit_grant?, balances: [{available_balance: {monetary: {currency, value}}, ledger_balance}]}` */
  creditBalanceSummaries?: readonly unknown[]
  coupons?: readonly unknown[]
  promotionCodes?: readonly unknown[]
  /** Discount objects (`di_…`) that subscriptions reference by id; optional. */
  discounts?: readonly unknown[]
  /** Uploaded Stripe meter events `{event_name, timestamp, identifier, payload}`. */
  sampleEvents?: readonly unknown[]
}

/**
 * Object types as the importer stores them (`StripeObject.type`) and decisions name them
 * (`Decision.stripeType`).
 */
export type StripeObjectType =
  | 'account'
  | 'meter'
  | 'price'
  | 'product'
  | 'customer'
  | 'subscription'
  | 'subscription_schedule'
  | 'credit_grant'
  | 'credit_balance_summary'
  | 'coupon'
  | 'promotion_code'
  | 'discount'

export type RejectedObject = { stripeType: StripeObjectType; stripeId: string; reason: string; raw: unknown }

export type ParsedSnapshot = {
  account: StripeAccount
  meters: StripeMeter[]
  prices: StripePrice[]
  products: StripeProduct[]
  customers: StripeCustomer[]
  subscriptions: StripeSubscription[]
  subscriptionSchedules: StripeSubscriptionSchedule[]
  creditGrants: StripeCreditGrant[]
  creditBalanceSummaries: StripeCreditBalanceSummary[]
  coupons: StripeCoupon[]
  promotionCodes: StripePromotionCode[]
  discounts: StripeDiscount[]
  sampleEvents: StripeMeterEvent[]
  /** Sample events that could not be read (not Stripe objects: counted, not decided). */
  skippedSampleEvents: number
  /** Objects that failed even the lenient parse, or repeated an id already seen. */
  rejected: RejectedObject[]
  /** The raw JSON of every parsed object, by `${type}:${id}`, for source hashes. */
  raw: Map<string, unknown>
}

/** Summarises zod issues as one sentence naming the fields ("event_name: expected string"). */
export function describeIssues(error: z.ZodError): string {
  const parts = error.issues.slice(0, 3).map((i) => `${i.path.length ? i.path.join('.') : 'object'}: ${i.message}`)
  const more = error.issues.length > 3 ? ` (and ${error.issues.length - 3} more)` : ''
  return `Stripe object could not be read — ${parts.join('; ')}${more}`
}

function rawId(raw: unknown, index: number): string {
  if (raw && typeof raw === 'object' && typeof (raw as { id?: unknown }).id === 'string' && (raw as { id: string }).id) {
    return (raw as { id: string }).id
  }
  return `#${index}`
}

function parseList<T>(
  items: readonly unknown[] | undefined,
  schema: z.ZodType<T>,
  stripeType: StripeObjectType,
  idOf: (parsed: T) => string,
  out: Pick<ParsedSnapshot, 'rejected' | 'raw'>,
): T[] {
  const seen = new Set<string>()
  const parsed: T[] = []
  ;(items ?? []).forEach((raw, index) => {
    const result = schema.safeParse(raw)
    if (!result.success) {
      out.rejected.push({ stripeType, stripeId: rawId(raw, index), reason: describeIssues(result.error), raw })
      return
    }
    const id = idOf(result.data)
    if (seen.has(id)) {
      out.rejected.push({ stripeType, stripeId: id, reason: `Duplicate ${stripeType} ${id} in the import: only the first copy was mapped.`, raw })
      return
    }
    seen.add(id)
    out.raw.set(`${stripeType}:${id}`, raw)
    parsed.push(result.data)
  })
  return parsed
}

const byId = (o: { id: string }) => o.id

export function parseStripeSnapshot(snapshot: StripeSnapshot, extraSampleEvents: readonly unknown[] = []): ParsedSnapshot {
  const out: Pick<ParsedSnapshot, 'rejected' | 'raw'> = { rejected: [], raw: new Map() }
  const account = ZStripeAccount.safeParse(snapshot.account)
  const samples = [...(snapshot.sampleEvents ?? []), ...extraSampleEvents]
  const sampleEvents: StripeMeterEvent[] = []
  for (const s of samples) {
    const r = ZStripeMeterEvent.safeParse(s)
    if (r.success) sampleEvents.push(r.data)
  }
  const parsedAccount: StripeAccount = account.success ? account.data : { id: 'acct_unknown', livemode: false }
  out.raw.set(`account:${parsedAccount.id}`, snapshot.account)
  return {
    ...out,
    account: parsedAccount,
    meters: parseList(snapshot.meters, ZStripeMeter, 'meter', byId, out),
    prices: parseList(snapshot.prices, ZStripePrice, 'price', byId, out),
    products: parseList(snapshot.products, ZStripeProduct, 'product', byId, out),
    customers: parseList(snapshot.customers, ZStripeCustomer, 'customer', byId, out),
    subscriptions: parseList(snapshot.subscriptions, ZStripeSubscription, 'subscription', byId, out),
    subscriptionSchedules: parseList(snapshot.subscriptionSchedules, ZStripeSubscriptionSchedule, 'subscription_schedule', byId, out),
    creditGrants: parseList(snapshot.creditGrants, ZStripeCreditGrant, 'credit_grant', byId, out),
    creditBalanceSummaries: parseList(snapshot.creditBalanceSummaries, ZStripeCreditBalanceSummary, 'credit_balance_summary', balanceSummaryId, out),
    coupons: parseList(snapshot.coupons, ZStripeCoupon, 'coupon', byId, out),
    promotionCodes: parseList(snapshot.promotionCodes, ZStripePromotionCode, 'promotion_code', byId, out),
    discounts: parseList(snapshot.discounts, ZStripeDiscount, 'discount', (d) => d.id ?? '', out).filter((d) => !!d.id),
    sampleEvents,
    skippedSampleEvents: samples.length - sampleEvents.length,
  }
}
