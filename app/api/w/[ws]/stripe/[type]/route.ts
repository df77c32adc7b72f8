import { withRoute } from '@/lib/api/route'
import { ZListStripeObjects, ZStripeBrowserType } from '@/lib/contracts/stripe-data'
import { listStripeObjects } from '@/lib/services/stripe-data/list-objects'

export const GET = withRoute({ action: 'workspace.read', query: ZListStripeObjects }, (ctx, { params, query }) => listStripeObjects(ctx, ZStripeBrowserType.parse(params.type), query))
