/**
 * `ratecraft draft | export | apply` as a user runs them: child processes of bin/ratecraft.mjs on the
 * test database, checking the contract's exact JSON documents and exit codes (issue 2).
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { demoAccount } from '@/lib/stand-ins/stripe/demo-account'
import { makeWorkspace } from '@/lib/testing/factories'
import { seedImportedAccount } from '@/lib/testing/imported-account'
import type { WorkspaceCtx } from '@/lib/services/context'

const root = path.resolve(import.meta.dirname, '../../..')
let dataDir: string
let tmp: string

beforeAll(() => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ratecraft-cli-data-'))
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ratecraft-cli-files-'))
})
afterAll(() => {
  fs.rmSync(tmp, { recursive: true, force: true })
  fs.rmSync(dataDir, { recursive: true, force: true })
})

type Run = { code: number; stdout: string; stderr: string; json: Record<string, unknown> }

function cli(args: string[]): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(root, 'bin/ratecraft.mjs'), ...args], {
      cwd: root,
      env: { ...process.env, DATABASE_URL: inject('databaseUrl'), RATECRAFT_DATA_DIR: dataDir, NODE_OPTIONS: '' },
    })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (d) => (stdout += d))
    child.stderr.on('data', (d) => (stderr += d))
    child.on('error', reject)
    child.on('exit', (code) => {
      let json: Record<string, unknown> = {}
      try {
        json = JSON.parse(stdout)
      } catch {
        /* not JSON: the assertions say so */
      }
      resolve({ code: code ?? -1, stdout, stderr, json })
    })
  })
}

let ctx: WorkspaceCtx
let slug: string
beforeAll(async () => {
  ctx = await makeWorkspace()
  slug = ctx.workspace.slug
  await seedImportedAccount(ctx.db, ctx.workspace.id, demoAccount())
})

describe('ratecraft draft / export / apply', () => {
  let changeSetId: string

  it('draft prints {changeSetId, decisions[]} in the contract shape', async () => {
    const r = await cli(['draft', '--workspace', slug, '--json'])
    expect(r.code, r.stderr).toBe(0)
    expect(r.stdout.trim().split('\n')).toHaveLength(1)
    expect(Object.keys(r.json).sort()).toEqual(['changeSetId', 'decisions'])
    changeSetId = r.json.changeSetId as string
    expect(await ctx.db.changeSet.findFirst({ where: { id: changeSetId, workspaceId: ctx.workspace.id, origin: 'auto_draft' } })).not.toBeNull()
    const decisions = r.json.decisions as Array<Record<string, unknown>>
    expect(decisions.length).toBeGreaterThan(50)
    for (const d of decisions) {
      expect(Object.keys(d).sort()).toEqual(['fidelity', 'reason', 'rule', 'stripeId', 'stripeType', 'targets'])
      expect(['exact', 'approximate', 'unsupported']).toContain(d.fidelity)
      expect(d.rule).toMatch(/^M(\d+|-none)$/)
      for (const t of d.targets as Array<Record<string, unknown>>) expect(Object.keys(t).sort()).toEqual(['key', 'type'])
    }
    expect(decisions).toContainEqual(expect.objectContaining({ stripeType: 'meter', rule: 'M2', fidelity: 'exact', targets: [{ type: 'billable_metric', key: 'api_tokens' }] }))
  }, 60_000)

  it('export writes the catalogue and prints {file, objects}; export → apply → export is byte-identical', async () => {
    const out = path.join(tmp, 'catalog.json')
    const e1 = await cli(['export', '--out', out, '--workspace', slug, '--json'])
    expect(e1.code, e1.stderr).toBe(0)
    expect(e1.json).toEqual({ file: out, objects: { billableMetrics: expect.any(Number), products: expect.any(Number), rateCards: expect.any(Number), rates: expect.any(Number), pricingUnits: expect.any(Number), packages: expect.any(Number) } })
    const text = fs.readFileSync(out, 'utf8')
    const doc = JSON.parse(text)
    expect((e1.json.objects as Record<string, number>).rates).toBe(doc.rates.length)
    expect((e1.json.objects as Record<string, number>).billableMetrics).toBe(doc.billableMetrics.length)

    const a = await cli(['apply', out, '--workspace', slug, '--json'])
    expect(a.code, a.stderr).toBe(0)
    expect(Object.keys(a.json)).toEqual(['changeSetId'])
    const applied = await ctx.db.changeSet.findUniqueOrThrow({ where: { id: a.json.changeSetId as string } })
    expect(applied).toMatchObject({ origin: 'apply', workspaceId: ctx.workspace.id })

    const out2 = path.join(tmp, 'again.json')
    const e2 = await cli(['export', '--change-set', applied.id, '--out', out2, '--workspace', slug, '--json'])
    expect(e2.code, e2.stderr).toBe(0)
    expect(fs.readFileSync(out2, 'utf8')).toBe(text)
    // --change-set also takes CS-<n> and <n>; the default is the latest open change set (the applied one)
    for (const ref of [`CS-${applied.number}`, String(applied.number)]) {
      const f = path.join(tmp, `by-${ref}.json`)
      expect((await cli(['export', '--change-set', ref, '--out', f, '--workspace', slug, '--json'])).code).toBe(0)
      expect(fs.readFileSync(f, 'utf8')).toBe(text)
    }
  }, 90_000)

  it('apply refuses a file that fails the schema: exit 2, every problem with its JSON path, nothing changed', async () => {
    const good = path.join(tmp, 'catalog.json')
    const doc = JSON.parse(fs.readFileSync(good, 'utf8'))
    doc.rates[0].price = 0.25
    doc.products[0].colour = 'blue'
    const bad = path.join(tmp, 'bad.json')
    fs.writeFileSync(bad, JSON.stringify(doc, null, 2))
    const before = await ctx.db.changeSet.count({ where: { workspaceId: ctx.workspace.id } })
    const r = await cli(['apply', bad, '--workspace', slug, '--json'])
    expect(r.code).toBe(2)
    expect(Object.keys(r.json)).toEqual(['error'])
    expect(r.json.error).toMatch(/\/rates\/0\/price: "price" must be a string, not number 0.25/)
    expect(r.json.error).toMatch(/\/products\/0\/colour: unknown field "colour"/)
    expect(r.stderr).toMatch(/^\/rates\/0\/price: /m)
    expect(await ctx.db.changeSet.count({ where: { workspaceId: ctx.workspace.id } })).toBe(before)
  }, 60_000)

  it('bad usage and failures to run exit 2 with {"error"}', async () => {
    const missing = await cli(['apply', path.join(tmp, 'nope.json'), '--workspace', slug, '--json'])
    expect(missing).toMatchObject({ code: 2, json: { error: expect.stringMatching(/cannot read .*nope\.json: no such file/) } })
    const noOut = await cli(['export', '--workspace', slug, '--json'])
    expect(noOut).toMatchObject({ code: 2, json: { error: expect.stringMatching(/--out FILE is required/) } })
    const unknown = await cli(['export', '--change-set', 'CS-999', '--out', path.join(tmp, 'x.json'), '--workspace', slug, '--json'])
    expect(unknown).toMatchObject({ code: 2, json: { error: expect.stringMatching(/Change set "CS-999"/) } })
    const empty = await makeWorkspace()
    const nothing = await cli(['draft', '--workspace', empty.workspace.slug, '--json'])
    expect(nothing).toMatchObject({ code: 2, json: { error: expect.stringMatching(/Nothing has been imported from Stripe yet/) } })
  }, 90_000)
})
