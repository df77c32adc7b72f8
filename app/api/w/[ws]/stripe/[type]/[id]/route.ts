import { withRoute } from '@/lib/api/route'
import { getStripeObject } from '@/lib/services/stripe-data/list-objects'

export const GET = withRoute({ action: 'workspace.read' }, (ctx, { params }) => getStripeObject(ctx, params.type!, params.id!))
