import { withRoute } from '@/lib/api/route'
import { ZCreateMetric } from '@/lib/contracts/metrics'
import { createMetric } from '@/lib/services/catalog/create-metric'
import { listMetrics } from '@/lib/services/catalog/list-metrics'

export const GET = withRoute({ action: 'workspace.read' }, (ctx) => listMetrics(ctx))

export const POST = withRoute({ action: 'catalog.edit', body: ZCreateMetric, status: 201 }, (ctx, { body }) => createMetric(ctx, body))
