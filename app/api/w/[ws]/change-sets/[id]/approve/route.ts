import { withRoute } from '@/lib/api/route'
import { ZReviewComment } from '@/lib/contracts/change-sets'
import { approveChangeSet } from '@/lib/services/review/transitions'

export const POST = withRoute({ action: 'changeset.review', body: ZReviewComment }, (ctx, { params, body }) => approveChangeSet(ctx, params.id!, body.comment))
