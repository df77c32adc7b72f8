import { parseArgs } from 'node:util'
import { runDraft } from '@/lib/services/drafts/run-draft'
import type { Command } from '../command'
import { UsageError } from '../io'

export const draftCommand: Command = {
  summary: 'Auto-map the latest import into a Metronome design (a new change set)',
  usage: 'draft',
  async run({ argv, out, ctx }) {
    const { positionals } = parseArgs({ args: argv, options: {}, allowPositionals: true, strict: true })
    if (positionals.length) throw new UsageError(`draft takes no arguments (got "${positionals.join(' ')}")`)
    const r = await runDraft(await ctx(), { log: (l) => out.progress(l) })
    const doc = {
      changeSetId: r.changeSetId,
      decisions: r.decisions.map((d) => ({ stripeType: d.stripeType, stripeId: d.stripeId, targets: d.targets.map((t) => ({ type: t.type, key: t.key })), fidelity: d.fidelity, rule: d.rule, reason: d.reason })),
    }
    out.result(doc, () => {
      const by = (f: string) => r.decisions.filter((d) => d.fidelity === f).length
      const redraft = r.report.redraft
      return [
        `CS-${r.number} drafted (change set ${r.changeSetId}), cutover ${r.report.options.cutoverAt}`,
        `  ${r.decisions.length} decisions: ${by('exact')} exact, ${by('approximate')} approximate, ${by('unsupported')} unsupported`,
        `  ${Object.entries(r.counts).filter(([, n]) => n > 0).map(([k, n]) => `${n} ${k}`).join(', ') || 'no objects'}`,
        ...(redraft ? [`  re-draft of CS-${redraft.previous.number}: kept ${redraft.kept.length} of your decisions, ${redraft.changedSources.length} changed in Stripe, ${redraft.newSources.length} new, ${redraft.removedSources.length} removed`] : []),
      ].join('\n')
    })
    return 0
  },
}
