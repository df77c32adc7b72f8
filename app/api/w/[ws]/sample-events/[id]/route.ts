import { withRoute } from '@/lib/api/route'
import { removeSampleEvents } from '@/lib/services/drafts/sample-events'

export const DELETE = withRoute({ action: 'catalog.edit' }, (ctx, { params }) => removeSampleEvents(ctx, params.id!))
