/**
 * An edit to a change set under review or approved sends it back to draft and dismisses its approvals
 * (GitHub's "dismiss stale approvals"): what was approved is no longer what would be published.
 * Call inside the transaction that writes the edit.
 */
import { writeAudit } from '@/lib/db/audit'
import type { DbTx } from '@/lib/db/client'

export async function markChangeSetEdited(tx: DbTx, a: { workspaceId: string; changeSetId: string; actor: { id: string; email: string } | null }): Promise<void> {
  const r = await tx.changeSet.updateMany({
    where: { id: a.changeSetId, status: { in: ['in_review', 'approved'] } },
    data: { status: 'draft', approvedAt: null, approvedById: null, contentHash: null },
  })
  if (r.count === 0) {
    await tx.changeSet.updateMany({ where: { id: a.changeSetId }, data: { updatedAt: new Date() } })
    return
  }
  await tx.approval.updateMany({ where: { changeSetId: a.changeSetId, decision: 'approved' }, data: { decision: 'dismissed' } })
  await writeAudit(tx, { workspaceId: a.workspaceId, actor: a.actor, action: 'change_set.returned_to_draft', targetType: 'change_set', targetId: a.changeSetId, data: { reason: 'edited after submission' } })
}
