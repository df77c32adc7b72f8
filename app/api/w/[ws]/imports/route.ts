import { withRoute } from '@/lib/api/route'
import { ZListImports, ZStartImport } from '@/lib/contracts/imports'
import { env } from '@/lib/env'
import { enqueueImportRun } from '@/lib/jobs/import-job'
import { listImportRuns } from '@/lib/services/imports/list-runs'
import { createImportRun } from '@/lib/services/imports/start-import'

export const GET = withRoute({ action: 'workspace.read', query: ZListImports }, (ctx, { query }) => listImportRuns(ctx, query))

export const POST = withRoute({ action: 'import.run', body: ZStartImport, status: 202 }, async (ctx) => {
  const run = await createImportRun(ctx, { trigger: 'ui', requestsPerSecond: env().RATECRAFT_STRIPE_RPS })
  await enqueueImportRun(run.id)
  return run
})
