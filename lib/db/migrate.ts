/** Applies prisma/migrations (WASM schema engine, no network); failures are one clear line naming the URL. */
import pg from 'pg'
import { deployMigrations } from '@/scripts/schema-engine.mjs'
import { redactUrl } from './database-url'

async function assertReachable(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5_000 })
  try {
    await client.connect()
  } catch (e) {
    const reason = e instanceof Error ? e.message.split('\n')[0] : String(e)
    throw new Error(`Cannot reach the database at ${redactUrl(url)}: ${reason}`)
  } finally {
    await client.end().catch(() => {})
  }
}

export async function migrateDatabase(url: string): Promise<string[]> {
  await assertReachable(url)
  try {
    return await deployMigrations(url)
  } catch (e) {
    const reason = e instanceof Error ? e.message.split('\n')[0] : String(e)
    throw new Error(`Could not apply migrations to ${redactUrl(url)}: ${reason}`)
  }
}
