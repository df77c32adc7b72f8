import { z } from 'zod'
import { withRoute } from '@/lib/api/route'
import { getDraftOverview } from '@/lib/services/drafts/overview'
import { runDraft } from '@/lib/services/drafts/run-draft'

export const GET = withRoute({ action: 'workspace.read', query: z.object({ changeSet: z.string().max(80).optional() }) }, (ctx, { query }) => getDraftOverview(ctx, query.changeSet))

export const POST = withRoute({ action: 'catalog.edit', status: 201 }, async (ctx) => {
  const r = await runDraft(ctx)
  return { changeSetId: r.changeSetId, number: r.number, decisions: r.decisions.length, counts: r.counts, redraft: !!r.report.redraft }
})
