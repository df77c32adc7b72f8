import { randomUUID } from 'node:crypto'
import type { RouteDef } from '../context'
import { badRequest } from '../errors'
import { requirePackage } from '../lookups'
import { paginate } from '../pagination'
import { packageView } from '../read-models'
import { checkPackage, packageSilentProblems } from '../rules/packages'
import { listContractsOnPackage, packageById, packageCreate, packageList } from '../schemas/packages'
import { parseRequest } from '../schemas/validate'

const BASE = '/v1/packages'

export const packageRoutes: RouteDef[] = [
  {
    method: 'POST',
    path: `${BASE}/create`,
    mutates: true,
    handler(ctx) {
      const p = parseRequest(packageCreate, ctx.body)
      const card = checkPackage(ctx.state, p, ctx.now.getTime())
      const id = randomUUID()
      const problems = packageSilentProblems(ctx.state, p, id)
      // Packages cannot be edited after creation (PK1): there is deliberately no update route.
      ctx.state.packages.push({
        id,
        created_at: ctx.now.toISOString(),
        created_by: ctx.createdBy,
        archived_at: null,
        params: p,
        resolved_rate_card_id: card.id,
      })
      if (p.uniqueness_key !== undefined) ctx.state.uniqueness_keys[p.uniqueness_key] = id
      for (const problem of problems) ctx.silent(problem)
      return { body: { data: { id } } }
    },
  },
  {
    method: 'POST',
    path: `${BASE}/get`,
    mutates: false,
    handler(ctx) {
      const { package_id } = parseRequest(packageById, ctx.body)
      return { body: { data: packageView(ctx.state, requirePackage(ctx.state, package_id)) } }
    },
  },
  {
    method: 'POST',
    path: `${BASE}/list`,
    mutates: false,
    handler(ctx) {
      const filter = (parseRequest(packageList, ctx.body).archive_filter ?? 'NOT_ARCHIVED').toUpperCase()
      const packages = ctx.state.packages.filter((p) =>
        filter === 'ALL' ? true : filter === 'ARCHIVED' ? p.archived_at !== null : p.archived_at === null,
      )
      const page = paginate(packages, ctx.query, ctx.defaultPageSize)
      return { body: { data: page.data.map((p) => packageView(ctx.state, p)), next_page: page.next_page } }
    },
  },
  {
    method: 'POST',
    path: `${BASE}/archive`,
    mutates: true,
    handler(ctx) {
      const { package_id } = parseRequest(packageById, ctx.body)
      const pkg = requirePackage(ctx.state, package_id)
      pkg.archived_at ??= ctx.now.toISOString()
      return { body: { data: { id: pkg.id } } }
    },
  },
  {
    method: 'POST',
    path: `${BASE}/listContractsOnPackage`,
    mutates: false,
    handler(ctx) {
      const p = parseRequest(listContractsOnPackage, ctx.body)
      requirePackage(ctx.state, p.package_id)
      if (p.starting_at !== undefined && p.covering_date !== undefined) {
        throw badRequest('starting_at cannot be provided together with covering_date')
      }
      // The emulator has no contracts, so no package has any yet.
      return { body: paginate([], ctx.query, ctx.defaultPageSize) }
    },
  },
]
