'use client'

import { useState } from 'react'
import { PageHeader } from '@/components/layout/page-header'
import { Alert } from '@/components/ui/alert'
import { Button } from '@/components/ui/button'
import { Card, CardHeader } from '@/components/ui/card'
import { Spinner } from '@/components/ui/empty-state'
import { Input } from '@/components/ui/field'
import { useToast } from '@/components/ui/toast'
import { IssuesPanel } from '@/components/validation/issues-panel'
import { can, type Role } from '@/lib/auth/permissions'
import { ApiError } from '@/lib/query/fetcher'
import { useChangeSetReview, useChangeSetTransition } from '@/lib/query/hooks/use-change-sets'
import { formatCount, formatDateTime } from '@/lib/utils'
import { ChangeDiff } from './change-diff'
import { ChangeSetStatus } from './change-set-status'

const COUNT_LABELS: Array<[string, string]> = [['billable_metric', 'Metrics'], ['product', 'Products'], ['rate_card', 'Rate cards'], ['rate', 'Rates'], ['pricing_unit', 'Pricing units'], ['package', 'Packages'], ['contract', 'Contract previews']]

export function ChangeSetReview({ ws, id, role, userId }: Readonly<{ ws: string; id: string; role: Role; userId: string }>) {
  const { data, isLoading, error } = useChangeSetReview(ws, id)
  const transition = useChangeSetTransition(ws, id)
  const toast = useToast()
  const [comment, setComment] = useState('')
  if (isLoading) return <Spinner />
  if (error || !data) return <Alert tone="error">{error instanceof ApiError ? error.userMessage : 'Could not load the change set'}</Alert>

  const errors = data.issues.filter((i) => i.severity === 'error').length
  const isAuthor = data.authorId === userId
  async function act(verb: 'submit' | 'approve' | 'reject' | 'reopen') {
    try {
      const r = await transition.mutateAsync({ verb, comment: comment || undefined })
      toast({ tone: 'success', message: `CS-${data!.number} is now ${r.status.replace('_', ' ')}` })
      setComment('')
    } catch (e) {
      toast({ tone: 'error', message: e instanceof ApiError ? e.userMessage : 'Could not change the status' })
    }
  }

  const actions = (
    <>
      {data.status === 'draft' && can(role, 'changeset.submit') && (
        <Button onClick={() => act('submit')} busy={transition.isPending} disabled={errors > 0} title={errors ? 'Fix the errors first' : undefined}>Submit for review</Button>
      )}
      {data.status === 'in_review' && can(role, 'changeset.review') && !isAuthor && (
        <>
          <Button variant="secondary" onClick={() => act('reject')} busy={transition.isPending}>Reject</Button>
          <Button onClick={() => act('approve')} busy={transition.isPending}>Approve</Button>
        </>
      )}
      {['in_review', 'approved', 'rejected'].includes(data.status) && can(role, 'changeset.submit') && (
        <Button variant="secondary" onClick={() => act('reopen')} busy={transition.isPending}>Back to draft</Button>
      )}
    </>
  )

  return (
    <>
      <PageHeader
        eyebrow={<>Change set · <ChangeSetStatus status={data.status} /></>}
        title={`CS-${data.number} · ${data.title}`}
        description={`${data.origin.replace('_', '-')} by ${data.author ?? 'the CLI'}${data.submittedAt ? ` · submitted ${formatDateTime(data.submittedAt)}` : ''}${data.approvedBy ? ` · approved by ${data.approvedBy}` : ''}`}
        actions={actions}
      />
      {data.status === 'in_review' && isAuthor && can(role, 'changeset.review') && <Alert tone="info" className="mb-6">You wrote this change set: another reviewer approves it.</Alert>}
      {data.status === 'in_review' && can(role, 'changeset.review') && !isAuthor && (
        <div className="mb-6 max-w-xl">
          <Input aria-label="Review comment" placeholder="Comment for the author (optional)" value={comment} onChange={(e) => setComment(e.target.value)} />
        </div>
      )}
      <div className="grid gap-6 lg:grid-cols-3">
        <div className="space-y-6 lg:col-span-2">
          <Card>
            <div className="grid grid-cols-4 gap-4 px-5 py-4 sm:grid-cols-7">
              {COUNT_LABELS.map(([k, label]) => (
                <div key={k}>
                  <p className="text-xs text-slate-500">{label}</p>
                  <p className="tabular mt-1 text-lg font-semibold">{formatCount(data.counts[k] ?? 0)}</p>
                </div>
              ))}
            </div>
          </Card>
          <Card>
            <CardHeader title="Changes against Metronome" description="What publishing this change set would do, object by object. Immutable fields mean a replacement: a new object, dependents re-pointed, the old one archived." />
            <ChangeDiff changes={data.changes} />
          </Card>
        </div>
        <div className="space-y-6">
          <IssuesPanel issues={data.issues} ws={ws} title={`Validation · CS-${data.number}`} />
          {data.approvals.length > 0 && (
            <Card>
              <CardHeader title="Reviews" />
              <ul className="divide-y divide-slate-100 text-sm">
                {data.approvals.map((a, i) => (
                  <li key={i} className="px-5 py-2.5">
                    <p><span className="font-medium">{a.reviewer}</span> {a.decision} · <span className="text-slate-500">{formatDateTime(a.at)}</span></p>
                    {a.comment && <p className="mt-1 text-slate-600">“{a.comment}”</p>}
                  </li>
                ))}
              </ul>
            </Card>
          )}
        </div>
      </div>
    </>
  )
}
