import { withRoute } from '@/lib/api/route'
import { ZConnectStripeRequest } from '@/lib/contracts/connections'
import { connectDemoStripe } from '@/lib/services/connections/connect-demo'
import { connectStripe } from '@/lib/services/connections/connect-stripe'

export const PUT = withRoute({ action: 'connection.manage', body: ZConnectStripeRequest }, (ctx, { body }) => ('demo' in body ? connectDemoStripe(ctx) : connectStripe(ctx, body)))
