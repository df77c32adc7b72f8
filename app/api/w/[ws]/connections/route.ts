import { withRoute } from '@/lib/api/route'
import { getConnections } from '@/lib/services/connections/get-connections'

export const GET = withRoute({ action: 'workspace.read' }, (ctx) => getConnections(ctx))
