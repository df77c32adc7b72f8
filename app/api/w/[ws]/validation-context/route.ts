import { withRoute } from '@/lib/api/route'
import { loadValidationContext } from '@/lib/services/validation/validation-context'

/** What validation knows besides the catalogue, so the browser runs exactly the server's checks. */
export const GET = withRoute({ action: 'workspace.read' }, async (ctx) => {
  const c = await loadValidationContext(ctx)
  return { ...c, now: (c.now ?? new Date()).toISOString() }
})
