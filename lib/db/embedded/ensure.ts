/**
 * Connect to the running embedded Postgres, or start one under a lock (so two processes never open
 * the data folder). The server runs as its own detached process (`server-main.ts`): the dev server,
 * the CLI and workers come and go without taking the database down with them. It stops by itself
 * after a while with no connections, or with `npm run db:stop`.
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { dataDir } from '@/lib/runtime/paths'
import { withDirLock } from './lock'
import { canConnect, embeddedUrl, isAlive, lockPath, logPath, readState } from './state'

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

async function runningUrl(): Promise<string | null> {
  const s = readState()
  if (s && isAlive(s.pid) && (await canConnect(s.port))) return embeddedUrl(s.port)
  return null
}

export async function ensureEmbeddedDatabase(opts: { log?: (line: string) => void } = {}): Promise<string> {
  const existing = await runningUrl()
  if (existing) return existing
  fs.mkdirSync(dataDir(), { recursive: true })
  return withDirLock(lockPath(), async () => {
    const again = await runningUrl()
    if (again) return again
    opts.log?.(`starting the embedded Postgres (data in ${path.relative(process.cwd(), dataDir()) || '.'}/pglite)`)
    const before = readState()?.startedAt
    const out = fs.openSync(logPath(), 'a')
    const child = spawn(process.execPath, ['--import', 'tsx', serverMainPath()], {
      detached: true,
      stdio: ['ignore', out, out],
      env: { ...process.env },
      cwd: process.cwd(),
    })
    child.unref()
    fs.closeSync(out)
    const deadline = Date.now() + 60_000
    while (Date.now() < deadline) {
      const s = readState()
      if (s && s.startedAt !== before && s.pid === child.pid && (await canConnect(s.port))) return embeddedUrl(s.port)
      if (child.exitCode !== null) break
      await sleep(100)
    }
    throw new Error(`the embedded Postgres did not start; see ${logPath()}`)
  })
}

export async function stopEmbeddedDatabase(): Promise<boolean> {
  const s = readState()
  if (!s || !isAlive(s.pid)) return false
  process.kill(s.pid, 'SIGTERM')
  for (let i = 0; i < 100 && isAlive(s.pid); i++) await sleep(100)
  return true
}

function serverMainPath(): string {
  // Resolved from the project root: Next bundles this module, so import.meta is not reliable here.
  return path.join(/* turbopackIgnore: true */ process.cwd(), 'lib/db/embedded/server-main.ts')
}
