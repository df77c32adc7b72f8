import { withRoute } from '@/lib/api/route'
import { ZConnectMetronomeRequest } from '@/lib/contracts/connections'
import { connectDemoMetronome } from '@/lib/services/connections/connect-demo'
import { connectMetronome } from '@/lib/services/connections/connect-metronome'

export const PUT = withRoute({ action: 'connection.manage', body: ZConnectMetronomeRequest }, (ctx, { body }) => ('demo' in body ? connectDemoMetronome(ctx) : connectMetronome(ctx, body)))
