import { z } from 'zod'
import { withRoute } from '@/lib/api/route'
import { exportCatalog } from '@/lib/services/catalog-code/export-catalog'

/** The catalogue JSON of a change set (default: the latest open one) as a download. */
export const GET = withRoute({ action: 'workspace.read', query: z.object({ changeSet: z.string().max(80).optional(), inline: z.enum(['1']).optional() }) }, async (ctx, { query }) => {
  const r = await exportCatalog(ctx, query.changeSet)
  return new Response(r.text, {
    headers: {
      'content-type': 'application/json; charset=utf-8',
      ...(query.inline ? {} : { 'content-disposition': `attachment; filename="${r.fileName}"` }),
      'x-ratecraft-change-set': `CS-${r.changeSet.number}`,
      'cache-control': 'no-store',
    },
  })
})
