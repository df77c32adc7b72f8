/**
 * The job worker. Runs inside the app server (once per process, `next dev` included) and as the
 * standalone `npm run worker` for scale-out. At start and every few seconds it re-enqueues import
 * runs whose worker disappeared (app restart, crash), so they resume from their checkpoint; the run's
 * claim makes sure only one worker (or CLI) works a run at a time.
 */
import { getDb } from '@/lib/db/client'
import { findResumableRuns } from '@/lib/db/import-runs'
import { log } from '@/lib/runtime/log'
import { workImportRun } from '@/lib/services/imports/work-import-run'
import { getBoss, QUEUES } from './boss'
import { enqueueImportRun } from './import-job'

const SWEEP_EVERY_MS = 10_000

const g = globalThis as unknown as { __ratecraftWorker?: Promise<void>; __ratecraftWorkerStop?: AbortController }

async function sweep() {
  for (const run of await findResumableRuns(getDb())) await enqueueImportRun(run.id)
}

/** `standalone`: a process that exists to work jobs (`npm run worker`), which may compact its heap. */
export function startWorker(o: { standalone?: boolean } = {}): Promise<void> {
  g.__ratecraftWorker ??= (async () => {
    const stop = (g.__ratecraftWorkerStop = new AbortController())
    const boss = await getBoss()
    await boss.work<{ runId: string }>(QUEUES.importRun, { pollingIntervalSeconds: 1, batchSize: 1 }, async ([job]) => {
      if (!job) return
      const id = job.data.runId
      const picked = new Date()
      const run = await workImportRun(getDb(), id, { log: (l) => log.info(`import ${id}: ${l}`), signal: stop.signal, compactHeap: o.standalone })
      // (A job for a run that had already ended — the CLI finished it — did nothing worth a line.)
      if (run && (!run.finishedAt || run.finishedAt >= picked)) log.info(`import ${id} ${run.status}`)
    })
    await sweep()
    setInterval(() => void sweep().catch((e) => log.warn('import sweep failed', e)), SWEEP_EVERY_MS).unref()
    log.info('job worker started')
  })()
  return g.__ratecraftWorker
}

/** Hands running imports back to the queue (another worker resumes them at once). */
export function stopWorkerImports() {
  g.__ratecraftWorkerStop?.abort()
}
