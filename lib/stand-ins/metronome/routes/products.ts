import { randomUUID } from 'node:crypto'
import type { RouteDef } from '../context'
import { badRequest } from '../errors'
import { requireProduct } from '../lookups'
import { paginate } from '../pagination'
import { pickVersionedFields, productStateAt } from '../product-timeline'
import { productView } from '../read-models'
import { checkCustomFieldValues, writeCustomFields } from '../rules/custom-fields'
import { checkProductFields, productSilentProblems } from '../rules/products'
import { PRODUCT_UPDATE_HINTS, productArchive, productCreate, productGet, productList, productUpdate } from '../schemas/products'
import { parseRequest } from '../schemas/validate'
import { canonicalIso, isOnHourBoundary } from '../time'
import type { ProductVersion } from '../types'

const BASE = '/v1/contract-pricing/products'

export const productRoutes: RouteDef[] = [
  {
    method: 'POST',
    path: `${BASE}/create`,
    mutates: true,
    handler(ctx) {
      const p = parseRequest(productCreate, ctx.body)
      const { type, custom_fields = {}, ...rest } = p
      const fields = pickVersionedFields(rest)
      const check = { state: ctx.state, type, productId: null, fields, sent: fields }
      checkProductFields(check)
      checkCustomFieldValues(ctx.state, 'contract_product', null, custom_fields)
      const problems = productSilentProblems(check)

      const id = randomUUID()
      const now = ctx.now.toISOString()
      ctx.state.products.push({
        id,
        type,
        initial: { ...fields, name: p.name, created_at: now, created_by: ctx.createdBy, starting_at: now },
        updates: [],
        archived_at: null,
      })
      writeCustomFields(ctx.state, 'contract_product', id, custom_fields)
      for (const problem of problems) ctx.silent({ ...problem, entity_id: id })
      return { body: { data: { id } } }
    },
  },
  {
    method: 'POST',
    path: `${BASE}/get`,
    mutates: false,
    handler(ctx) {
      const { id } = parseRequest(productGet, ctx.body)
      return { body: { data: productView(ctx.state, requireProduct(ctx.state, id), ctx.now.getTime()) } }
    },
  },
  {
    method: 'POST',
    path: `${BASE}/update`,
    mutates: true,
    handler(ctx) {
      const p = parseRequest(productUpdate, ctx.body, { hints: PRODUCT_UPDATE_HINTS })
      const product = requireProduct(ctx.state, p.product_id)
      if (product.archived_at) throw badRequest(`Product ${product.id} is archived and cannot be updated`)
      if (!isOnHourBoundary(p.starting_at)) {
        throw badRequest('starting_at must be on an hour boundary (e.g. 1:00, not 1:30)')
      }
      const { product_id: _id, starting_at, ...rest } = p
      const sent = pickVersionedFields(rest)
      const update: ProductVersion = {
        ...sent,
        created_at: ctx.now.toISOString(),
        created_by: ctx.createdBy,
        starting_at: canonicalIso(starting_at),
      }
      // Judge the product as it will be once every scheduled update, this one included, has taken effect.
      const fields = productStateAt(product, Infinity, update)
      const check = { state: ctx.state, type: product.type, productId: product.id, fields, sent }
      checkProductFields(check)
      const problems = productSilentProblems(check)
      if (Date.parse(starting_at) < ctx.now.getTime()) {
        problems.push({
          code: 'RETROACTIVE_PRODUCT_UPDATE',
          message: `update starting ${starting_at} is in the past and rewrites billing retroactively`,
          entity: 'contract_product',
        })
      }
      product.updates.push(update)
      for (const problem of problems) ctx.silent({ ...problem, entity_id: product.id })
      return { body: { data: { id: product.id } } }
    },
  },
  {
    method: 'POST',
    path: `${BASE}/list`,
    mutates: false,
    handler(ctx) {
      const { archive_filter = 'NOT_ARCHIVED' } = parseRequest(productList, ctx.body)
      const products = ctx.state.products.filter((p) =>
        archive_filter === 'ALL' ? true : archive_filter === 'ARCHIVED' ? p.archived_at !== null : p.archived_at === null,
      )
      const page = paginate(products, ctx.query, ctx.defaultPageSize)
      const now = ctx.now.getTime()
      return { body: { data: page.data.map((p) => productView(ctx.state, p, now)), next_page: page.next_page } }
    },
  },
  {
    method: 'POST',
    path: `${BASE}/archive`,
    mutates: true,
    handler(ctx) {
      const { product_id } = parseRequest(productArchive, ctx.body)
      const product = requireProduct(ctx.state, product_id)
      product.archived_at ??= ctx.now.toISOString()
      return { body: { data: { id: product.id } } }
    },
  },
]
