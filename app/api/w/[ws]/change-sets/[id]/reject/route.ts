import { withRoute } from '@/lib/api/route'
import { ZReviewComment } from '@/lib/contracts/change-sets'
import { rejectChangeSet } from '@/lib/services/review/transitions'

export const POST = withRoute({ action: 'changeset.review', body: ZReviewComment }, (ctx, { params, body }) => rejectChangeSet(ctx, params.id!, body.comment))
