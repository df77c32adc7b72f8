import { withRoute } from '@/lib/api/route'
import { listExportableChangeSets } from '@/lib/services/catalog-code/export-catalog'

export const GET = withRoute({ action: 'workspace.read' }, (ctx) => listExportableChangeSets(ctx))
