import { withRoute } from '@/lib/api/route'
import { reopenChangeSet } from '@/lib/services/review/transitions'

export const POST = withRoute({ action: 'changeset.submit' }, (ctx, { params }) => reopenChangeSet(ctx, params.id!))
