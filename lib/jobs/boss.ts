/**
 * pg-boss 10 on the same Postgres as the app (the embedded server included: pg-boss polls, so it needs
 * no LISTEN/NOTIFY or session state — checked against pglite-socket before adopting it). One instance
 * per process, started lazily.
 */
import PgBoss from 'pg-boss'
import { log } from '@/lib/runtime/log'

export const QUEUES = { importRun: 'import-run' } as const

const g = globalThis as unknown as { __ratecraftBoss?: Promise<PgBoss> }

export function getBoss(url = process.env.DATABASE_URL): Promise<PgBoss> {
  if (!url) throw new Error('DATABASE_URL is not set')
  g.__ratecraftBoss ??= (async () => {
    const boss = new PgBoss({ connectionString: url, max: 4, application_name: 'ratecraft-jobs' })
    boss.on('error', (e) => log.warn('job queue error', e))
    await boss.start()
    for (const name of Object.values(QUEUES)) await boss.createQueue(name)
    return boss
  })()
  return g.__ratecraftBoss
}

export async function stopBoss(): Promise<void> {
  const p = g.__ratecraftBoss
  g.__ratecraftBoss = undefined
  if (p) await (await p).stop({ graceful: true, wait: true, timeout: 10_000 }).catch(() => {})
}
