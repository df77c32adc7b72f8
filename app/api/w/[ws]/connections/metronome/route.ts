import { withRoute } from '@/lib/api/route'
import { ZConnectMetronome } from '@/lib/contracts/connections'
import { connectMetronome } from '@/lib/services/connections/connect-metronome'

export const PUT = withRoute({ action: 'connection.manage', body: ZConnectMetronome }, (ctx, { body }) => connectMetronome(ctx, body))
