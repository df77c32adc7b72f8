import type { Command } from '../command'
import { UsageError } from '../io'
import { applyCommand } from './apply'
import { draftCommand } from './draft'
import { exportCommand } from './export'
import { importCommand } from './import'
import { approveCommand, submitCommand } from './review'
import { userAddCommand } from './user-add'
import { validateCommand } from './validate'

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
  draft: draftCommand,
  export: exportCommand,
  apply: applyCommand,
  validate: validateCommand,
  'user add': userAddCommand,
  submit: submitCommand,
  approve: approveCommand,
  simulate: notImplemented('simulate --usage FILE --from ISO --to ISO [--change-set ID]', 'Rate usage under the Stripe prices and the design'),
  plan: notImplemented('plan --change-set ID [--metronome-url URL] [--metronome-token T]', 'Ordered publish plan against Metronome'),
  publish: notImplemented('publish --change-set ID [--metronome-url URL] [--metronome-token T]', 'Publish exactly the approved plan'),
}
