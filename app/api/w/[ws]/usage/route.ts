import { withRoute } from '@/lib/api/route'
import { ZListUsage, ZStartUsageFetch } from '@/lib/contracts/imports'
import { env } from '@/lib/env'
import { enqueueImportRun } from '@/lib/jobs/import-job'
import { startUsageFetch } from '@/lib/services/imports/start-usage-fetch'
import { listUsage } from '@/lib/services/stripe-data/list-usage'

export const GET = withRoute({ action: 'workspace.read', query: ZListUsage }, (ctx, { query }) => listUsage(ctx, query))

export const POST = withRoute({ action: 'import.run', body: ZStartUsageFetch, status: 202 }, async (ctx, { body }) => {
  const run = await startUsageFetch(ctx, body, { requestsPerSecond: env().RATECRAFT_STRIPE_RPS })
  await enqueueImportRun(run.id)
  return run
})
