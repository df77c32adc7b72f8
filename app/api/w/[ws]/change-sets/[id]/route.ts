import { withRoute } from '@/lib/api/route'
import { getChangeSetReview } from '@/lib/services/review/read-change-sets'

export const GET = withRoute({ action: 'workspace.read' }, (ctx, { params }) => getChangeSetReview(ctx, params.id!))
