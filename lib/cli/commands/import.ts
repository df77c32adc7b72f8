import { parseArgs } from 'node:util'
import { env } from '@/lib/env'
import { enqueueImportRun } from '@/lib/jobs/import-job'
import { importForCli } from '@/lib/services/imports/import-for-cli'
import type { Command } from '../command'

export const importCommand: Command = {
  summary: 'Import the Stripe catalogue (key from --stripe-key, STRIPE_SECRET_KEY or the stored connection)',
  usage: 'import [--stripe-key K] [--stripe-url URL]',
  async run({ argv, out, ctx }) {
    const { values } = parseArgs({ args: argv, options: { 'stripe-key': { type: 'string' }, 'stripe-url': { type: 'string' } }, strict: true })
    const c = await ctx()
    const started = Date.now()
    let last = 0
    const r = await importForCli(c, {
      key: values['stripe-key'] ?? env().STRIPE_SECRET_KEY,
      baseUrl: values['stripe-url'] ?? env().STRIPE_API_URL,
      enqueue: enqueueImportRun,
      log: (l) => out.progress(l),
      onProgress: (p) => {
        if (p.done || Date.now() - last > 1000) {
          last = Date.now()
          out.progress(`${p.type}: ${p.fetched}${p.done ? ' ✓' : ''}`)
        }
      },
    })
    out.result(r, () =>
      [
        `Import ${r.status} in ${((Date.now() - started) / 1000).toFixed(1)} s (run ${r.runId})`,
        ...Object.entries(r.counts).map(([k, n]) => `  ${k.padEnd(22)} ${n}`),
        `  changes: +${r.changes.created} ~${r.changes.updated} =${r.changes.unchanged} −${r.changes.removed}`,
        ...r.errors.map((e) => `  error (${e.type} ${e.id}): ${e.message}`),
      ].join('\n'),
    )
    return r.status === 'succeeded' ? 0 : 1
  },
}
