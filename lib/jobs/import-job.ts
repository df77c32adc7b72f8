/** The import-run job: enqueue by run id; any worker (or the CLI) may work it — the run's claim decides. */
import { getBoss, QUEUES } from './boss'

export async function enqueueImportRun(runId: string): Promise<void> {
  const boss = await getBoss()
  await boss.send(QUEUES.importRun, { runId }, { retryLimit: 3, retryDelay: 10, retryBackoff: true, expireInSeconds: 4 * 3600 })
}
