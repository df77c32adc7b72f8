import type { SilentInput } from '../context'
import { badRequest } from '../errors'
import { findMetric, findProduct } from '../lookups'
import { productStateAt } from '../product-timeline'
import type { EmulatorState, ProductFields, ProductType } from '../types'

// Rules for products/create and products/update (metronome-domain.md §2, §8 rules 29–41). Checks run on the
// product's fields *after* the request is applied, but field-presence rules only look at what the request sent.

const USAGE_ONLY = ['pricing_group_key', 'presentation_group_key', 'quantity_conversion', 'quantity_rounding'] as const
const COMPOSITE_ONLY = ['composite_product_ids', 'composite_tags', 'exclude_free_usage', 'composite_scope'] as const

type Sent = Partial<Record<keyof ProductFields, unknown>>

export type ProductCheckInput = {
  state: EmulatorState
  type: ProductType
  productId: string | null
  /** Fields as they will be after the request. */
  fields: ProductFields
  /** Fields present in the request body. */
  sent: Sent
}

const sameSet = (a: readonly string[], b: readonly string[]) => {
  const sa = new Set(a)
  const sb = new Set(b)
  return sa.size === sb.size && [...sa].every((x) => sb.has(x))
}

export function checkProductFields({ state, type, fields, sent }: ProductCheckInput): void {
  for (const f of USAGE_ONLY) {
    if (sent[f] !== undefined && sent[f] !== null && type !== 'USAGE') throw badRequest(`${f} is only allowed for USAGE products`)
  }
  if (sent.billable_metric_id !== undefined && type !== 'USAGE') {
    throw badRequest('billable_metric_id is only allowed for USAGE products')
  }
  if (sent.billable_metric_id !== undefined) {
    const metricId = String(sent.billable_metric_id)
    const metric = findMetric(state, metricId)
    if (!metric) throw badRequest(`Billable metric not found: ${metricId}`)
    // BM12: "can no longer be used in any new Products"; re-pointing a product to it is a new use too.
    if (metric.archived_at) throw badRequest(`Billable metric ${metricId} is archived and cannot be used by new products`)
  }

  if (type === 'COMPOSITE' && !(fields.composite_product_ids?.length || fields.composite_tags?.length)) {
    throw badRequest('composite_product_ids or composite_tags is required for COMPOSITE products')
  }
  for (const id of (sent.composite_product_ids as string[] | undefined) ?? []) {
    if (!findProduct(state, id)) throw badRequest(`composite_product_ids: product not found: ${id}`)
  }

  const groupingChanged =
    sent.pricing_group_key !== undefined || sent.presentation_group_key !== undefined || sent.billable_metric_id !== undefined
  const pricing = fields.pricing_group_key ?? []
  const presentation = fields.presentation_group_key ?? []
  if (type === 'USAGE' && groupingChanged && pricing.length + presentation.length > 0) {
    if (!fields.billable_metric_id) {
      throw badRequest('pricing_group_key and presentation_group_key can only be set on a product with a billable_metric_id')
    }
    const metric = findMetric(state, fields.billable_metric_id)
    if (metric && metric.sql === undefined) {
      const groupKeys = metric.group_keys ?? []
      const known = new Set(groupKeys.flat())
      for (const [field, keys] of [['pricing_group_key', pricing], ['presentation_group_key', presentation]] as const) {
        for (const k of keys) {
          if (!known.has(k)) {
            throw badRequest(`${field} '${k}' is not a group key on billable metric ${metric.id}; keys can only be added if they are defined as group keys on the billable metric`)
          }
        }
      }
      const union = [...pricing, ...presentation]
      if (!groupKeys.some((g) => sameSet(g, union))) {
        throw badRequest(
          `The union of pricing_group_key and presentation_group_key [${[...new Set(union)].join(', ')}] must be set as one compound group key on billable metric ${metric.id}`,
        )
      }
    }
  }
}

export function productSilentProblems({ state, type, productId, fields, sent }: ProductCheckInput): SilentInput[] {
  const out: SilentInput[] = []
  const add = (code: string, message: string) =>
    out.push({ code, message, entity: 'contract_product', ...(productId ? { entity_id: productId } : {}) })
  const name = fields.name ?? ''

  if (type === 'USAGE' && !fields.billable_metric_id) {
    add('USAGE_WITHOUT_METRIC', `USAGE product "${name}" has no billable_metric_id; it will never accrue usage`)
  }
  if (type !== 'COMPOSITE') {
    for (const f of COMPOSITE_ONLY) if (sent[f] !== undefined) add('COMPOSITE_FIELD_ON_NON_COMPOSITE', `${f} only applies to COMPOSITE products ("${name}" is ${type})`)
  }
  for (const id of (sent.composite_product_ids as string[] | undefined) ?? []) {
    const target = findProduct(state, id)
    if (target && target.type !== 'USAGE') add('COMPOSITE_TARGET_NOT_USAGE', `composite product "${name}" targets ${target.type} product ${id}`)
  }
  for (const tag of (sent.composite_tags as string[] | undefined) ?? []) {
    const tagged = state.products.some((p) => p.id !== productId && (productStateAt(p, Infinity).tags ?? []).includes(tag))
    if (!tagged) add('COMPOSITE_TAG_MATCHES_NOTHING', `composite tag '${tag}' matches no product yet`)
  }

  const metric = fields.billable_metric_id ? findMetric(state, fields.billable_metric_id) : undefined
  if (type === 'USAGE' && metric?.sql !== undefined) {
    if (!fields.sql_breakdown_granularity) {
      add('SQL_BREAKDOWN_GRANULARITY_UNSET', `product "${name}" is on a SQL metric without sql_breakdown_granularity (documented default conflicts)`)
    }
    if ((fields.pricing_group_key?.length ?? 0) + (fields.presentation_group_key?.length ?? 0) > 0) {
      add('SQL_GROUP_KEYS_UNVERIFIED', `pricing/presentation keys of "${name}" must be columns the SQL query returns; the emulator cannot check this`)
    }
  } else if (sent.sql_breakdown_granularity !== undefined) {
    add('SQL_BREAKDOWN_GRANULARITY_IGNORED', `sql_breakdown_granularity on "${name}" is ignored: it only applies to USAGE products on SQL metrics`)
  }

  const qc = fields.quantity_conversion
  if (sent.quantity_conversion && qc && qc.conversion_factor <= 0) {
    add('NON_POSITIVE_CONVERSION_FACTOR', `quantity_conversion.conversion_factor ${qc.conversion_factor} on "${name}" is not positive`)
  }
  const qr = fields.quantity_rounding
  if (sent.quantity_rounding && qr && !Number.isInteger(qr.decimal_places)) {
    add('NON_INTEGER_DECIMAL_PLACES', `quantity_rounding.decimal_places ${qr.decimal_places} on "${name}" is not an integer`)
  }
  for (const f of ['pricing_group_key', 'presentation_group_key'] as const) {
    const keys = fields[f] ?? []
    if (sent[f] !== undefined && new Set(keys).size !== keys.length) add('DUPLICATE_GROUP_KEY_NAME', `${f} of "${name}" repeats a key`)
  }
  if (sent.name !== undefined) {
    const twin = state.products.find(
      (p) => p.id !== productId && !p.archived_at && p.type === type && productStateAt(p, Infinity).name === name,
    )
    if (twin) add('DUPLICATE_PRODUCT_NAME', `another active ${type} product (${twin.id}) is named "${name}"; publishers that reconcile by name will confuse them`)
  }
  return out
}
