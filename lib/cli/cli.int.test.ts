/** The CLI as pipelines use it: a child process, one JSON document on stdout, the contract's exit codes. */
import { execFile } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { getDb } from '@/lib/db/client'
import { uid } from '@/lib/testing/factories'

const bin = path.resolve('bin/ratecraft.mjs')
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rc-cli-'))

function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [bin, ...args], { env: { ...process.env, RATECRAFT_DATA_DIR: dataDir }, timeout: 60_000 }, (err, stdout, stderr) => {
      resolve({ code: err ? ((err as { code?: number }).code ?? 1) : 0, stdout, stderr })
    })
  })
}

describe('ratecraft CLI contract', () => {
  it('creates a workspace on first use with admin@ratecraft.local (no password) and adds members', async () => {
    const ws = uid('cli')
    const r = await cli(['user', 'add', 'Eve@Example.com', '--role', 'reviewer', '--workspace', ws, '--json'])
    expect(r.code).toBe(0)
    expect(JSON.parse(r.stdout)).toEqual({ email: 'eve@example.com', role: 'reviewer' })
    const db = getDb()
    const workspace = await db.workspace.findUniqueOrThrow({ where: { slug: ws } })
    const members = await db.membership.findMany({ where: { workspaceId: workspace.id }, select: { role: true, user: { select: { email: true, passwordHash: true } } } })
    expect(members.map((m) => [m.user.email, m.role]).sort()).toEqual([['admin@ratecraft.local', 'admin'], ['eve@example.com', 'reviewer']])
    expect(members.find((m) => m.role === 'admin')!.user.passwordHash).toBeNull()
  })

  it('acts as --as and refuses what that member may not do (exit 2, {"error"})', async () => {
    const ws = uid('cli')
    await cli(['user', 'add', 'viewer@example.com', '--role', 'viewer', '--workspace', ws])
    const r = await cli(['user', 'add', 'x@example.com', '--role', 'admin', '--workspace', ws, '--as', 'viewer@example.com', '--json'])
    expect(r.code).toBe(2)
    expect(JSON.parse(r.stdout)).toEqual({ error: 'Your role (viewer) cannot manage members. Ask a workspace admin.' })
  })

  it('answers bad usage with exit 2 and exactly one JSON document', async () => {
    const bad = await cli(['user', 'add', 'not-an-email', '--role', 'boss', '--json'])
    expect(bad.code).toBe(2)
    expect(bad.stdout.trim().split('\n')).toHaveLength(1)
    expect(JSON.parse(bad.stdout)).toEqual({ error: 'email: Enter a valid email address; role: Choose a role: admin, editor, reviewer, viewer' })
    const unknown = await cli(['frobnicate', '--json'])
    expect(unknown.code).toBe(2)
    expect(JSON.parse(unknown.stdout)).toEqual({ error: 'unknown command "frobnicate". Run `npx ratecraft --help`.' })
    const flag = await cli(['user', 'add', 'a@b.co', '--role', 'viewer', '--colour', 'red', '--json'])
    expect(flag.code).toBe(2)
    expect(JSON.parse(flag.stdout).error).toContain("Unknown option '--colour'")
  })
})
