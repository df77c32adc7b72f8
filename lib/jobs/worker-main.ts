/** `npm run worker`: a standalone job worker on the same database as the app (scale-out). */
import { resolveDatabaseUrl } from '@/lib/db/database-url'
import { parseEnv } from '@/lib/env'
import { migrateDatabase } from '@/lib/db/migrate'
import { stopBoss } from './boss'
import { startWorker } from './worker'

async function main() {
  parseEnv()
  const url = await resolveDatabaseUrl({ log: (l) => console.log(l) })
  await migrateDatabase(url)
  await startWorker()
  const stop = async () => {
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
