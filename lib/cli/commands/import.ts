import { parseArgs } from 'node:util'
import { env } from '@/lib/env'
import { enqueueImportRun } from '@/lib/jobs/import-job'
import type { ProgressDoc } from '@/lib/services/imports/import-progress'
import { importForCli } from '@/lib/services/imports/import-for-cli'
import type { Command } from '../command'
import { UsageError } from '../io'

const LABELS: Record<string, string> = {
  meter: 'meters', product: 'products', price: 'prices', customer: 'customers', subscription: 'subscriptions', subscription_schedule: 'schedules',
  credit_grant: 'credit grants', credit_balance_summary: 'balances', coupon: 'coupons', promotion_code: 'promo codes',
}

const n = (x: number) => x.toLocaleString('en-US')

/** One stderr line: overall percentage, time left, request rate, then each type's count. */
export function progressLine(p: ProgressDoc): string {
  const pct = p.percent === null ? '  ?%' : `${String(p.percent).padStart(3)}%`
  const eta = p.etaSeconds === null ? '' : ` ~${p.etaSeconds} s left${p.basis === 'partial' ? '?' : ''} ·`
  const rate = p.elapsedMs > 0 ? Math.round((p.requests / p.elapsedMs) * 1000) : 0
  const types = Object.entries(LABELS)
    .filter(([t]) => p.types[t])
    .map(([t, label]) => {
      const s = p.types[t]!
      return s.done ? `${label} ${n(s.fetched)} ✓` : `${label} ${n(s.fetched)}${s.expected !== null ? `/${p.basis === 'timeline' ? '~' : ''}${n(s.expected)}` : ''}`
    })
  return `[${pct}]${eta} ${n(p.requests)} requests (${rate}/s${p.retries ? `, ${p.retries} retried` : ''}) · ${types.join(' · ')}`
}

export const importCommand: Command = {
  summary: 'Import the Stripe catalogue (key from --stripe-key, STRIPE_SECRET_KEY or the stored connection)',
  usage: 'import [--stripe-key K] [--stripe-url URL] [--max-rps N]',
  async run({ argv, out, ctx }) {
    const { values } = parseArgs({ args: argv, options: { 'stripe-key': { type: 'string' }, 'stripe-url': { type: 'string' }, 'max-rps': { type: 'string' } }, strict: true })
    const rps = values['max-rps'] === undefined ? undefined : Number(values['max-rps'])
    if (rps !== undefined && !(rps > 0 && rps <= 1000)) throw new UsageError('--max-rps must be a number of requests per second between 1 and 1000')
    const c = await ctx()
    const started = Date.now()
    let last = 0
    const r = await importForCli(c, {
      key: values['stripe-key'] ?? env().STRIPE_SECRET_KEY,
      baseUrl: values['stripe-url'] ?? env().STRIPE_API_URL,
      requestsPerSecond: rps ?? env().RATECRAFT_STRIPE_RPS,
      enqueue: enqueueImportRun,
      log: (l) => out.progress(l),
      onProgress: (p, final) => {
        if (!final && Date.now() - last < 900) return
        last = Date.now()
        out.progress(progressLine(p))
      },
    })
    out.result(r, () =>
      [
        `Import ${r.status} in ${((Date.now() - started) / 1000).toFixed(1)} s (run ${r.runId})`,
        ...Object.entries(r.counts).map(([k, v]) => `  ${k.padEnd(22)} ${n(v)}`),
        `  changes: +${r.changes.created} ~${r.changes.updated} =${r.changes.unchanged} −${r.changes.removed}`,
        ...r.errors.map((e) => `  error (${e.type} ${e.id}): ${e.message}`),
      ].join('\n'),
    )
    return r.status === 'succeeded' && r.errors.length === 0 ? 0 : 1
  },
}
