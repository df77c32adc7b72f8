import { z } from 'zod'
import { alias, BILLING_FREQUENCIES, dateTime, looseObject, looseObjects, spelledEnum, stringMap, timeOffset, uuid } from './common'

// POST /v1/packages/* — spec CreatePackagePayload and inline schemas; SDK PackageCreateParams (adds `spend_trackers`
// and, on subscriptions, `billing_cycle_config` and `proration.rounding`).

const CONTRACT_TERMS =
  'contract terms are outside the catalogue the emulator checks: accepted as objects and stored verbatim'

const subscription = z.strictObject({
  subscription_rate: z.strictObject({
    billing_frequency: spelledEnum(BILLING_FREQUENCIES, ['upper', 'lower']),
    product_id: uuid,
  }),
  name: z.string().optional(),
  description: z.string().optional(),
  collection_schedule: spelledEnum(['ADVANCE', 'ARREARS'], ['upper', 'lower']),
  proration: z.strictObject({
    is_prorated: z.boolean().optional(),
    invoice_behavior: spelledEnum(['BILL_IMMEDIATELY', 'BILL_ON_NEXT_COLLECTION_DATE'], ['upper', 'lower']).optional(),
    rounding: z
      .strictObject({ decimal_places: z.number(), rounding_method: z.enum(['HALF_UP', 'FLOOR', 'CEILING']) })
      .optional(),
  }),
  initial_quantity: z.number().optional(),
  starting_at_offset: timeOffset.optional(),
  duration: timeOffset.optional(),
  temporary_id: z.string().optional(),
  quantity_management_mode: spelledEnum(['SEAT_BASED', 'QUANTITY_ONLY'], ['upper', 'lower']).optional(),
  seat_config: z.strictObject({ seat_group_key: z.string(), initial_unassigned_seats: z.number().optional() }).optional(),
  billing_cycle_config: z
    .strictObject({ invoice_placement: z.enum(['ON_SCHEDULED_INVOICE', 'ON_USAGE_INVOICE']).optional() })
    .optional(),
  custom_fields: stringMap.optional(),
})

export const packageCreate = z.strictObject({
  name: z.string(),
  contract_name: z.string().optional(),
  uniqueness_key: z.string().min(1).max(128).optional(),
  net_payment_terms_days: z.number().optional(),
  rate_card_id: uuid.optional(),
  rate_card_alias: z.string().optional(),
  aliases: z.array(alias).optional(),
  duration: timeOffset.optional(),
  commits: looseObjects(CONTRACT_TERMS).optional(),
  credits: looseObjects(CONTRACT_TERMS).optional(),
  recurring_commits: looseObjects(CONTRACT_TERMS).optional(),
  recurring_credits: looseObjects(CONTRACT_TERMS).optional(),
  multiplier_override_prioritization: spelledEnum(['LOWEST_MULTIPLIER', 'EXPLICIT'], ['upper', 'lower']).optional(),
  overrides: looseObjects(CONTRACT_TERMS).optional(),
  scheduled_charges: looseObjects(CONTRACT_TERMS).optional(),
  scheduled_charges_on_usage_invoices: z.enum(['ALL']).optional(),
  usage_statement_schedule: z
    .strictObject({
      frequency: spelledEnum(BILLING_FREQUENCIES, ['upper', 'lower']),
      day: spelledEnum(['FIRST_OF_MONTH', 'CONTRACT_START'], ['upper', 'lower']).optional(),
      invoice_generation_starting_at_offset: timeOffset.optional(),
    })
    .optional(),
  billing_provider: z.enum(['aws_marketplace', 'azure_marketplace', 'gcp_marketplace', 'stripe', 'netsuite']).optional(),
  delivery_method: z.enum(['direct_to_billing_provider', 'aws_sqs', 'tackle', 'aws_sns']).optional(),
  spend_threshold_configuration: looseObject(CONTRACT_TERMS).optional(),
  prepaid_balance_threshold_configuration: looseObject(CONTRACT_TERMS).optional(),
  subscriptions: z.array(subscription).optional(),
  spend_trackers: looseObjects(CONTRACT_TERMS).optional(),
})
export type PackageCreate = z.output<typeof packageCreate>

export const packageById = z.strictObject({ package_id: uuid })
export const packageList = z.strictObject({
  archive_filter: z.enum(['ARCHIVED', 'NOT_ARCHIVED', 'ALL', 'archived', 'not_archived', 'all']).optional(),
})
export const listContractsOnPackage = z.strictObject({
  package_id: uuid,
  starting_at: dateTime.optional(),
  covering_date: dateTime.optional(),
  include_archived: z.boolean().optional(),
})
