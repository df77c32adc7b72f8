/** Applies prisma/migrations (WASM schema engine, no network) and reports a clear one-line failure. */
import { deployMigrations } from '@/scripts/schema-engine.mjs'
import { redactUrl } from './database-url'

export async function migrateDatabase(url: string): Promise<string[]> {
  try {
    return await deployMigrations(url)
  } catch (e) {
    const reason = e instanceof Error ? e.message.split('\n')[0] : String(e)
    throw new Error(`Could not apply migrations to ${redactUrl(url)}: ${reason}`)
  }
}
