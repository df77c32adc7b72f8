import { z } from 'zod'
import { BILLING_FREQUENCIES, dateTime, spelledEnum, stringMap, uuid } from './common'

// POST …/rate-cards/addRate and …/addRates — spec AddRatePayload / RatePayload; SDK RateAddParams / RateAddManyParams.

export const rateType = spelledEnum(['FLAT', 'PERCENTAGE', 'SUBSCRIPTION', 'TIERED', 'TIERED_PERCENTAGE', 'CUSTOM'], ['upper', 'lower'])
const billingFrequency = spelledEnum(BILLING_FREQUENCIES, ['upper', 'lower'])

const tier = z.strictObject({ size: z.number().optional(), price: z.number() })
// Flag-gated (x-stainless-skip) minimum for composite rates; in the spec, so accepted.
const minimumConfig = z.strictObject({ minimum: z.number() })

const commitRate = z.strictObject({
  rate_type: rateType,
  price: z.number().optional(),
  tiers: z.array(tier).optional(),
  minimum_config: minimumConfig.optional(),
})

const rateFields = {
  product_id: uuid,
  pricing_group_values: stringMap.optional(),
  billing_frequency: billingFrequency.optional(),
  starting_at: dateTime,
  ending_before: dateTime.optional(),
  entitled: z.boolean(),
  rate_type: rateType,
  price: z.number().optional(),
  credit_type_id: uuid.optional(),
  quantity: z.number().optional(),
  is_prorated: z.boolean().optional(),
  tiers: z.array(tier).optional(),
  minimum_config: minimumConfig.optional(),
  custom_rate: z.record(z.string(), z.unknown()).optional(),
  commit_rate: commitRate.optional(),
}

export const ratePayload = z.strictObject(rateFields)
export type RatePayload = z.output<typeof ratePayload>

export const addRate = z.strictObject({ rate_card_id: uuid, ...rateFields })
export const addRates = z.strictObject({ rate_card_id: uuid, rates: z.array(ratePayload) })
