import type { Command } from '../command'
import { UsageError } from '../io'
import { importCommand } from './import'
import { userAddCommand } from './user-add'

/** Commands of the fixed contract that later work fills in: they exit 2 with {"error":"not implemented"}. */
const notImplemented = (usage: string, summary: string): Command => ({
  usage,
  summary,
  run: async () => {
    throw new UsageError('not implemented')
  },
})

export const COMMANDS: Record<string, Command> = {
  import: importCommand,
  draft: notImplemented('draft', 'Auto-map the latest import into a Metronome design (a new change set)'),
  export: notImplemented('export [--change-set ID] --out FILE', 'Write the design as catalogue-as-code JSON'),
  apply: notImplemented('apply FILE', 'Load a catalogue JSON into a new change set'),
  validate: notImplemented('validate [FILE | --change-set ID]', 'Run every validation rule (exit 1 on errors)'),
  'user add': userAddCommand,
  submit: notImplemented('submit --change-set ID', 'Submit a change set for review'),
  approve: notImplemented('approve --change-set ID', 'Approve a change set (not its author)'),
  simulate: notImplemented('simulate --usage FILE --from ISO --to ISO [--change-set ID]', 'Rate usage under the Stripe prices and the design'),
  plan: notImplemented('plan --change-set ID [--metronome-url URL] [--metronome-token T]', 'Ordered publish plan against Metronome'),
  publish: notImplemented('publish --change-set ID [--metronome-url URL] [--metronome-token T]', 'Publish exactly the approved plan'),
}
