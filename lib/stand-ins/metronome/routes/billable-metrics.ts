import { randomUUID } from 'node:crypto'
import type { RouteDef } from '../context'
import { ApiError } from '../errors'
import { requireMetric } from '../lookups'
import { paginate } from '../pagination'
import { metricView } from '../read-models'
import { checkMetricDefinition, metricSilentProblems } from '../rules/billable-metrics'
import { checkCustomFieldValues, writeCustomFields } from '../rules/custom-fields'
import { billableMetricArchive, billableMetricCreate, billableMetricRename, RENAME_HINTS } from '../schemas/billable-metrics'
import { uuid } from '../schemas/common'
import { parseRequest } from '../schemas/validate'

function metricIdParam(raw: string | undefined): string {
  return parseRequest(uuid, raw, { where: 'request/params/billable_metric_id' })
}

export const billableMetricRoutes: RouteDef[] = [
  {
    method: 'POST',
    path: '/v1/billable-metrics/create',
    mutates: true,
    handler(ctx) {
      const p = parseRequest(billableMetricCreate, ctx.body)
      checkMetricDefinition(p)
      checkCustomFieldValues(ctx.state, 'billable_metric', null, p.custom_fields ?? {})
      const id = randomUUID()
      ctx.state.billable_metrics.push({
        id,
        name: p.name,
        aggregation_type: p.aggregation_type,
        aggregation_key: p.aggregation_key,
        event_type_filter: p.event_type_filter,
        property_filters: p.property_filters,
        group_keys: p.group_keys,
        sql: p.sql,
        created_at: ctx.now.toISOString(),
        archived_at: null,
      })
      writeCustomFields(ctx.state, 'billable_metric', id, p.custom_fields ?? {})
      for (const problem of metricSilentProblems(p)) ctx.silent({ ...problem, entity_id: id })
      return { body: { data: { id } } }
    },
  },
  {
    method: 'GET',
    path: '/v1/billable-metrics/{billable_metric_id}',
    mutates: false,
    handler(ctx) {
      const metric = requireMetric(ctx.state, metricIdParam(ctx.params.billable_metric_id))
      return { body: { data: metricView(ctx.state, metric) } }
    },
  },
  {
    method: 'GET',
    path: '/v1/billable-metrics',
    mutates: false,
    handler(ctx) {
      const raw = ctx.query.get('include_archived')
      if (raw !== null && raw !== 'true' && raw !== 'false') {
        throw new ApiError(400, 'request/query/include_archived must be boolean', 'schema')
      }
      const metrics = ctx.state.billable_metrics.filter((m) => raw === 'true' || !m.archived_at)
      const page = paginate(metrics, ctx.query, ctx.defaultPageSize)
      return { body: { data: page.data.map((m) => metricView(ctx.state, m)), next_page: page.next_page } }
    },
  },
  {
    method: 'POST',
    path: '/v1/billable-metrics/archive',
    mutates: true,
    handler(ctx) {
      const { id } = parseRequest(billableMetricArchive, ctx.body)
      const metric = requireMetric(ctx.state, id)
      // Archive is one-way; archiving again keeps the first archived_at and succeeds.
      metric.archived_at ??= ctx.now.toISOString()
      return { body: { data: { id } } }
    },
  },
  {
    method: 'PUT',
    path: '/v1/billable-metrics/{billable_metric_id}',
    mutates: true,
    handler(ctx) {
      const metric = requireMetric(ctx.state, metricIdParam(ctx.params.billable_metric_id))
      const { name } = parseRequest(billableMetricRename, ctx.body, { hints: RENAME_HINTS })
      metric.name = name
      return { body: { data: { id: metric.id } } }
    },
  },
]
