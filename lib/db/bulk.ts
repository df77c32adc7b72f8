/**
 * A small `pg` pool for the importer's page writes, beside Prisma's. A page goes to Postgres as one
 * large JSON parameter; through Prisma each such parameter was copied several times and kept in its
 * query-plan cache (which keys raw queries by their parameters), which doubled the importer's memory.
 * Same database (DATABASE_URL), same rules: short transactions only.
 */
import pg from 'pg'

const g = globalThis as unknown as { __ratecraftBulkPool?: pg.Pool }

function pool(): pg.Pool {
  const url = process.env.DATABASE_URL
  if (!url) throw new Error('DATABASE_URL is not set')
  g.__ratecraftBulkPool ??= new pg.Pool({ connectionString: url, max: 4, idleTimeoutMillis: 10_000, allowExitOnIdle: true })
  return g.__ratecraftBulkPool
}

export type BulkClient = pg.PoolClient

export async function bulkTransaction<T>(fn: (c: BulkClient) => Promise<T>): Promise<T> {
  const c = await pool().connect()
  try {
    await c.query('BEGIN')
    const out = await fn(c)
    await c.query('COMMIT')
    return out
  } catch (e) {
    await c.query('ROLLBACK').catch(() => {})
    throw e
  } finally {
    c.release()
  }
}

export async function closeBulkPool(): Promise<void> {
  const p = g.__ratecraftBulkPool
  g.__ratecraftBulkPool = undefined
  await p?.end()
}
