/** Helpers for mapping tests: draft a small snapshot and look results up by key. */
import { draftCatalog } from '../../mapping/draft-catalog'
import type { Decision, DraftOptions, DraftResult } from '../../mapping/types'
import type { StripeSnapshot } from '../../stripe/snapshot'
import { ACCOUNT } from './build'

export const CUTOVER = '2026-12-01T00:00:00Z'

export function draft(snapshot: Partial<StripeSnapshot>, options: Partial<DraftOptions> = {}): DraftResult {
  return draftCatalog({ account: ACCOUNT, ...snapshot }, { cutoverAt: CUTOVER, ...options })
}

export function decision(r: DraftResult, key: string): Decision {
  const d = r.decisions.find((x) => x.key === key)
  if (!d) throw new Error(`no decision ${key}; have: ${r.decisions.map((x) => x.key).join(', ')}`)
  return d
}

export function find<T extends { key?: string }>(list: readonly T[], key: string): T {
  const o = list.find((x) => x.key === key)
  if (!o) throw new Error(`no object ${key}; have: ${list.map((x) => x.key).join(', ')}`)
  return o
}

const COLLECTIONS: Array<[keyof StripeSnapshot, string]> = [
  ['meters', 'meter'],
  ['prices', 'price'],
  ['products', 'product'],
  ['customers', 'customer'],
  ['subscriptions', 'subscription'],
  ['subscriptionSchedules', 'subscription_schedule'],
  ['creditGrants', 'credit_grant'],
  ['coupons', 'coupon'],
  ['promotionCodes', 'promotion_code'],
  ['discounts', 'discount'],
]

/** Imported objects that no decision names (should be none). */
export function unexplainedObjects(snapshot: StripeSnapshot, r: DraftResult): string[] {
  const explained = new Set(r.decisions.map((d) => `${d.stripeType}:${d.stripeId}`))
  const missing: string[] = []
  for (const [collection, type] of COLLECTIONS) {
    for (const raw of (snapshot[collection] as unknown[] | undefined) ?? []) {
      const id = (raw as { id?: string }).id
      if (!explained.has(`${type}:${id}`)) missing.push(`${type}:${id}`)
    }
  }
  for (const s of snapshot.creditBalanceSummaries ?? []) {
    const { customer, credit_grant } = s as { customer: string; credit_grant?: string }
    if (!explained.has(`credit_balance_summary:${credit_grant ? `${customer}:${credit_grant}` : customer}`)) missing.push(`credit_balance_summary:${customer}`)
  }
  if (!explained.has(`account:${snapshot.account.id}`)) missing.push('account')
  return missing
}

