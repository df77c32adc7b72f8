/**
 * The job worker. Runs inside the app server (once per process, `next dev` included) and as the
 * standalone `npm run worker` for scale-out. At start and every minute it re-enqueues import runs
 * whose worker disappeared (app restart, crash), so they resume from their checkpoint.
 */
import { getDb } from '@/lib/db/client'
import { findResumableRuns } from '@/lib/db/import-runs'
import { log } from '@/lib/runtime/log'
import { workImportRun } from '@/lib/services/imports/work-import-run'
import { getBoss, QUEUES } from './boss'
import { enqueueImportRun } from './import-job'

const g = globalThis as unknown as { __ratecraftWorker?: Promise<void> }

async function sweep() {
  for (const run of await findResumableRuns(getDb())) await enqueueImportRun(run.id)
}

export function startWorker(): Promise<void> {
  g.__ratecraftWorker ??= (async () => {
    const boss = await getBoss()
    await boss.work<{ runId: string }>(QUEUES.importRun, { pollingIntervalSeconds: 1, batchSize: 1 }, async ([job]) => {
      if (!job) return
      const run = await workImportRun(getDb(), job.data.runId, { log: (l) => log.info(`import ${job.data.runId}: ${l}`) })
      if (run) log.info(`import ${job.data.runId} ${run.status}`)
    })
    await sweep()
    setInterval(() => void sweep().catch((e) => log.warn('import sweep failed', e)), 60_000).unref()
    log.info('job worker started')
  })()
  return g.__ratecraftWorker
}
