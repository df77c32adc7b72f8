import { withRoute } from '@/lib/api/route'
import { getDesignObject } from '@/lib/services/drafts/overview'

export const GET = withRoute({ action: 'workspace.read' }, (ctx, { params }) => getDesignObject(ctx, params.cs, params.kind!, params.key!))
