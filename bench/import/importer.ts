/**
 * The importer side of the benchmark, in its own process so its peak RSS is the importer's alone
 * (the emulator and PostgreSQL run elsewhere). Works one catalogue import of the given workspace
 * through the same services as `ratecraft import` and prints one JSON line.
 */
import { disconnectDb, getDb } from '@/lib/db/client'
import { findWorkspaceBySlug } from '@/lib/db/workspaces'
import { createImportRun } from '@/lib/services/imports/start-import'
import { workImportRun } from '@/lib/services/imports/work-import-run'
import { systemClock } from '@/lib/services/context'

const [slug, rps] = process.argv.slice(2)
const db = getDb()
const ws = await findWorkspaceBySlug(db, slug!)
if (!ws) throw new Error(`no workspace ${slug}`)
const admin = await db.membership.findFirstOrThrow({ where: { workspaceId: ws.id, role: 'admin' }, select: { user: { select: { id: true, email: true } } } })
const ctx = { db, workspace: ws, actor: { ...admin.user, role: 'admin' as const }, clock: systemClock }
const started = performance.now()
if (process.env.BENCH_TRACE_MEMORY) {
  const mu = () => { const m = process.memoryUsage(); return `rss=${Math.round(m.rss/1e6)} heapUsed=${Math.round(m.heapUsed/1e6)} heapTotal=${Math.round(m.heapTotal/1e6)} ext=${Math.round(m.external/1e6)} ab=${Math.round(m.arrayBuffers/1e6)}` }
  console.error(`mem at start ${mu()}`)
  setInterval(() => console.error(`mem t=${Math.round(performance.now() - started)} ${mu()}`), 1000).unref()
}
const run = await createImportRun(ctx, { trigger: 'api', requestsPerSecond: rps ? Number(rps) : undefined })
// As `ratecraft import` and `npm run worker` do (lib/runtime/heap.ts).
const done = await workImportRun(db, run.id, {
  compactHeap: true,
  onProgress: (p) => process.stderr.write(`  ${String(p.percent ?? '?').padStart(3)}%  ${p.requests} requests, ~${p.etaSeconds ?? '?'} s left\n`),
})
const wallMs = performance.now() - started
process.stdout.write(`${JSON.stringify({ runId: run.id, status: done?.status, counts: done?.counts, changes: done?.changes, errors: done?.errors, wallMs, maxRssKb: process.resourceUsage().maxRSS, cpuMs: Math.round((process.cpuUsage().user + process.cpuUsage().system) / 1000) })}\n`)
await disconnectDb()
process.exit(0)
