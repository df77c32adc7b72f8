import { z } from 'zod'
import { alias, BILLING_FREQUENCIES, dateTime, spelledEnum, stringMap, uuid } from './common'

// POST /v1/contract-pricing/rate-cards/* — spec CreateRateCardPayload / UpdateRateCardPayload / GetRatesPayload /
// GetRateSchedulePayload; SDK 3.10 adds `add_credit_type_conversions` (update).

const conversion = z.strictObject({ custom_credit_type_id: uuid, fiat_per_custom_credit: z.number() })

export const rateCardCreate = z.strictObject({
  name: z.string(),
  description: z.string().optional(),
  fiat_credit_type_id: uuid.optional(),
  credit_type_conversions: z.array(conversion).optional(),
  aliases: z.array(alias).optional(),
  custom_fields: stringMap.optional(),
})
export type RateCardCreate = z.output<typeof rateCardCreate>

export const rateCardUpdate = z.strictObject({
  rate_card_id: uuid,
  name: z.string().optional(),
  description: z.string().optional(),
  aliases: z.array(alias).optional(),
  add_credit_type_conversions: z.array(conversion).optional(),
})
export type RateCardUpdate = z.output<typeof rateCardUpdate>

export const RATE_CARD_UPDATE_HINTS: Record<string, string> = {
  fiat_credit_type_id: "fiat_credit_type_id cannot be changed: a rate card's fiat currency is fixed at creation",
  credit_type_conversions:
    'credit_type_conversions cannot be modified through an update: use add_credit_type_conversions to add conversions for new pricing units',
  custom_fields: 'custom_fields cannot be set through rate-cards/update: use customFields/setValues with entity rate_card',
}

export const rateCardById = z.strictObject({ id: uuid })
// The spec declares `{type: object, additionalProperties: false}`: no filters at all.
export const rateCardList = z.strictObject({})

const billingFrequencySelector = spelledEnum(BILLING_FREQUENCIES, ['upper', 'title', 'lower'])

const rateSelector = z.strictObject({
  billing_frequency: billingFrequencySelector.optional(),
  product_id: uuid.optional(),
  product_tags: z.array(z.string()).optional(),
  pricing_group_values: stringMap.optional(),
  partial_pricing_group_values: stringMap.optional(),
})
export type RateSelector = z.output<typeof rateSelector>

export const getRates = z.strictObject({ rate_card_id: uuid, at: dateTime, selectors: z.array(rateSelector).optional() })

export const getRateSchedule = z.strictObject({
  rate_card_id: uuid,
  starting_at: dateTime,
  ending_before: dateTime.optional(),
  selectors: z.array(rateSelector.omit({ product_tags: true })).optional(),
})

export const setProductsOrder = z.strictObject({ rate_card_id: uuid, product_order: z.array(uuid) })
export const moveProducts = z.strictObject({
  rate_card_id: uuid,
  product_moves: z.array(z.strictObject({ product_id: uuid, position: z.number().min(0) })),
})
