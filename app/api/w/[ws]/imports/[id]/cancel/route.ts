import { withRoute } from '@/lib/api/route'
import { cancelImportRun } from '@/lib/services/imports/list-runs'

export const POST = withRoute({ action: 'import.run' }, (ctx, { params }) => cancelImportRun(ctx, params.id!))
