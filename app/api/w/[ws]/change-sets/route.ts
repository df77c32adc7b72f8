import { withRoute } from '@/lib/api/route'
import { listChangeSetSummaries } from '@/lib/services/review/read-change-sets'

export const GET = withRoute({ action: 'workspace.read' }, (ctx) => listChangeSetSummaries(ctx))
