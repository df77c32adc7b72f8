import { withRoute } from '@/lib/api/route'
import { ZApplyCatalog } from '@/lib/contracts/drafts'
import { applyCatalog } from '@/lib/services/catalog-code/apply-catalog'

/** JSON body {text, title?}: the catalogue file's text. 422 with details.problems (JSON Pointers) when it fails the format. */
export const POST = withRoute({ action: 'catalog.edit', body: ZApplyCatalog, status: 201 }, (ctx, { body }) => applyCatalog(ctx, body.text, { title: body.title }))
