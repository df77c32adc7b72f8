import { withRoute } from '@/lib/api/route'
import { submitChangeSet } from '@/lib/services/review/transitions'

export const POST = withRoute({ action: 'changeset.submit' }, (ctx, { params }) => submitChangeSet(ctx, params.id!))
