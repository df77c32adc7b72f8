/**
 * Review transitions: submit (re-validated: errors block), approve (not by the author; only the exact
 * content submitted), reject, reopen. Each is status-guarded inside the transaction (a concurrent
 * transition makes it a 409, never a double approval) and audited with it.
 */
import { CatalogError, ConflictError, ForbiddenError, InvalidInputError, NotFoundError } from '@/lib/catalog/errors'
import { assertTransition, type ChangeSetStatus } from '@/lib/catalog/lifecycle'
import { validateCatalog } from '@/lib/catalog/validation'
import { writeAudit } from '@/lib/db/audit'
import { findChangeSet } from '@/lib/db/change-sets'
import { auditActor, authorize, type WorkspaceCtx } from '../context'
import { loadValidationContext } from '../validation/validation-context'
import { changeSetContent } from './change-set-content'
import { plural } from '@/lib/catalog/plural'
import type { DbTx } from '@/lib/db/client'

async function load(ctx: WorkspaceCtx, id: string) {
  const cs = await findChangeSet(ctx.db, ctx.workspace.id, id)
  if (!cs) throw new NotFoundError(`Change set ${id}`)
  return cs
}

async function move(ctx: WorkspaceCtx, csId: string, from: string, to: ChangeSetStatus, data: Record<string, unknown>, audit: { action: string; data?: Record<string, unknown> }, also?: (tx: DbTx) => Promise<unknown>) {
  return ctx.db.$transaction(async (tx) => {
    const r = await tx.changeSet.updateMany({ where: { id: csId, status: from }, data: { status: to, ...data } })
    if (r.count !== 1) throw new ConflictError('The change set changed while you were looking at it; reload and try again.')
    await also?.(tx)
    await writeAudit(tx, { workspaceId: ctx.workspace.id, actor: auditActor(ctx), action: audit.action, targetType: 'change_set', targetId: csId, data: audit.data })
  })
}

export async function submitChangeSet(ctx: WorkspaceCtx, id: string) {
  authorize(ctx, 'changeset.submit')
  const cs = await load(ctx, id)
  assertTransition(cs.status, 'in_review')
  const [{ catalog, hash }, context] = await Promise.all([changeSetContent(ctx.db, cs.id), loadValidationContext(ctx)])
  const issues = validateCatalog(catalog, context)
  const errors = issues.filter((i) => i.severity === 'error')
  if (errors.length) throw new InvalidInputError(`CS-${cs.number} has ${plural(errors.length, 'validation error')}; fix ${errors.length === 1 ? 'it' : 'them'} before submitting for review.`, { issues })
  await move(ctx, cs.id, cs.status, 'in_review', { submittedAt: ctx.clock.now(), contentHash: hash }, { action: 'change_set.submitted', data: { number: cs.number, contentHash: hash, warnings: issues.length } })
  return { changeSetId: cs.id, status: 'in_review' as const, warnings: issues.length }
}

export async function approveChangeSet(ctx: WorkspaceCtx, id: string, comment?: string) {
  authorize(ctx, 'changeset.review')
  const cs = await load(ctx, id)
  assertTransition(cs.status, 'approved')
  if (cs.authorId === ctx.actor.id) throw new ForbiddenError(`You wrote CS-${cs.number}: another reviewer must approve it.`)
  const { hash } = await changeSetContent(ctx.db, cs.id)
  if (hash !== cs.contentHash) throw new CatalogError(`CS-${cs.number} changed after it was submitted; it must be submitted again.`, { status: 409, code: 'stale' })
  await ctx.db.$transaction(async (tx) => {
    const r = await tx.changeSet.updateMany({ where: { id: cs.id, status: 'in_review', contentHash: hash }, data: { status: 'approved', approvedAt: ctx.clock.now(), approvedById: ctx.actor.id } })
    if (r.count !== 1) throw new ConflictError('The change set changed while you were reviewing it; reload and try again.')
    await tx.approval.create({ data: { changeSetId: cs.id, reviewerId: ctx.actor.id, decision: 'approved', contentHash: hash, comment: comment ?? null } })
    await writeAudit(tx, { workspaceId: ctx.workspace.id, actor: auditActor(ctx), action: 'change_set.approved', targetType: 'change_set', targetId: cs.id, data: { number: cs.number, contentHash: hash } })
  })
  return { changeSetId: cs.id, status: 'approved' as const }
}

export async function rejectChangeSet(ctx: WorkspaceCtx, id: string, comment?: string) {
  authorize(ctx, 'changeset.review')
  const cs = await load(ctx, id)
  assertTransition(cs.status, 'rejected')
  await ctx.db.$transaction(async (tx) => {
    const r = await tx.changeSet.updateMany({ where: { id: cs.id, status: 'in_review' }, data: { status: 'rejected' } })
    if (r.count !== 1) throw new ConflictError('The change set changed while you were reviewing it; reload and try again.')
    await tx.approval.create({ data: { changeSetId: cs.id, reviewerId: ctx.actor.id, decision: 'rejected', contentHash: cs.contentHash ?? '', comment: comment ?? null } })
    await writeAudit(tx, { workspaceId: ctx.workspace.id, actor: auditActor(ctx), action: 'change_set.rejected', targetType: 'change_set', targetId: cs.id, data: { number: cs.number, comment: comment ?? null } })
  })
  return { changeSetId: cs.id, status: 'rejected' as const }
}

export async function reopenChangeSet(ctx: WorkspaceCtx, id: string) {
  authorize(ctx, 'changeset.submit')
  const cs = await load(ctx, id)
  assertTransition(cs.status, 'draft')
  // Withdrawing to edit dismisses approvals (GitHub's "dismiss stale approvals"): what was approved
  // may no longer be what would be published.
  await move(ctx, cs.id, cs.status, 'draft', { approvedAt: null, approvedById: null, contentHash: null }, { action: 'change_set.reopened', data: { number: cs.number, from: cs.status } }, (tx) =>
    tx.approval.updateMany({ where: { changeSetId: cs.id, decision: 'approved' }, data: { decision: 'dismissed' } }),
  )
  return { changeSetId: cs.id, status: 'draft' as const }
}
