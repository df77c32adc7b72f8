import { withRoute } from '@/lib/api/route'
import { ZConnectStripe } from '@/lib/contracts/connections'
import { connectStripe } from '@/lib/services/connections/connect-stripe'

export const PUT = withRoute({ action: 'connection.manage', body: ZConnectStripe }, (ctx, { body }) => connectStripe(ctx, body))
