import { parseArgs } from 'node:util'
import { ForbiddenError, InvalidInputError, NotFoundError } from '@/lib/catalog/errors'
import { findChangeSet } from '@/lib/db/change-sets'
import { approveChangeSet, submitChangeSet } from '@/lib/services/review/transitions'
import type { Command, CommandEnv } from '../command'
import { UsageError } from '../io'

type IssueLike = { code: string; severity: string; path: string; message: string }

function changeSetArg(argv: string[], verb: string): string {
  const { values } = parseArgs({ args: argv, options: { 'change-set': { type: 'string' } }, strict: true })
  if (!values['change-set']) throw new UsageError(`usage: ratecraft ${verb} --change-set ID`)
  return values['change-set']
}

/**
 * submit / approve. A refusal the command ran into — validation errors blocking a submit, the author
 * approving their own change set — exits 1 with the change set's unchanged status and the reason.
 */
async function transition(env: CommandEnv, verb: 'submit' | 'approve'): Promise<0 | 1> {
  const id = changeSetArg(env.argv, verb)
  const ctx = await env.ctx()
  const cs = await findChangeSet(ctx.db, ctx.workspace.id, id)
  if (!cs) throw new NotFoundError(`Change set ${id}`)
  try {
    const r = verb === 'submit' ? await submitChangeSet(ctx, cs.id) : await approveChangeSet(ctx, cs.id)
    env.out.result({ changeSetId: r.changeSetId, status: r.status }, () => `CS-${cs.number} (${r.changeSetId}): ${r.status}`)
    return 0
  } catch (e) {
    const issues = e instanceof InvalidInputError ? (e.details as { issues?: IssueLike[] } | undefined)?.issues : undefined
    const authorRefused = e instanceof ForbiddenError && verb === 'approve' && cs.authorId === ctx.actor.id
    if (!issues && !authorRefused) throw e
    for (const i of (issues ?? []).filter((x) => x.severity === 'error')) env.out.progress(`error ${i.code} ${i.path}: ${i.message}`)
    const doc = { changeSetId: cs.id, status: cs.status, reason: (e as Error).message, ...(issues ? { issues: issues.map(({ code, severity, path, message }) => ({ code, severity, path, message })) } : {}) }
    env.out.result(doc, () => `CS-${cs.number}: ${(e as Error).message}`)
    return 1
  }
}

export const submitCommand: Command = {
  summary: 'Submit a change set for review (re-validated: errors block)',
  usage: 'submit --change-set ID',
  run: (env) => transition(env, 'submit'),
}

export const approveCommand: Command = {
  summary: 'Approve a change set (not its author; exactly the submitted content)',
  usage: 'approve --change-set ID',
  run: (env) => transition(env, 'approve'),
}
