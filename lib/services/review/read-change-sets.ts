/** Change sets for the review pages: the list, and one change set with its diff against what is published and its issues. */
import { diffCatalog } from '@/lib/catalog/diff'
import { NotFoundError } from '@/lib/catalog/errors'
import { validateCatalog } from '@/lib/catalog/validation'
import { countCatalogObjects, loadCatalog } from '@/lib/db/catalog-objects'
import { findChangeSet, listChangeSets } from '@/lib/db/change-sets'
import { listPublished, publishedCatalog } from '@/lib/db/published'
import { authorize, type WorkspaceCtx } from '../context'
import { loadValidationContext } from '../validation/validation-context'

async function people(ctx: WorkspaceCtx, ids: Array<string | null>) {
  const users = await ctx.db.user.findMany({ where: { id: { in: ids.filter((x): x is string => !!x) } }, select: { id: true, email: true } })
  return new Map(users.map((u) => [u.id, u.email]))
}

export async function listChangeSetSummaries(ctx: WorkspaceCtx) {
  authorize(ctx, 'workspace.read')
  const rows = await listChangeSets(ctx.db, ctx.workspace.id)
  const who = await people(ctx, rows.flatMap((r) => [r.authorId, r.approvedById]))
  return rows.map((r) => ({
    id: r.id,
    number: r.number,
    title: r.title,
    status: r.status,
    origin: r.origin,
    author: r.authorId ? (who.get(r.authorId) ?? null) : null,
    approvedBy: r.approvedById ? (who.get(r.approvedById) ?? null) : null,
    updatedAt: r.updatedAt.toISOString(),
    createdAt: r.createdAt.toISOString(),
  }))
}

export async function getChangeSetReview(ctx: WorkspaceCtx, id: string) {
  authorize(ctx, 'workspace.read')
  const cs = await findChangeSet(ctx.db, ctx.workspace.id, id)
  if (!cs) throw new NotFoundError(`Change set ${id}`)
  const [catalog, published, context, counts, approvals] = await Promise.all([
    loadCatalog(ctx.db, cs.id),
    listPublished(ctx.db, ctx.workspace.id),
    loadValidationContext(ctx),
    countCatalogObjects(ctx.db, cs.id),
    ctx.db.approval.findMany({ where: { changeSetId: cs.id }, orderBy: { createdAt: 'asc' }, select: { reviewerId: true, decision: true, comment: true, createdAt: true } }),
  ])
  const who = await people(ctx, [cs.authorId, cs.approvedById, ...approvals.map((a) => a.reviewerId)])
  const changes = diffCatalog(publishedCatalog(published), catalog).filter((c) => c.action !== 'noop')
  return {
    id: cs.id,
    number: cs.number,
    title: cs.title,
    description: cs.description,
    status: cs.status,
    origin: cs.origin,
    author: cs.authorId ? (who.get(cs.authorId) ?? null) : null,
    authorId: cs.authorId,
    submittedAt: cs.submittedAt?.toISOString() ?? null,
    approvedAt: cs.approvedAt?.toISOString() ?? null,
    approvedBy: cs.approvedById ? (who.get(cs.approvedById) ?? null) : null,
    counts,
    issues: validateCatalog(catalog, context),
    changes,
    approvals: approvals.map((a) => ({ reviewer: who.get(a.reviewerId) ?? a.reviewerId, decision: a.decision, comment: a.comment, at: a.createdAt.toISOString() })),
  }
}
