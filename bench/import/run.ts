/**
 * Import benchmark (issue 3): a generated account of 200 meters, 2,000 products, 10,000 prices,
 * 5,000 customers, 5,000 subscriptions and 1,000 credit grants behind the Stripe emulator, rate-limited
 * to 100 req/s like Stripe's live read limit; a fresh database on the PostgreSQL server at
 * 127.0.0.1:5432 (created, then dropped). Prints the import's wall time, the floor (every request the
 * import must make ÷ 100/s), their ratio and the importer's peak RSS.
 *
 *   node --import tsx bench/import/run.ts [--rps N] [--twice] [--admin-url postgresql://…]
 *
 * --rps: the importer's request budget (default 100: the account's known limit); --twice: import again
 * (nothing changed) to show an incremental run.
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'

const { values } = parseArgs({ options: { rps: { type: 'string' }, twice: { type: 'boolean' }, 'admin-url': { type: 'string' } }, strict: true })
const root = path.resolve(import.meta.dirname, '../..')
const LIMIT = 100
const rps = values.rps ?? String(LIMIT)
const adminUrl = values['admin-url'] ?? 'postgresql://postgres@127.0.0.1:5432/postgres'
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ratecraft-bench-'))
process.env.RATECRAFT_DATA_DIR = dataDir
process.env.STRIPE_SUPPRESS_NOTICES = 'true'

const { createServerDatabase } = await import('@/lib/testing/test-database')
const { generateAccount, DEFAULT_GENERATE_SIZES, startStripeEmulator } = await import('@/lib/stand-ins/stripe/index')

const t0 = performance.now()
const account = generateAccount({ seed: 'bench', ...DEFAULT_GENERATE_SIZES }, { secret: 'sk_live_bench', restricted: 'rk_live_bench' })
const emulator = await startStripeEmulator({ port: 0, accounts: [account], knobs: { rateLimitPerSec: LIMIT } })
const database = await createServerDatabase(adminUrl, 'rc_bench')
process.env.DATABASE_URL = database.url
console.log(`setup: account generated, emulator on ${emulator.url}, database ready (${Math.round(performance.now() - t0)} ms)`)

const pages = (n: number) => Math.max(1, Math.ceil(n / 100))
try {
  const { getDb, disconnectDb } = await import('@/lib/db/client')
  const { connectStripe } = await import('@/lib/services/connections/connect-stripe')
  const { makeWorkspace } = await import('@/lib/testing/factories')
  const ctx = await makeWorkspace(getDb())
  await connectStripe(ctx, { key: 'rk_live_bench', baseUrl: emulator.url })
  await disconnectDb()

  // The floor: every request the import cannot avoid.
  const prices = account.prices.sorted()
  const activePrices = prices.filter((p) => p.active).length
  const grantCustomers = new Set(account.creditGrants.sorted().map((g) => g.customer)).size
  const floor = {
    account: 1,
    meters: pages(account.meters.size),
    products: pages(account.products.size),
    'prices (active)': pages(activePrices),
    'prices (archived pass)': pages(prices.length - activePrices),
    customers: pages(account.customers.size),
    subscriptions: pages(account.subscriptions.size),
    'subscription schedules': pages(account.subscriptionSchedules.size),
    'credit grants': pages(account.creditGrants.size),
    coupons: pages(account.coupons.size),
    'promotion codes': pages(account.promotionCodes.size),
    'balance summaries (customers holding a grant)': grantCustomers,
  }
  const floorRequests = Object.values(floor).reduce((a, b) => a + b, 0)
  const floorSeconds = floorRequests / LIMIT
  console.log(`account: ${account.meters.size} meters, ${account.products.size} products, ${prices.length} prices (${prices.length - activePrices} archived) + ${account.inlinePrices.size} inline, ${account.customers.size} customers, ${account.subscriptions.size} subscriptions, ${account.creditGrants.size} credit grants (${grantCustomers} customers hold one)`)
  console.log(`floor: ${floorRequests} requests ÷ ${LIMIT}/s = ${floorSeconds.toFixed(2)} s  (${Object.entries(floor).map(([k, v]) => `${k} ${v}`).join(', ')})`)

  const runImport = async (label: string) => {
    emulator.resetStats()
    const child = spawn(process.execPath, [...(process.env.BENCH_NODE_ARGS?.split(' ').filter(Boolean) ?? []), '--import', 'tsx', path.join(root, 'bench/import/importer.ts'), ctx.workspace.slug, rps], {
      cwd: root,
      env: { ...process.env },
      stdio: ['ignore', 'pipe', 'inherit'],
    })
    let out = ''
    child.stdout.on('data', (d: Buffer) => (out += d.toString()))
    const code = await new Promise<number | null>((res) => child.on('exit', res))
    if (code !== 0) throw new Error(`importer exited with ${code}`)
    const r = JSON.parse(out.trim().split('\n').at(-1)!) as { status: string; counts: Record<string, number>; changes: Record<string, unknown>; errors: unknown[]; wallMs: number; maxRssKb: number; cpuMs: number }
    const stats = emulator.stats()
    const wall = r.wallMs / 1000
    const expected = { meter: account.meters.size, product: account.products.size, price: prices.length + account.inlinePrices.size, customer: account.customers.size, subscription: account.subscriptions.size, credit_grant: account.creditGrants.size }
    const mismatches = Object.entries(expected).filter(([t, n]) => r.counts[t] !== n)
    console.log(`\n${label}: ${r.status}${r.errors.length ? ` with ${r.errors.length} errors` : ''}`)
    console.log(`  wall time      ${wall.toFixed(2)} s`)
    console.log(`  floor          ${floorSeconds.toFixed(2)} s`)
    console.log(`  ratio          ${(wall / floorSeconds).toFixed(3)} × floor   (target ≤ 1.25)`)
    console.log(`  peak RSS       ${(r.maxRssKb / 1024).toFixed(0)} MB   (target ≤ 400 MB)`)
    console.log(`  importer CPU   ${(r.cpuMs / 1000).toFixed(1)} s`)
    console.log(`  requests       ${stats.requests} made (${stats.throttled} answered 429 by the emulator), budget ${rps} req/s`)
    console.log(`  changes        ${JSON.stringify({ created: r.changes.created, updated: r.changes.updated, unchanged: r.changes.unchanged, removed: r.changes.removed })}`)
    console.log(`  counts         ${mismatches.length ? `MISMATCH ${JSON.stringify(mismatches)}` : 'match the emulator'} ${JSON.stringify(r.counts)}`)
    return { wall, ratio: wall / floorSeconds, rssMb: r.maxRssKb / 1024, ok: r.status === 'succeeded' && !mismatches.length }
  }

  const first = await runImport('first import')
  if (values.twice) await runImport('second import (nothing changed)')
  const pass = first.ok && first.ratio <= 1.25 && first.rssMb <= 400
  console.log(`\n${pass ? 'PASS' : 'FAIL'}: ${first.ratio.toFixed(3)} × floor, ${first.rssMb.toFixed(0)} MB peak RSS`)
  process.exitCode = pass ? 0 : 1
} finally {
  await emulator.close()
  await database.stop()
  fs.rmSync(dataDir, { recursive: true, force: true })
}
