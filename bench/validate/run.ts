/**
 * Validation benchmark (issue 5 item 7): a catalogue of 2,000 products and 10,000 rates, validated in
 * full and re-validated incrementally after one edit. Targets: full ≤ 50 ms, one edit ≤ 5 ms.
 * Run: node --import tsx bench/validate/run.ts [--runs N]
 *
 * Reports the median wall-clock time and, next to it, the median CPU time of the same calls: on a
 * shared machine the wall clock also counts time the process waited for a core.
 */
import { applyChange, createValidator, validateCatalog, type CatalogChange } from '../../lib/catalog/validation/index'
import type { TDraftProduct, TDraftRate } from '../../lib/catalog/schemas'
import { buildLargeCatalog } from './build-catalog'

const FULL_TARGET_MS = 50
const EDIT_TARGET_MS = 5
const runsArg = process.argv.indexOf('--runs')
const RUNS = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 21
const NOW = new Date('2025-12-15T00:00:00Z')

type Sample = { wall: number; cpu: number }

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b)
  const m = s.length >> 1
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2
}

function time(fn: () => unknown): Sample {
  const c = process.cpuUsage()
  const t = performance.now()
  fn()
  const wall = performance.now() - t
  const used = process.cpuUsage(c)
  return { wall, cpu: (used.user + used.system) / 1000 }
}

function summary(samples: Sample[]): Sample {
  return { wall: median(samples.map((s) => s.wall)), cpu: median(samples.map((s) => s.cpu)) }
}

const catalog = buildLargeCatalog()
const context = { now: NOW }
console.log(`catalogue: ${catalog.billableMetrics.length} metrics, ${catalog.products.length} products, ${catalog.rateCards.length} cards, ${catalog.rates.length} rates, ${catalog.contracts.length} contracts`)

const cold = time(() => validateCatalog(catalog, context))
const first = validateCatalog(catalog, context)
console.log(`issues on the benchmark catalogue: ${first.length} (${first.filter((i) => i.severity === 'error').length} errors)`)

for (let i = 0; i < 5; i++) validateCatalog(catalog, context) // warm-up
const full = summary(Array.from({ length: RUNS }, () => time(() => validateCatalog(catalog, context))))

// One edit at a time, as in the editor: a rate's price, a product's name, a metric's aggregation, a rate
// added then removed.
const validator = createValidator(catalog, context)
const rate = catalog.rates[5_000]! as TDraftRate
const product = catalog.products[1_000]! as TDraftProduct
const metric = catalog.billableMetrics[1_000]!
const changes: Array<{ name: string; make: (i: number) => CatalogChange[] }> = [
  { name: 'rate price', make: (i) => [{ kind: 'rate', key: rate.key, doc: { ...rate, price: String(20 + (i % 7)) } }] },
  { name: 'product name', make: (i) => [{ kind: 'product', key: product.key, doc: { ...product, name: `Product ${i}` } }] },
  { name: 'metric aggregation', make: (i) => [{ kind: 'billable_metric', key: metric.key, doc: { ...metric, aggregation_type: i % 2 ? 'MAX' : 'SUM' } }] },
  {
    name: 'add + remove a rate',
    make: (i) => [
      { kind: 'rate', key: `bench-${i}`, doc: { ...rate, key: `bench-${i}`, starting_at: '2027-01-01T00:00:00Z' } },
      { kind: 'rate', key: `bench-${i}`, doc: null },
    ],
  },
]
let current: unknown = catalog
const edit = (list: CatalogChange[]): Sample => {
  const sample = time(() => {
    for (const c of list) validator.update(c)
  })
  for (const c of list) current = applyChange(current, c) // the same edits on a plain copy, outside the timing
  return sample
}
for (const e of changes) for (let i = 0; i < 5; i++) edit(e.make(i)) // warm-up
const editTimes = changes.map((e) => ({ name: e.name, ...summary(Array.from({ length: RUNS * 4 }, (_, i) => edit(e.make(i)))) }))

// The incremental result must equal a full run of the edited catalogue (the benchmark measures real work).
const agree = JSON.stringify(validator.issues) === JSON.stringify(validateCatalog(current, context))

const fmt = (n: number) => n.toFixed(2).padStart(7)
console.log(`\nfull validation      cold ${fmt(cold.wall)} ms`)
console.log(`full validation      median ${fmt(full.wall)} ms wall, ${fmt(full.cpu)} ms CPU over ${RUNS} runs   target ${FULL_TARGET_MS} ms   ratio ${(full.wall / FULL_TARGET_MS).toFixed(2)}`)
for (const e of editTimes)
  console.log(`edit: ${e.name.padEnd(20)} median ${fmt(e.wall)} ms wall, ${fmt(e.cpu)} ms CPU over ${RUNS * 4} edits   target ${EDIT_TARGET_MS} ms   ratio ${(e.wall / EDIT_TARGET_MS).toFixed(2)}`)
console.log(`incremental issues equal a full run after the edits: ${agree}`)
const worstEdit = Math.max(...editTimes.map((e) => e.wall))
const ok = full.wall <= FULL_TARGET_MS && worstEdit <= EDIT_TARGET_MS && agree
console.log(ok ? '\nwithin targets' : '\nOVER TARGET (see the CPU column if the machine is shared)')
process.exitCode = ok ? 0 : 1
