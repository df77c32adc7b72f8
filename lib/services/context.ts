/**
 * What every workspace-scoped use case receives: the database, the workspace, the acting member and
 * a clock. Route handlers build it from the session cookie, the CLI from --workspace/--as; services
 * never read cookies, env or argv themselves (architecture.md convention 6).
 */
import { can, type Action, type Role } from '@/lib/auth/permissions'
import { ForbiddenError } from '@/lib/catalog/errors'
import type { Db } from '@/lib/db/client'
import type { WorkspaceRow } from '@/lib/db/workspaces'

export type Actor = { id: string; email: string; role: Role }
export type Clock = { now(): Date }
export const systemClock: Clock = { now: () => new Date() }

export type WorkspaceCtx = { db: Db; workspace: WorkspaceRow; actor: Actor; clock: Clock }

const ACTION_WORDS: Record<Action, string> = {
  'workspace.read': 'view this workspace',
  'connection.manage': 'manage the Stripe and Metronome connections',
  'member.manage': 'manage members',
  'import.run': 'run imports',
  'catalog.edit': 'edit the catalogue',
  'changeset.submit': 'submit change sets',
  'changeset.review': 'approve or reject change sets',
  'changeset.comment': 'comment on change sets',
  'publish.run': 'publish to Metronome',
}

export function authorize(ctx: Pick<WorkspaceCtx, 'actor'>, action: Action): void {
  if (!can(ctx.actor.role, action)) {
    throw new ForbiddenError(`Your role (${ctx.actor.role}) cannot ${ACTION_WORDS[action]}. Ask a workspace admin.`)
  }
}

export function auditActor(ctx: Pick<WorkspaceCtx, 'actor'>) {
  return { id: ctx.actor.id, email: ctx.actor.email }
}
