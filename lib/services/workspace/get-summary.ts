/** The overview page's data: connections, the latest import, counts, the working change set. */
import { countByType } from '@/lib/db/stripe-objects'
import { getConnections } from '../connections/get-connections'
import { authorize, type WorkspaceCtx } from '../context'

export async function getWorkspaceSummary(ctx: WorkspaceCtx) {
  authorize(ctx, 'workspace.read')
  const { db, workspace } = ctx
  const connections = await getConnections(ctx)
  const [lastImport, openChangeSets, published] = await Promise.all([
    db.importRun.findFirst({ where: { workspaceId: workspace.id }, orderBy: { queuedAt: 'desc' }, select: { id: true, status: true, queuedAt: true, finishedAt: true, counts: true } }),
    db.changeSet.count({ where: { workspaceId: workspace.id, status: { in: ['draft', 'in_review', 'approved'] } } }),
    db.publishedObject.count({ where: { workspaceId: workspace.id, archivedAt: null } }),
  ])
  const counts = connections.stripe ? await countByType(db, workspace.id, connections.stripe.accountId) : {}
  return {
    workspace: { slug: workspace.slug, name: workspace.name },
    role: ctx.actor.role,
    connections,
    lastImport: lastImport && { ...lastImport, queuedAt: lastImport.queuedAt.toISOString(), finishedAt: lastImport.finishedAt?.toISOString() ?? null },
    stripeCounts: counts,
    openChangeSets,
    publishedObjects: published,
  }
}
