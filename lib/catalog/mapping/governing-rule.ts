/**
 * The mapping rule that governs an object when no more specific rule applies (an archived price nobody
 * uses, a one-time price, an object that could not be read). The CLI contract reports every decision's
 * rule as "M<n>", so "no rule" is expressed as the rule of the object's kind. Pure.
 */
import type { StripeObjectType } from '../stripe/snapshot'
import type { MappingRule } from './types'

const BY_TYPE: Record<string, MappingRule> = {
  account: 'M24',
  meter: 'M1',
  product: 'M8',
  price: 'M9',
  customer: 'M4',
  subscription: 'M18',
  subscription_schedule: 'M18',
  credit_grant: 'M19',
  credit_balance_summary: 'M19',
  coupon: 'M20',
  discount: 'M20',
  promotion_code: 'M24',
}

export function governingRule(stripeType: StripeObjectType | string): MappingRule {
  return BY_TYPE[stripeType] ?? 'M24'
}

/** The rule a price would be drafted under, from its billing scheme (M9 per unit, M10 volume, M11 graduated, M21 licensed). */
export function priceRule(p: { billing_scheme?: string | null; tiers_mode?: string | null; recurring?: { usage_type?: string | null } | null; type?: string | null }): MappingRule {
  if (!p.recurring || p.type === 'one_time') return 'M24'
  if (p.recurring.usage_type === 'licensed') return 'M21'
  if (p.billing_scheme === 'tiered') return p.tiers_mode === 'volume' ? 'M10' : 'M11'
  return 'M9'
}
