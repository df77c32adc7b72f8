/**
 * The change set an edit lands in: the workspace's latest open draft, or a new one that starts as a
 * copy of what is published (so a change set is always a whole catalogue and its diff against the
 * published state is what review sees).
 */
import { writeAudit } from '@/lib/db/audit'
import { replaceCatalog } from '@/lib/db/catalog-objects'
import { createChangeSet } from '@/lib/db/change-sets'
import type { DbTx } from '@/lib/db/client'
import { listPublished, publishedCatalog } from '@/lib/db/published'
import { auditActor, type WorkspaceCtx } from '../context'

export async function workingChangeSet(ctx: WorkspaceCtx, tx: DbTx) {
  const open = await tx.changeSet.findFirst({
    where: { workspaceId: ctx.workspace.id, status: 'draft' },
    orderBy: [{ updatedAt: 'desc' }],
    select: { id: true, number: true },
  })
  if (open) return open
  const cs = await createChangeSet(tx, { workspaceId: ctx.workspace.id, title: 'Working draft', origin: 'manual', authorId: ctx.actor.id })
  await replaceCatalog(tx, cs.id, publishedCatalog(await listPublished(tx, ctx.workspace.id)))
  await writeAudit(tx, { workspaceId: ctx.workspace.id, actor: auditActor(ctx), action: 'change_set.created', targetType: 'change_set', targetId: cs.id, data: { number: cs.number, origin: 'manual' } })
  return { id: cs.id, number: cs.number }
}
