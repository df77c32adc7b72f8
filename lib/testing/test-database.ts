/**
 * Throwaway databases for tests. With DATABASE_URL (CI: the PostgreSQL on 127.0.0.1:5432) a new
 * database is created on that server and dropped afterwards; without it, an in-memory embedded
 * Postgres (PGlite over TCP) lives for the duration of the run. Both get prisma/migrations applied.
 */
import crypto from 'node:crypto'
import pg from 'pg'
import { keepProtocolSequencesTogether } from '@/lib/db/embedded/protocol-queue'
import { deployMigrations } from '@/scripts/schema-engine.mjs'
import { freePort } from '@/lib/runtime/free-port'

export type TestDatabase = { url: string; kind: 'server' | 'embedded'; stop(): Promise<void> }


function withDatabase(url: string, database: string): string {
  const u = new URL(url)
  u.pathname = `/${database}`
  return u.toString()
}

/** Refuse to create and drop databases on anything but a local server (dub's assert-local-database). */
function assertLocal(url: string) {
  const host = new URL(url).hostname
  if (!['127.0.0.1', 'localhost', '::1', '[::1]'].includes(host) && process.env.RATECRAFT_ALLOW_REMOTE_TEST_DB !== '1') {
    throw new Error(`Refusing to create test databases on ${host}: DATABASE_URL is not a local server`)
  }
}

export async function createServerDatabase(adminUrl: string, label = 'rc_test'): Promise<TestDatabase> {
  assertLocal(adminUrl)
  const name = `${label}_${process.pid}_${crypto.randomBytes(4).toString('hex')}`
  const admin = new pg.Client({ connectionString: adminUrl })
  await admin.connect()
  try {
    await admin.query(`CREATE DATABASE "${name}"`)
  } finally {
    await admin.end()
  }
  const url = withDatabase(adminUrl, name)
  await deployMigrations(url)
  return {
    url,
    kind: 'server',
    stop: async () => {
      const c = new pg.Client({ connectionString: adminUrl })
      await c.connect()
      try {
        await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)
      } finally {
        await c.end()
      }
    },
  }
}

export async function createEmbeddedDatabase(): Promise<TestDatabase> {
  const { PGlite } = await import('@electric-sql/pglite')
  const { PGLiteSocketServer } = await import('@electric-sql/pglite-socket')
  const db = await PGlite.create('memory://')
  const port = await freePort()
  const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port, maxConnections: 64 })
  keepProtocolSequencesTogether(server)
  await server.start()
  const url = `postgresql://postgres:postgres@127.0.0.1:${port}/postgres?sslmode=disable`
  await deployMigrations(url)
  return {
    url,
    kind: 'embedded',
    stop: async () => {
      await server.stop().catch(() => {})
      await db.close().catch(() => {})
    },
  }
}

/** DATABASE_URL set → a new database on that server; unset → a throwaway embedded instance. */
export function startTestDatabase(adminUrl = process.env.DATABASE_URL): Promise<TestDatabase> {
  return adminUrl ? createServerDatabase(adminUrl) : createEmbeddedDatabase()
}
