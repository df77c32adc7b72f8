import { withRoute } from '@/lib/api/route'
import { ZBulkDecisions } from '@/lib/contracts/drafts'
import { bulkDecisions, listDraftDecisions } from '@/lib/services/drafts/decisions'

export const GET = withRoute({ action: 'workspace.read' }, (ctx, { params }) => listDraftDecisions(ctx, params.cs))

/** Accept (or reset) many decisions at once: {ids, action}. */
export const POST = withRoute({ action: 'catalog.edit', body: ZBulkDecisions }, (ctx, { params, body }) => bulkDecisions(ctx, params.cs, body))
