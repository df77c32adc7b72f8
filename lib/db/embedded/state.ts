/**
 * The embedded Postgres records where it listens in `.data/pglite.json` so every process (dev server,
 * CLI, worker) connects to the one running server instead of opening the data folder itself.
 */
import fs from 'node:fs'
import net from 'node:net'
import { dataPath } from '@/lib/runtime/paths'

export type EmbeddedState = { pid: number; port: number; dataDir: string; startedAt: string }

export const statePath = () => dataPath('pglite.json')
export const lockPath = () => dataPath('pglite.lock')
export const logPath = () => dataPath('pglite.log')
export const pgliteDir = () => dataPath('pglite')

export function readState(): EmbeddedState | null {
  try {
    const s = JSON.parse(fs.readFileSync(statePath(), 'utf8')) as EmbeddedState
    return typeof s.pid === 'number' && typeof s.port === 'number' ? s : null
  } catch {
    return null
  }
}

export function writeState(s: EmbeddedState): void {
  const tmp = `${statePath()}.${process.pid}.tmp`
  fs.writeFileSync(tmp, JSON.stringify(s, null, 2))
  fs.renameSync(tmp, statePath())
}

export function removeState(pid: number): void {
  const s = readState()
  if (s?.pid === pid) fs.rmSync(statePath(), { force: true })
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM'
  }
}

export function canConnect(port: number, host = '127.0.0.1', timeoutMs = 1000): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host })
    const done = (ok: boolean) => {
      socket.destroy()
      resolve(ok)
    }
    socket.setTimeout(timeoutMs, () => done(false))
    socket.once('connect', () => done(true))
    socket.once('error', () => done(false))
  })
}

export function embeddedUrl(port: number): string {
  return `postgresql://postgres:postgres@127.0.0.1:${port}/postgres?sslmode=disable`
}
