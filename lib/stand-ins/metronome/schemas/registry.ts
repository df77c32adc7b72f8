import type { z } from 'zod'
import * as bm from './billable-metrics'
import * as cf from './custom-fields'
import * as pkg from './packages'
import * as products from './products'
import * as rc from './rate-cards'
import * as rates from './rates'

/**
 * Every endpoint the emulator serves, with the request schema it validates and the documented differences from the
 * OpenAPI document (which predates SDK 3.6). `spec-conformance.test.ts` walks this list against the spec: same
 * property names (plus `newerFields`), same required sets, same enum values (plus `newerEnumValues`).
 *
 * Paths in `newerFields` / `newerEnumValues` are relative to the body; `[]` steps into array items.
 */
export type EndpointSchema = {
  method: 'GET' | 'POST' | 'PUT'
  path: string
  body?: z.ZodType
  /** Query parameters the emulator reads (pagination and GET filters). */
  query: string[]
  newerFields?: string[]
  newerEnumValues?: Record<string, string[]>
}

const PAGE = ['limit', 'next_page']
const RC = '/v1/contract-pricing/rate-cards'
const PR = '/v1/contract-pricing/products'

// SDK 3.10 `customFields` entity union vs the spec's ManagedEntity.
const NEWER_ENTITIES = ['credit_grant', 'customer_plan', 'plan']

export const ENDPOINT_SCHEMAS: EndpointSchema[] = [
  { method: 'POST', path: '/v1/billable-metrics/create', body: bm.billableMetricCreate, query: [] },
  { method: 'GET', path: '/v1/billable-metrics/{billable_metric_id}', query: [] },
  { method: 'GET', path: '/v1/billable-metrics', query: [...PAGE, 'include_archived'] },
  { method: 'POST', path: '/v1/billable-metrics/archive', body: bm.billableMetricArchive, query: [] },
  { method: 'PUT', path: '/v1/billable-metrics/{billable_metric_id}', body: bm.billableMetricRename, query: [] },

  // sql_breakdown_granularity: SDK 3.6.0 (ProductCreateParams / ProductUpdateParams).
  { method: 'POST', path: `${PR}/create`, body: products.productCreate, query: [], newerFields: ['sql_breakdown_granularity'] },
  { method: 'POST', path: `${PR}/get`, body: products.productGet, query: [] },
  { method: 'POST', path: `${PR}/update`, body: products.productUpdate, query: [], newerFields: ['sql_breakdown_granularity'] },
  { method: 'POST', path: `${PR}/list`, body: products.productList, query: PAGE },
  { method: 'POST', path: `${PR}/archive`, body: products.productArchive, query: [] },

  // add_credit_type_conversions: SDK 3.10.0 (RateCardUpdateParams).
  { method: 'POST', path: `${RC}/create`, body: rc.rateCardCreate, query: [] },
  { method: 'POST', path: `${RC}/get`, body: rc.rateCardById, query: [] },
  { method: 'POST', path: `${RC}/update`, body: rc.rateCardUpdate, query: [], newerFields: ['add_credit_type_conversions'] },
  { method: 'POST', path: `${RC}/list`, body: rc.rateCardList, query: PAGE },
  { method: 'POST', path: `${RC}/archive`, body: rc.rateCardById, query: [] },
  { method: 'POST', path: `${RC}/getRates`, body: rc.getRates, query: PAGE },
  { method: 'POST', path: `${RC}/getRateSchedule`, body: rc.getRateSchedule, query: PAGE },
  { method: 'POST', path: `${RC}/addRate`, body: rates.addRate, query: [] },
  { method: 'POST', path: `${RC}/addRates`, body: rates.addRates, query: [] },
  { method: 'POST', path: `${RC}/moveRateCardProducts`, body: rc.moveProducts, query: [] },
  { method: 'POST', path: `${RC}/setRateCardProductsOrder`, body: rc.setProductsOrder, query: [] },

  { method: 'GET', path: '/v1/credit-types/list', query: PAGE },

  // spend_trackers, subscriptions[].billing_cycle_config and subscriptions[].proration.rounding: SDK PackageCreateParams.
  {
    method: 'POST',
    path: '/v1/packages/create',
    body: pkg.packageCreate,
    query: [],
    newerFields: ['spend_trackers', 'subscriptions[].billing_cycle_config', 'subscriptions[].proration.rounding'],
  },
  { method: 'POST', path: '/v1/packages/get', body: pkg.packageById, query: [] },
  { method: 'POST', path: '/v1/packages/list', body: pkg.packageList, query: PAGE },
  { method: 'POST', path: '/v1/packages/archive', body: pkg.packageById, query: [] },
  { method: 'POST', path: '/v1/packages/listContractsOnPackage', body: pkg.listContractsOnPackage, query: PAGE },

  { method: 'POST', path: '/v1/customFields/addKey', body: cf.addKey, query: [], newerEnumValues: { entity: NEWER_ENTITIES } },
  { method: 'POST', path: '/v1/customFields/removeKey', body: cf.removeKey, query: [], newerEnumValues: { entity: NEWER_ENTITIES } },
  { method: 'POST', path: '/v1/customFields/setValues', body: cf.setValues, query: [], newerEnumValues: { entity: NEWER_ENTITIES } },
  { method: 'POST', path: '/v1/customFields/deleteValues', body: cf.deleteValues, query: [], newerEnumValues: { entity: NEWER_ENTITIES } },
  { method: 'POST', path: '/v1/customFields/listKeys', body: cf.listKeys, query: ['next_page'], newerEnumValues: { 'entities[]': NEWER_ENTITIES } },
]
