/**
 * The embedded Postgres server process: PGlite (PostgreSQL 18 in WASM) with data in `.data/pglite`,
 * served over TCP by pglite-socket so every client uses the ordinary `pg` driver and
 * @prisma/adapter-pg — the same code path as a real PostgreSQL server.
 * Started detached by ensure.ts; records {pid, port} in `.data/pglite.json`.
 */
import fs from 'node:fs'
import net from 'node:net'
import { PGlite } from '@electric-sql/pglite'
import { PGLiteSocketServer } from '@electric-sql/pglite-socket'
import { keepProtocolSequencesTogether } from './protocol-queue'
import { pgliteDir, removeState, writeState } from './state'
import { freePort } from '@/lib/runtime/free-port'

const PREFERRED_PORT = Number(process.env.DB_PORT ?? 54320)
// Stop after this long with no client connected (0 = never): nothing lingers after a CLI run.
const IDLE_MS = Number(process.env.RATECRAFT_EMBEDDED_IDLE_MS ?? 30 * 60_000)

function portFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const s = net.createServer()
    s.once('error', () => resolve(false))
    s.listen(port, '127.0.0.1', () => s.close(() => resolve(true)))
  })
}


async function main() {
  const dir = pgliteDir()
  fs.mkdirSync(dir, { recursive: true })
  const db = await PGlite.create(dir)
  const port = (await portFree(PREFERRED_PORT)) ? PREFERRED_PORT : await freePort()
  // maxConnections must cover every client's pool (pg's default pool size is 10).
  const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port, maxConnections: 64 })
  keepProtocolSequencesTogether(server)
  await server.start()
  writeState({ pid: process.pid, port, dataDir: dir, startedAt: new Date().toISOString() })
  console.log(`[embedded-postgres] pid ${process.pid} serving ${dir} on 127.0.0.1:${port}`)

  let stopping = false
  const stop = async (why: string) => {
    if (stopping) return
    stopping = true
    console.log(`[embedded-postgres] stopping (${why})`)
    removeState(process.pid)
    await server.stop().catch(() => {})
    await db.close().catch(() => {})
    process.exit(0)
  }
  process.on('SIGTERM', () => void stop('SIGTERM'))
  process.on('SIGINT', () => void stop('SIGINT'))

  if (IDLE_MS > 0) {
    let idleSince = Date.now()
    setInterval(() => {
      if (server.getStats().activeConnections > 0) idleSince = Date.now()
      else if (Date.now() - idleSince > IDLE_MS) void stop('idle')
    }, 5_000).unref()
  }
}

main().catch((e) => {
  console.error('[embedded-postgres] failed to start:', e)
  process.exit(1)
})
