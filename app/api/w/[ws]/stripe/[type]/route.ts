import { withRoute } from '@/lib/api/route'
import { listStripeObjects, ZListStripeObjects } from '@/lib/services/stripe-data/list-objects'

export const GET = withRoute({ action: 'workspace.read', query: ZListStripeObjects }, (ctx, { params, query }) => listStripeObjects(ctx, params.type!, query))
