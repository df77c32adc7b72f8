import { parseArgs } from 'node:util'
import { addMember, ZAddMember } from '@/lib/services/workspace/add-member'
import type { Command } from '../command'
import { UsageError } from '../io'

export const userAddCommand: Command = {
  summary: 'Add a member to the workspace (or change their role)',
  usage: 'user add EMAIL --role admin|editor|reviewer|viewer [--password P]',
  async run({ argv, out, ctx }) {
    const { values, positionals } = parseArgs({ args: argv, options: { role: { type: 'string' }, password: { type: 'string' } }, allowPositionals: true, strict: true })
    if (positionals.length !== 1) throw new UsageError('usage: ratecraft user add EMAIL --role admin|editor|reviewer|viewer')
    const input = ZAddMember.parse({ email: positionals[0], role: values.role, password: values.password })
    const r = await addMember(await ctx(), input)
    out.result(r, () => `${r.email} is now ${r.role}`)
    return 0
  },
}
