import { withRoute } from '@/lib/api/route'
import { enqueueImportRun } from '@/lib/jobs/import-job'
import { listImportRuns } from '@/lib/services/imports/list-runs'
import { createImportRun } from '@/lib/services/imports/start-import'

export const GET = withRoute({ action: 'workspace.read' }, (ctx) => listImportRuns(ctx))

export const POST = withRoute({ action: 'import.run', status: 202 }, async (ctx) => {
  const run = await createImportRun(ctx, { trigger: 'ui' })
  await enqueueImportRun(run.id)
  return run
})
