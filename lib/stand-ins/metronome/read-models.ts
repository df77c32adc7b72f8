import { findProduct, unitName } from './lookups'
import { productStateAt } from './product-timeline'
import { customFieldsOf } from './rules/custom-fields'
import type { EmulatorState, MetricRecord, PackageRecord, ProductRecord, RateCardRecord, RateRecord } from './types'

// Response shapes, following the SDK 3.10 response types (BillableMetricRetrieveResponse.Data,
// ProductListResponse, RateCardRetrieveResponse.Data, RateListResponse, RateAddResponse.Data, PackageRetrieveResponse).
// Optional fields are omitted rather than sent as null, except where the SDK types allow null (product archived_at).

/** Drops undefined values so responses do not carry keys the API would leave out. */
function compact<T extends Record<string, unknown>>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T
}

export function metricView(state: EmulatorState, m: MetricRecord) {
  return compact({
    id: m.id,
    name: m.name,
    aggregation_type: m.aggregation_type,
    aggregation_key: m.aggregation_key,
    event_type_filter: m.event_type_filter,
    property_filters: m.property_filters,
    group_keys: m.group_keys,
    sql: m.sql,
    custom_fields: customFieldsOf(state, 'billable_metric', m.id),
    archived_at: m.archived_at ?? undefined,
  })
}

export function productView(state: EmulatorState, p: ProductRecord, now: number) {
  return {
    id: p.id,
    type: p.type,
    initial: p.initial,
    current: productStateAt(p, now),
    updates: p.updates,
    archived_at: p.archived_at,
    custom_fields: customFieldsOf(state, 'contract_product', p.id),
  }
}

export function rateCardView(state: EmulatorState, c: RateCardRecord) {
  return compact({
    id: c.id,
    name: c.name,
    description: c.description,
    created_at: c.created_at,
    created_by: c.created_by,
    aliases: c.aliases,
    fiat_credit_type: { id: c.fiat_credit_type_id, name: unitName(state, c.fiat_credit_type_id) },
    // The SDK types fiat_per_custom_credit as a string on the read side.
    credit_type_conversions: c.credit_type_conversions.map((x) => ({
      custom_credit_type: { id: x.custom_credit_type_id, name: unitName(state, x.custom_credit_type_id) },
      fiat_per_custom_credit: String(x.fiat_per_custom_credit),
    })),
    custom_fields: customFieldsOf(state, 'rate_card', c.id),
    archived_at: c.archived_at ?? undefined,
  })
}

/** The `rate` object (Shared.Rate) — also the addRate response body's `data`. */
export function rateBody(state: EmulatorState, r: RateRecord) {
  return compact({
    rate_type: r.rate_type,
    price: r.price,
    tiers: r.tiers,
    credit_type: r.credit_type_id ? { id: r.credit_type_id, name: unitName(state, r.credit_type_id) } : undefined,
    pricing_group_values: r.pricing_group_values,
    quantity: r.quantity,
    is_prorated: r.is_prorated,
    custom_rate: r.custom_rate,
    commit_rate: r.commit_rate,
  })
}

/** One entry of getRates / getRateSchedule (RateListResponse). */
export function rateEntryView(state: EmulatorState, r: RateRecord) {
  const product = findProduct(state, r.product_id)
  const fields = product ? productStateAt(product, Infinity) : undefined
  return compact({
    product_id: r.product_id,
    product_name: fields?.name ?? '',
    product_tags: fields?.tags ?? [],
    product_custom_fields: customFieldsOf(state, 'contract_product', r.product_id),
    entitled: r.entitled,
    starting_at: r.starting_at,
    ending_before: r.ending_before,
    pricing_group_values: r.pricing_group_values,
    billing_frequency: r.billing_frequency,
    rate: rateBody(state, r),
    commit_rate: r.commit_rate,
  })
}

/** Package terms echo the stored payload, with product references expanded to `{id, name}` as the SDK types do. */
export function packageView(state: EmulatorState, p: PackageRecord) {
  const productRef = (id: unknown) => {
    const product = typeof id === 'string' ? findProduct(state, id) : undefined
    return { id, name: product ? productStateAt(product, Infinity).name : '' }
  }
  const withProduct = (terms: unknown) =>
    Array.isArray(terms)
      ? terms.map((t: Record<string, unknown>) => {
          const { product_id, ...rest } = t
          return product_id === undefined ? t : { ...rest, product: productRef(product_id) }
        })
      : undefined
  const { rate_card_alias: _alias, commits, credits, scheduled_charges, subscriptions, ...rest } = p.params
  return compact({
    ...rest,
    id: p.id,
    rate_card_id: p.resolved_rate_card_id,
    created_at: p.created_at,
    created_by: p.created_by,
    commits: withProduct(commits) ?? [],
    credits: withProduct(credits),
    scheduled_charges: withProduct(scheduled_charges) ?? [],
    overrides: (p.params.overrides as unknown[] | undefined) ?? [],
    usage_statement_schedule: p.params.usage_statement_schedule ?? { frequency: 'MONTHLY', day: 'FIRST_OF_MONTH' },
    subscriptions: Array.isArray(subscriptions)
      ? subscriptions.map((s: { subscription_rate: { product_id: string; billing_frequency: string } }) => ({
          ...s,
          subscription_rate: { billing_frequency: s.subscription_rate.billing_frequency, product: productRef(s.subscription_rate.product_id) },
        }))
      : undefined,
    archived_at: p.archived_at ?? undefined,
  })
}
