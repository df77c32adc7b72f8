import { withRoute } from '@/lib/api/route'
import { ZChangeTargets, ZDecisionAction } from '@/lib/contracts/drafts'
import { actOnDecision, changeDecisionTargets, getDecisionDetail } from '@/lib/services/drafts/decisions'

export const GET = withRoute({ action: 'workspace.read' }, (ctx, { params }) => getDecisionDetail(ctx, params.cs, params.id!))

/** accept | exclude | restore | reset, with an optional note. */
export const POST = withRoute({ action: 'catalog.edit', body: ZDecisionAction }, (ctx, { params, body }) => actOnDecision(ctx, params.cs, params.id!, body))

/** "Change": the edited target objects. */
export const PUT = withRoute({ action: 'catalog.edit', body: ZChangeTargets }, (ctx, { params, body }) => changeDecisionTargets(ctx, params.cs, params.id!, body))
