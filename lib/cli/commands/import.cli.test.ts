/**
 * `ratecraft import` as a user runs it: the real bin in a child process, against the Stripe emulator
 * and the test database. The JSON document of the contract, exit codes, progress on stderr — and a
 * process killed mid-run whose run the next invocation resumes.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, inject, it } from 'vitest'
import { demoAccount, startStripeEmulator, type StripeEmulatorHandle } from '@/lib/stand-ins/stripe/index'
import { getDb } from '@/lib/db/client'
import { expectedCounts, smallAccount } from '@/lib/testing/import-helpers'

const root = path.resolve(import.meta.dirname, '../../..')
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ratecraft-cli-test-'))
const env = {
  ...process.env,
  DATABASE_URL: inject('databaseUrl'),
  RATECRAFT_DATA_DIR: dataDir,
  RATECRAFT_SECRET_KEY: crypto.randomBytes(32).toString('base64'),
  STRIPE_SUPPRESS_NOTICES: 'true',
  STRIPE_SECRET_KEY: '',
  STRIPE_API_URL: '',
}
const emulators: StripeEmulatorHandle[] = []
afterAll(async () => {
  await Promise.all(emulators.map((e) => e.close()))
  fs.rmSync(dataDir, { recursive: true, force: true })
})

function cli(args: string[]): { child: ChildProcess; done: Promise<{ code: number | null; stdout: string; stderr: string }> } {
  const child = spawn(process.execPath, [path.join(root, 'bin/ratecraft.mjs'), ...args], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] })
  let stdout = ''
  let stderr = ''
  child.stdout!.on('data', (d: Buffer) => (stdout += d.toString()))
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()))
  const done = new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => child.on('exit', (code) => resolve({ code, stdout, stderr })))
  return { child, done }
}

const slug = () => `cli-${crypto.randomBytes(4).toString('hex')}`

describe('ratecraft import', () => {
  it('prints the contract’s JSON document with every count, and a failed import exits 1', async () => {
    const account = demoAccount()
    const e = await startStripeEmulator({ port: 0, accounts: [account] })
    emulators.push(e)
    const ws = slug()
    const r = await cli(['import', '--stripe-key', 'sk_test_demo', '--stripe-url', e.url, '--workspace', ws, '--json']).done
    expect(r.code, r.stderr).toBe(0)
    const lines = r.stdout.trim().split('\n')
    expect(lines).toHaveLength(1)
    const doc = JSON.parse(lines[0]!)
    const n = expectedCounts(account)
    expect(doc).toEqual({
      runId: expect.stringMatching(/^[0-9a-f-]{36}$/),
      status: 'succeeded',
      counts: { meters: n.meter, products: n.product, prices: n.price, customers: n.customer, subscriptions: n.subscription, subscriptionSchedules: n.subscription_schedule, creditGrants: n.credit_grant },
      changes: { created: Object.values(n).reduce((a, b) => a + b, 0), updated: 0, unchanged: 0, removed: 0 },
      errors: [],
    })
    expect(r.stderr).toContain('connected Stripe account')
    expect(r.stderr).toMatch(/\[\s*\d+%\]|credit grants/)

    // The key is revoked: the next import (stored connection, no --stripe-key) fails and exits 1.
    e.revokeKey('sk_test_demo')
    const f = await cli(['import', '--workspace', ws, '--json']).done
    expect(f.code).toBe(1)
    const failed = JSON.parse(f.stdout.trim())
    expect(failed.status).toBe('failed')
    expect(failed.errors.at(-1)).toMatchObject({ type: 'import', id: failed.runId, message: expect.stringContaining('Stripe rejected the key') })
    // counts are what the account holds after the run: the failed run removed nothing.
    expect(failed.counts).toEqual(doc.counts)
  })

  it('a process killed mid-run is resumed by the next invocation: same run, exact counts, no duplicates', async () => {
    const account = smallAccount()
    const e = await startStripeEmulator({ port: 0, accounts: [account], knobs: { latencyMs: 15 } })
    emulators.push(e)
    const ws = slug()
    const db = getDb()
    const first = cli(['import', '--stripe-key', account.keys.secret, '--stripe-url', e.url, '--workspace', ws, '--json', '--max-rps', '40'])
    // Wait until some pages are stored, then kill -9.
    let runId: string | null = null
    for (let i = 0; i < 300 && !runId; i++) {
      await new Promise((r) => setTimeout(r, 50))
      const run = await db.importRun.findFirst({ where: { workspace: { slug: ws } }, select: { id: true, checkpoint: true } })
      const stored = Object.values((run?.checkpoint ?? {}) as Record<string, { fetched?: number }>).reduce((a, s) => a + (s.fetched ?? 0), 0)
      if (run && stored >= 300) runId = run.id
    }
    expect(runId).not.toBeNull()
    first.child.kill('SIGKILL')
    expect((await first.done).code).toBeNull()
    const killed = await db.importRun.findUniqueOrThrow({ where: { id: runId! } })
    expect(killed.status).toBe('running')
    // Simulate the time it takes for the dead process's claim to go stale.
    await db.importRun.update({ where: { id: runId! }, data: { heartbeatAt: new Date(Date.now() - 3_600_000) } })

    const requestsBefore = e.stats().requests
    const second = await cli(['import', '--workspace', ws, '--json', '--max-rps', '200']).done
    expect(second.code, second.stderr).toBe(0)
    const doc = JSON.parse(second.stdout.trim())
    expect(second.stderr).toContain(`resuming import ${runId}`)
    expect(doc.runId).toBe(runId)
    expect(doc.status).toBe('succeeded')
    const n = expectedCounts(account)
    expect(doc.counts).toEqual({ meters: n.meter, products: n.product, prices: n.price, customers: n.customer, subscriptions: n.subscription, subscriptionSchedules: 0, creditGrants: n.credit_grant })
    // Every object once: created over both processes equals what the account holds.
    expect(doc.changes.created).toBe(Object.values(n).reduce((a, b) => a + b, 0))
    const rows = await db.stripeObject.count({ where: { workspaceId: killed.workspaceId } })
    expect(rows).toBe(Object.values(n).reduce((a, b) => a + b, 0))
    // It resumed from the checkpoint rather than starting over: nothing the killed process had stored
    // was read again (only the account, which every start re-checks).
    expect(doc.changes.unchanged).toBeLessThanOrEqual(1)
    expect(requestsBefore).toBeGreaterThan(1)
  }, 60_000)
})
