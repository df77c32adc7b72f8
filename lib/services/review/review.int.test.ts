import { describe, expect, it } from 'vitest'
import { metricFromMeter } from '@/lib/catalog/metric-from-meter'
import { putCatalogObject } from '@/lib/db/catalog-objects'
import { addMemberCtx, makeWorkspace } from '@/lib/testing/factories'
import { createMetric } from '../catalog/create-metric'
import type { WorkspaceCtx } from '../context'
import { getChangeSetReview } from './read-change-sets'
import { approveChangeSet, rejectChangeSet, reopenChangeSet, submitChangeSet } from './transitions'

const meter = { id: 'mtr_r', display_name: 'Images', event_name: 'images_generated', default_aggregation: { formula: 'count' } }

async function draftWithMetric(): Promise<{ author: WorkspaceCtx; reviewer: WorkspaceCtx; changeSetId: string; key: string }> {
  const admin = await makeWorkspace()
  const author = await addMemberCtx(admin, 'editor')
  const reviewer = await addMemberCtx(admin, 'reviewer')
  const { changeSetId, metric } = await createMetric(author, { metric: metricFromMeter(meter) })
  return { author, reviewer, changeSetId, key: metric.key }
}

describe('review workflow', () => {
  it('submit → approve by another reviewer; the diff shows what publishing would create', async () => {
    const { author, reviewer, changeSetId } = await draftWithMetric()
    expect(await submitChangeSet(author, changeSetId)).toMatchObject({ status: 'in_review' })
    await expect(approveChangeSet(author, changeSetId)).rejects.toThrow(/cannot approve or reject change sets/)
    const review = await getChangeSetReview(reviewer, changeSetId)
    expect(review.changes).toEqual([expect.objectContaining({ kind: 'billable_metric', action: 'create' })])
    expect(await approveChangeSet(reviewer, changeSetId, 'looks right')).toMatchObject({ status: 'approved' })
    const after = await getChangeSetReview(reviewer, changeSetId)
    expect(after.approvals).toEqual([expect.objectContaining({ decision: 'approved', comment: 'looks right' })])
    const actions = (await author.db.auditEvent.findMany({ where: { workspaceId: author.workspace.id, targetId: changeSetId }, select: { action: true } })).map((a) => a.action)
    expect(actions).toEqual(expect.arrayContaining(['change_set.submitted', 'change_set.approved']))
  })

  it('the author cannot approve their own change set, even as an admin', async () => {
    const admin = await makeWorkspace()
    const { changeSetId } = await createMetric(admin, { metric: metricFromMeter(meter) })
    await submitChangeSet(admin, changeSetId)
    await expect(approveChangeSet(admin, changeSetId)).rejects.toThrow(/another reviewer must approve it/)
  })

  it('validation errors block submitting, with the issues attached', async () => {
    const { author, changeSetId, key } = await draftWithMetric()
    const sumWithoutKey = { ...metricFromMeter(meter), key, aggregation_type: 'SUM' }
    await putCatalogObject(author.db, changeSetId, 'billable_metric', sumWithoutKey)
    const err = (await submitChangeSet(author, changeSetId).catch((e: unknown) => e)) as { message: string; details: { issues: Array<{ code: string }> } }
    expect(err.message).toMatch(/has \d+ validation errors?; fix (it|them) before submitting/)
    expect(err.details.issues.map((i) => i.code)).toContain('MTR-4')
  })

  it('withdrawing an approved change set to edit it dismisses the approval; the edit then needs a new review', async () => {
    const { author, reviewer, changeSetId, key } = await draftWithMetric()
    await submitChangeSet(author, changeSetId)
    await approveChangeSet(reviewer, changeSetId)
    await reopenChangeSet(author, changeSetId)
    await putCatalogObject(author.db, changeSetId, 'billable_metric', { ...metricFromMeter(meter), key, name: 'Images (renamed)' })
    const r = await getChangeSetReview(reviewer, changeSetId)
    expect(r.status).toBe('draft')
    expect(r.approvals.map((a) => a.decision)).toEqual(['dismissed'])
  })

  it('approve refuses content that changed after submission; reject and reopen move it back', async () => {
    const { author, reviewer, changeSetId, key } = await draftWithMetric()
    await submitChangeSet(author, changeSetId)
    await putCatalogObject(author.db, changeSetId, 'billable_metric', { ...metricFromMeter(meter), key, name: 'Sneaky edit' })
    await expect(approveChangeSet(reviewer, changeSetId)).rejects.toThrow(/changed after it was submitted/)
    expect(await rejectChangeSet(reviewer, changeSetId, 'resubmit please')).toMatchObject({ status: 'rejected' })
    expect(await reopenChangeSet(author, changeSetId)).toMatchObject({ status: 'draft' })
    await expect(approveChangeSet(reviewer, changeSetId)).rejects.toThrow('Cannot approve a change set that is draft.')
  })
})
