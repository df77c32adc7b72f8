import { withRoute } from '@/lib/api/route'
import { ZUploadSampleEvents } from '@/lib/contracts/drafts'
import { listSampleEvents, uploadSampleEvents } from '@/lib/services/drafts/sample-events'

export const GET = withRoute({ action: 'workspace.read' }, (ctx) => listSampleEvents(ctx))

/** JSON body {name, text, skipInvalid?}: the JSON Lines file's text (at most 10 MB). */
export const POST = withRoute({ action: 'catalog.edit', body: ZUploadSampleEvents, status: 201 }, (ctx, { body }) => uploadSampleEvents(ctx, body))
