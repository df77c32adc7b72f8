import { withRoute } from '@/lib/api/route'
import { getMetric } from '@/lib/services/catalog/list-metrics'
import { publishMetric } from '@/lib/services/publish/publish-metric'

export const POST = withRoute({ action: 'publish.run' }, async (ctx, { params }) => {
  const m = await getMetric(ctx, params.key!)
  return publishMetric(ctx, { changeSetId: m.changeSetId, key: m.key })
})
