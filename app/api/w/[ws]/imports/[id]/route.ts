import { withRoute } from '@/lib/api/route'
import { getImportRun } from '@/lib/services/imports/list-runs'

export const GET = withRoute({ action: 'workspace.read' }, (ctx, { params }) => getImportRun(ctx, params.id!))
