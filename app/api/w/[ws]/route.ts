import { withRoute } from '@/lib/api/route'
import { getWorkspaceSummary } from '@/lib/services/workspace/get-summary'

export const GET = withRoute({ action: 'workspace.read' }, (ctx) => getWorkspaceSummary(ctx))
