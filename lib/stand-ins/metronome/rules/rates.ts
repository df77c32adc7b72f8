import type { SilentInput } from '../context'
import { badRequest, notFound } from '../errors'
import { findPricingUnit, findProduct, unitName } from '../lookups'
import { productStateAt } from '../product-timeline'
import type { RatePayload } from '../schemas/rates'
import { isOnHourBoundary, ms } from '../time'
import type { EmulatorState, ProductType, RateCardRecord, RateRecord, RateType } from '../types'

// Rules for addRate / addRates (metronome-domain.md §3.2–3.6; §8 rules 44–57). Rates are append-only: there is no
// update or delete, so every rule is checked against the rates already on the card plus the earlier rates of the
// same addRates batch.

const RATE_TYPES_BY_PRODUCT: Record<ProductType, readonly RateType[]> = {
  USAGE: ['FLAT', 'TIERED', 'CUSTOM'],
  COMPOSITE: ['PERCENTAGE', 'TIERED_PERCENTAGE'],
  SUBSCRIPTION: ['FLAT', 'SUBSCRIPTION'],
  FIXED: [],
  PRO_SERVICE: [],
}

const TIERED: readonly RateType[] = ['TIERED', 'TIERED_PERCENTAGE']
const INHERITS_UNIT: readonly RateType[] = ['PERCENTAGE', 'TIERED_PERCENTAGE']

export type CheckedRate = { credit_type_id: string | undefined }

/**
 * Throws for a rate Metronome refuses; returns the pricing unit it resolves to. `label` prefixes messages
 * ("rates[3]: …") so a batch error names the offending rate.
 */
export function checkRate(
  state: EmulatorState,
  card: RateCardRecord,
  rate: RatePayload,
  earlier: readonly RateRecord[],
  label: string,
): CheckedRate {
  const fail = (m: string) => badRequest(label ? `${label}: ${m}` : m)
  const product = findProduct(state, rate.product_id)
  if (!product) throw notFound(label ? `${label}: product not found: ${rate.product_id}` : `Product not found: ${rate.product_id}`)
  const fields = productStateAt(product, Infinity)
  if (product.archived_at) throw fail(`product ${product.id} ("${fields.name}") is archived and cannot be used for new rates`)

  const allowed = RATE_TYPES_BY_PRODUCT[product.type]
  if (allowed.length === 0) {
    throw fail(`rates cannot be added for ${product.type} products ("${fields.name}"); ${product.type} products are priced on the contract`)
  }
  if (!allowed.includes(rate.rate_type)) {
    throw fail(`rate_type ${rate.rate_type} is not valid for ${product.type} products (allowed: ${allowed.join(', ')})`)
  }

  if (TIERED.includes(rate.rate_type)) {
    if (!rate.tiers || rate.tiers.length === 0) throw fail(`tiers are required for ${rate.rate_type} rates`)
  } else if (rate.tiers !== undefined) {
    throw fail(`tiers are only allowed for TIERED and TIERED_PERCENTAGE rates, not ${rate.rate_type}`)
  }
  if ((rate.rate_type === 'FLAT' || rate.rate_type === 'PERCENTAGE' || rate.rate_type === 'SUBSCRIPTION') && rate.price === undefined) {
    throw fail(`price is required for ${rate.rate_type} rates`)
  }
  if ((rate.rate_type === 'FLAT' || rate.rate_type === 'SUBSCRIPTION') && rate.price !== undefined && rate.price < 0) {
    throw fail(`price must be greater than or equal to 0 for ${rate.rate_type} rates`)
  }
  if (product.type === 'SUBSCRIPTION' && rate.rate_type === 'FLAT' && rate.billing_frequency === undefined) {
    throw fail('billing_frequency is required for FLAT rates on SUBSCRIPTION products')
  }
  if (rate.is_prorated !== undefined && (rate.rate_type !== 'SUBSCRIPTION' || rate.is_prorated !== true)) {
    throw fail('is_prorated is only valid for SUBSCRIPTION rates and must be true')
  }
  if (rate.commit_rate !== undefined) {
    if (product.type !== 'USAGE') throw fail('commit_rate is only allowed for USAGE products')
    if (TIERED.includes(rate.commit_rate.rate_type) && !rate.commit_rate.tiers?.length) {
      throw fail(`commit_rate.tiers are required for ${rate.commit_rate.rate_type} commit rates`)
    }
  }
  if (rate.ending_before !== undefined && ms(rate.ending_before) <= ms(rate.starting_at)) {
    throw fail('ending_before must be after starting_at')
  }

  const keys = fields.pricing_group_key ?? []
  for (const key of Object.keys(rate.pricing_group_values ?? {})) {
    if (!keys.includes(key)) {
      throw fail(
        keys.length === 0
          ? `pricing_group_values given for product ${product.id} ("${fields.name}"), which has no pricing_group_key`
          : `pricing_group_values key '${key}' is not in the pricing_group_key of product ${product.id} ([${keys.join(', ')}])`,
      )
    }
  }

  if (INHERITS_UNIT.includes(rate.rate_type)) return { credit_type_id: undefined }

  const unitId = rate.credit_type_id ?? card.fiat_credit_type_id
  const unit = findPricingUnit(state, unitId)
  if (!unit) throw fail(`credit_type_id: credit type not found: ${unitId}`)
  if (unit.is_currency && unitId !== card.fiat_credit_type_id) {
    throw fail(`credit_type_id ${unit.name} is not this rate card's fiat currency (${unitName(state, card.fiat_credit_type_id)})`)
  }
  if (!unit.is_currency && !card.credit_type_conversions.some((c) => c.custom_credit_type_id === unitId)) {
    throw fail(`credit_type_id ${unit.name} is a custom pricing unit without a credit_type_conversions entry on this rate card`)
  }
  const previous = earlier.find((r) => r.rate_card_id === card.id && r.product_id === product.id && r.credit_type_id !== undefined && r.credit_type_id !== unitId)
  if (previous?.credit_type_id) {
    throw fail(
      `cannot change the pricing unit: product ${product.id} ("${fields.name}") already has rates in ${unitName(state, previous.credit_type_id)} on this rate card, not ${unit.name}`,
    )
  }
  return { credit_type_id: unitId }
}

