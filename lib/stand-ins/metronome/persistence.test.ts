import Metronome from '@metronome/sdk'
import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { startMetronomeEmulator } from './server'

const dirs: string[] = []
const tempDir = () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'metronome-emulator-'))
  dirs.push(dir)
  return dir
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
})

const clientFor = (url: string) => new Metronome({ bearerToken: 'test', baseURL: url, maxRetries: 0 })

describe('persistence', () => {
  it('keeps objects, silent problems and idempotency keys across a restart', async () => {
    const stateFile = path.join(tempDir(), 'nested', 'metronome.json')
    const first = await startMetronomeEmulator({ port: 0, stateFile })
    const client = clientFor(first.url)
    const metric = await client.v1.billableMetrics.create({ name: 'Calls', aggregation_type: 'COUNT' })
    const product = await client.v1.contracts.products.create(
      { name: 'Calls', type: 'USAGE', billable_metric_id: metric.data.id },
      { headers: { 'Idempotency-Key': 'create-calls' } },
    )
    await first.close()
    expect(existsSync(stateFile)).toBe(true)
    // Written through a temp file + rename: no temp file is left behind.
    expect(readdirSync(path.dirname(stateFile))).toEqual(['metronome.json'])

    const second = await startMetronomeEmulator({ port: 0, stateFile })
    try {
      const again = clientFor(second.url)
      expect((await again.v1.billableMetrics.retrieve({ billable_metric_id: metric.data.id })).data.name).toBe('Calls')
      const replay = await again.v1.contracts.products.create(
        { name: 'Calls', type: 'USAGE', billable_metric_id: metric.data.id },
        { headers: { 'Idempotency-Key': 'create-calls' } },
      )
      expect(replay.data.id).toBe(product.data.id)
      expect(second.state().products).toHaveLength(1)
      expect(second.state().silent_problems.map((p) => p.code)).toContain('NO_EVENT_TYPE_FILTER')
    } finally {
      await second.close()
    }
  })

  it('refuses to start on a file that is not an emulator state', async () => {
    const stateFile = path.join(tempDir(), 'bad.json')
    writeFileSync(stateFile, '{"hello": "world"}')
    await expect(startMetronomeEmulator({ port: 0, stateFile })).rejects.toThrow(/not an emulator state file/)
  })

  it('runs standalone, prints its URL and flushes state on SIGTERM', async () => {
    const stateFile = path.join(tempDir(), 'standalone.json')
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(import.meta.dirname, 'main.ts'), '--port', '0', '--state', stateFile], {
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let out = ''
        child.stdout.on('data', (chunk: Buffer) => {
          out += chunk.toString()
          const m = /listening on (http:\/\/\S+)/.exec(out)
          if (m?.[1]) resolve(m[1])
        })
        child.on('exit', (code) => reject(new Error(`exited early with ${code}`)))
      })
      await clientFor(url).v1.contracts.products.create({ name: 'Fee', type: 'FIXED' })
      const exit = new Promise<number | null>((resolve) => child.on('exit', resolve))
      child.kill('SIGTERM')
      expect(await exit).toBe(0)
      const saved = JSON.parse(readFileSync(stateFile, 'utf8')) as { products: Array<{ initial: { name: string } }> }
      expect(saved.products.map((p) => p.initial.name)).toEqual(['Fee'])
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL')
    }
  })
})
