import { withRoute } from '@/lib/api/route'
import { ZStripeBrowserType } from '@/lib/contracts/stripe-data'
import { getStripeObject } from '@/lib/services/stripe-data/get-object'

export const GET = withRoute({ action: 'workspace.read' }, (ctx, { params }) => getStripeObject(ctx, ZStripeBrowserType.parse(params.type), params.id!))
