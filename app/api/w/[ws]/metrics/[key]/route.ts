import { withRoute } from '@/lib/api/route'
import { getMetric } from '@/lib/services/catalog/list-metrics'

export const GET = withRoute({ action: 'workspace.read' }, (ctx, { params }) => getMetric(ctx, params.key!))
