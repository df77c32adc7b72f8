import type { Db } from '@/lib/db/client'
import type { WorkspaceCtx } from '@/lib/services/context'
import type { Output } from './io'

export type CommandEnv = {
  argv: string[]
  out: Output
  db: () => Promise<Db>
  ctx: () => Promise<WorkspaceCtx>
}

/** A command resolves to its exit code: 0 success, 1 ran but found errors. Failures to run throw. */
export type Command = { summary: string; usage: string; run(env: CommandEnv): Promise<0 | 1> }
