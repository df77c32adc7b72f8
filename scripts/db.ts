/** `npm run db:deploy` / `db:stop` / `db:url`: the database commands, with the same DATABASE_URL-or-embedded rule. */
import { redactUrl, resolveDatabaseUrl } from '@/lib/db/database-url'
import { stopEmbeddedDatabase } from '@/lib/db/embedded/ensure'
import { migrateDatabase } from '@/lib/db/migrate'

const cmd = process.argv[2]
if (cmd === 'stop') {
  console.log((await stopEmbeddedDatabase()) ? 'stopped the embedded Postgres' : 'the embedded Postgres is not running')
} else if (cmd === 'deploy' || cmd === 'url') {
  const url = await resolveDatabaseUrl({ log: console.log })
  if (cmd === 'url') console.log(url)
  else {
    const applied = await migrateDatabase(url)
    console.log(`${redactUrl(url)}: ${applied.length ? `applied ${applied.join(', ')}` : 'up to date'}`)
  }
} else {
  console.error('usage: node --import tsx scripts/db.ts deploy|stop|url')
  process.exit(2)
}
process.exit(0)
