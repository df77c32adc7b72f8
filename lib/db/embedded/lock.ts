/**
 * A cross-process lock on a directory name (mkdir is atomic). The holder's pid is written inside so a
 * lock left by a crashed process is recognised and broken instead of blocking everyone for ever.
 */
import fs from 'node:fs'
import path from 'node:path'
import { isAlive } from './state'

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

export async function withDirLock<T>(dir: string, fn: () => Promise<T>, timeoutMs = 60_000): Promise<T> {
  const owner = path.join(dir, 'owner')
  const deadline = Date.now() + timeoutMs
  for (;;) {
    try {
      fs.mkdirSync(dir)
      fs.writeFileSync(owner, String(process.pid))
      break
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e
      const holder = Number(safeRead(owner))
      const stale = (holder && !isAlive(holder)) || (!holder && ageMs(dir) > 5_000)
      if (stale) {
        fs.rmSync(dir, { recursive: true, force: true })
        continue
      }
      if (Date.now() > deadline) throw new Error(`timed out waiting for the lock ${dir} (held by pid ${holder || '?'})`)
      await sleep(100)
    }
  }
  try {
    return await fn()
  } finally {
    fs.rmSync(dir, { recursive: true, force: true })
  }
}

function safeRead(file: string): string {
  try {
    return fs.readFileSync(file, 'utf8')
  } catch {
    return ''
  }
}

function ageMs(p: string): number {
  try {
    return Date.now() - fs.statSync(p).mtimeMs
  } catch {
    return 0
  }
}
