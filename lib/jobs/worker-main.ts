/** `npm run worker`: a standalone job worker on the same database as the app (scale-out). */
import { resolveDatabaseUrl } from '@/lib/db/database-url'
import { parseEnv } from '@/lib/env'
import { migrateDatabase } from '@/lib/db/migrate'
import { stopBoss } from './boss'
import { startWorker, stopWorkerImports } from './worker'

async function main() {
  parseEnv()
  const url = await resolveDatabaseUrl({ log: (l) => console.log(l) })
  await migrateDatabase(url)
  await startWorker({ standalone: true })
  let stopping = false
  const stop = async () => {
    if (stopping) return
    stopping = true
    stopWorkerImports()
    await stopBoss()
    process.exit(0)
  }
  process.on('SIGINT', () => void stop())
  process.on('SIGTERM', () => void stop())
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e)
  process.exit(1)
})
