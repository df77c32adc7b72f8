import { z } from 'zod'
import { stringMap, uuid } from './common'

// POST /v1/customFields/* — spec ManagedEntity; the SDK 3.10 entity union adds credit_grant, customer_plan and plan.
export const MANAGED_ENTITIES = [
  'alert', 'billable_metric', 'charge', 'commit', 'contract_credit', 'contract_product', 'contract', 'credit_grant',
  'customer_plan', 'customer', 'discount', 'invoice', 'plan', 'professional_service', 'product', 'rate_card',
  'scheduled_charge', 'subscription', 'package_commit', 'package_credit', 'package_subscription', 'package_scheduled_charge',
] as const
export type ManagedEntity = (typeof MANAGED_ENTITIES)[number]

const entity = z.enum(MANAGED_ENTITIES)

export const addKey = z.strictObject({ entity, key: z.string(), enforce_uniqueness: z.boolean() })
export const removeKey = z.strictObject({ entity, key: z.string() })
export const setValues = z.strictObject({ entity, entity_id: uuid, custom_fields: stringMap })
export const deleteValues = z.strictObject({ entity, entity_id: uuid, keys: z.array(z.string()) })
export const listKeys = z.strictObject({ entities: z.array(entity).optional() })
