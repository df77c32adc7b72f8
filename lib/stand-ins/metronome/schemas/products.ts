import { z } from 'zod'
import { dateTime, spelledEnum, stringMap, uuid } from './common'

// POST /v1/contract-pricing/products/* — spec CreateProductListItemPayload / UpdateProductListItemPayload;
// SDK ProductCreateParams / ProductUpdateParams (adds sql_breakdown_granularity, SDK ≥ 3.6).

export const productType = z
  .enum(['FIXED', 'fixed', 'USAGE', 'usage', 'COMPOSITE', 'composite', 'SUBSCRIPTION', 'subscription',
    'PROFESSIONAL_SERVICE', 'professional_service', 'PRO_SERVICE', 'pro_service'])
  // Responses only ever say PRO_SERVICE (SDK ProductListResponse.type).
  .transform((v) => (v.toUpperCase() === 'PROFESSIONAL_SERVICE' ? 'PRO_SERVICE' : v.toUpperCase()) as
    'FIXED' | 'USAGE' | 'COMPOSITE' | 'SUBSCRIPTION' | 'PRO_SERVICE')

export const quantityConversion = z
  .strictObject({
    name: z.string().optional(),
    conversion_factor: z.number(),
    operation: spelledEnum(['MULTIPLY', 'DIVIDE'], ['lower', 'upper']),
  })
  .nullable()

export const quantityRounding = z
  .strictObject({
    rounding_method: spelledEnum(['ROUND_UP', 'ROUND_DOWN', 'ROUND_HALF_UP'], ['lower', 'upper']),
    decimal_places: z.number().min(0),
  })
  .nullable()

// Not in the (older) spec; the SDK spells it upper case, the docs lower case. Accept both.
export const sqlBreakdownGranularity = spelledEnum(['HOUR', 'SERVICE_PERIOD'], ['lower', 'upper'])

const strings = z.array(z.string())

export const productCreate = z.strictObject({
  name: z.string(),
  type: productType,
  netsuite_internal_item_id: z.string().optional(),
  netsuite_overage_item_id: z.string().optional(),
  billable_metric_id: uuid.optional(),
  composite_product_ids: z.array(uuid).optional(),
  composite_tags: strings.optional(),
  is_refundable: z.boolean().optional(),
  // Flag-gated (x-stainless-skip) but in the spec.
  composite_scope: spelledEnum(['CUSTOMER', 'CONTRACT'], ['lower', 'upper']).optional(),
  exclude_free_usage: z.boolean().optional(),
  tags: strings.optional(),
  pricing_group_key: strings.optional(),
  presentation_group_key: strings.optional(),
  quantity_conversion: quantityConversion.optional(),
  quantity_rounding: quantityRounding.optional(),
  custom_fields: stringMap.optional(),
  sql_breakdown_granularity: sqlBreakdownGranularity.optional(),
})
export type ProductCreate = z.output<typeof productCreate>

export const productUpdate = z.strictObject({
  product_id: uuid,
  starting_at: dateTime,
  name: z.string().optional(),
  is_refundable: z.boolean().optional(),
  exclude_free_usage: z.boolean().optional(),
  billable_metric_id: uuid.optional(),
  netsuite_internal_item_id: z.string().optional(),
  netsuite_overage_item_id: z.string().optional(),
  composite_product_ids: z.array(uuid).optional(),
  quantity_conversion: quantityConversion.optional(),
  quantity_rounding: quantityRounding.optional(),
  tags: strings.optional(),
  composite_tags: strings.optional(),
  pricing_group_key: strings.optional(),
  presentation_group_key: strings.optional(),
  sql_breakdown_granularity: sqlBreakdownGranularity.optional(),
})
export type ProductUpdate = z.output<typeof productUpdate>

/** Fields people try to send on update that the API does not take there. */
export const PRODUCT_UPDATE_HINTS: Record<string, string> = {
  type: 'type cannot be changed after a product is created: create a new product with the correct type and archive the original',
  custom_fields: 'custom_fields cannot be set through products/update: use customFields/setValues with entity contract_product',
}

export const productGet = z.strictObject({ id: uuid })
export const productList = z.strictObject({ archive_filter: z.enum(['ARCHIVED', 'NOT_ARCHIVED', 'ALL']).optional() })
export const productArchive = z.strictObject({ product_id: uuid })
