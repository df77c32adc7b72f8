import { getDb } from '@/lib/db/client'
import { redactUrl, resolveDatabaseUrl } from '@/lib/db/database-url'
import { env, EnvError, parseEnv } from '@/lib/env'
import { loadMasterKey } from '@/lib/secrets/master-key'
import { log } from './log'

function fatal(message: string): never {
  console.error(`[ratecraft] ${message}`)
  process.exit(1)
}

export async function startServer(): Promise<void> {
  try {
    parseEnv()
    loadMasterKey()
  } catch (e) {
    fatal(e instanceof EnvError || e instanceof Error ? e.message : String(e))
  }
  const url = await resolveDatabaseUrl().catch((e: Error) => fatal(`Could not start the embedded database: ${e.message}`))
  try {
    await getDb().$queryRawUnsafe('SELECT 1 FROM "_prisma_migrations" LIMIT 1')
  } catch (e) {
    const reason = e instanceof Error ? e.message.split('\n').pop() : String(e)
    fatal(`Database unreachable or not migrated at ${redactUrl(url)} (${reason}). Start it, or run \`npm run db:deploy\`.`)
  }
  if (env().RATECRAFT_WORKER !== false) {
    const { startWorker } = await import('@/lib/jobs/worker')
    startWorker().catch((e) => log.error('the job worker failed to start', e))
  }
}