const groupKey = (r: { product_id: string; pricing_group_values?: Record<string, string>; billing_frequency?: string }) =>
  JSON.stringify([r.product_id, Object.entries(r.pricing_group_values ?? {}).sort(), r.billing_frequency ?? null])

export function rateSilentProblems(
  state: EmulatorState,
  card: RateCardRecord,
  rate: RatePayload,
  earlier: readonly RateRecord[],
  label: string,
): SilentInput[] {
  const out: SilentInput[] = []
  const prefix = label ? `${label}: ` : ''
  const add = (code: string, message: string) => out.push({ code, message: prefix + message, entity: 'rate_card', entity_id: card.id })
  const product = findProduct(state, rate.product_id)
  if (!product) return out
  const fields = productStateAt(product, Infinity)

  if (!rate.entitled) add('RATE_NOT_ENTITLED', `rate for "${fields.name}" has entitled: false; the product is off unless a contract override enables it`)
  if (rate.rate_type === 'SUBSCRIPTION') add('LEGACY_SUBSCRIPTION_RATE', `rate_type SUBSCRIPTION is deprecated; use FLAT with billing_frequency`)
  if (rate.rate_type === 'PERCENTAGE' && rate.price !== undefined && (rate.price < 0 || rate.price > 1)) {
    add('PERCENTAGE_OUT_OF_RANGE', `PERCENTAGE price ${rate.price} is outside 0..1 (0.1 = 10%)`)
  }
  if (rate.billing_frequency !== undefined && product.type !== 'SUBSCRIPTION') {
    add('BILLING_FREQUENCY_ON_NON_SUBSCRIPTION', `billing_frequency on a ${product.type} product rate ("${fields.name}")`)
  }
  if (rate.custom_rate !== undefined && rate.rate_type !== 'CUSTOM') add('CUSTOM_RATE_IGNORED', `custom_rate on a ${rate.rate_type} rate`)
  if (rate.credit_type_id !== undefined && INHERITS_UNIT.includes(rate.rate_type)) {
    add('CREDIT_TYPE_IGNORED', `credit_type_id is ignored for ${rate.rate_type} rates (they use the unit of the associated rates)`)
  }
  for (const [i, t] of (rate.tiers ?? []).entries()) {
    const last = i === (rate.tiers?.length ?? 0) - 1
    if (!last && !(t.size !== undefined && t.size > 0)) add('TIER_SIZE_MISSING', `tier ${i} is not the last tier but has no positive size`)
    if (last && t.size !== undefined) add('LAST_TIER_HAS_SIZE', `the last tier has a size; usage beyond it is undocumented`)
  }
  const keys = fields.pricing_group_key ?? []
  const given = Object.keys(rate.pricing_group_values ?? {})
  if (keys.length > 0 && given.length < keys.length) {
    add('PARTIAL_PRICING_GROUP_VALUES', `pricing_group_values of "${fields.name}" give ${given.length} of ${keys.length} pricing keys`)
  }
  if (!isOnHourBoundary(rate.starting_at)) add('RATE_START_NOT_HOUR_ALIGNED', `starting_at ${rate.starting_at} is not on an hour boundary`)

  const key = groupKey(rate)
  const start = ms(rate.starting_at)
  const end = rate.ending_before ? ms(rate.ending_before) : Infinity
  const overlap = earlier.find(
    (r) => r.rate_card_id === card.id && groupKey(r) === key && ms(r.starting_at) < end && start < (r.ending_before ? ms(r.ending_before) : Infinity),
  )
  if (overlap) {
    add('OVERLAPPING_RATES', `rate for "${fields.name}" overlaps an existing rate from ${overlap.starting_at}; the emulator lets the newest one win`)
  }
  return out
}
