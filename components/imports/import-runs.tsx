'use client'

import { useEffect, useRef } from 'react'
import { PageHeader } from '@/components/layout/page-header'
import { Alert } from '@/components/ui/alert'
import { Button } from '@/components/ui/button'
import { Card, CardHeader } from '@/components/ui/card'
import { EmptyState, Spinner } from '@/components/ui/empty-state'
import { useToast } from '@/components/ui/toast'
import { ApiError } from '@/lib/query/fetcher'
import { useCancelImport, useImportRuns, useInvalidateImported, useStartImport, type TImportRun } from '@/lib/query/hooks/use-imports'
import { formatCount, formatDateTime } from '@/lib/utils'
import { ImportStatusBadge } from './import-status-badge'

const TYPE_LABELS: Record<string, string> = {
  meter: 'meters', product: 'products', price: 'prices', customer: 'customers', subscription: 'subscriptions',
  subscription_schedule: 'schedules', credit_grant: 'credit grants', credit_balance_summary: 'balances', coupon: 'coupons', promotion_code: 'promo codes',
}

function duration(ms: number | null): string {
  if (ms === null) return '—'
  return ms < 1000 ? `${ms} ms` : `${(ms / 1000).toFixed(1)} s`
}

export function ImportRuns({ ws, canImport }: Readonly<{ ws: string; canImport: boolean }>) {
  const runs = useImportRuns(ws)
  const start = useStartImport(ws)
  const cancel = useCancelImport(ws)
  const invalidate = useInvalidateImported(ws)
  const toast = useToast()
  const active = runs.data?.find((r) => r.status === 'queued' || r.status === 'running')
  const wasActive = useRef(false)

  useEffect(() => {
    if (wasActive.current && !active) void invalidate()
    wasActive.current = !!active
  }, [active, invalidate])

  async function onStart() {
    try {
      await start.mutateAsync()
    } catch (e) {
      toast({ tone: 'error', message: e instanceof ApiError ? e.userMessage : 'Could not start the import' })
    }
  }

  return (
    <>
      <PageHeader
        title="Imports"
        description="Each import reads the whole Stripe catalogue and records what was created, updated, unchanged or removed since the last one. Runs resume after a restart."
        actions={canImport && <Button onClick={onStart} busy={start.isPending} disabled={!!active}>{active ? 'Import running…' : 'Import now'}</Button>}
      />
      {active && <ActiveRun run={active} onCancel={() => cancel.mutate(active.id)} canCancel={canImport && !active.cancelRequested} />}
      <Card>
        <CardHeader title="Runs" />
        {runs.isLoading ? (
          <Spinner />
        ) : !runs.data?.length ? (
          <EmptyState title="No imports yet">Connect a Stripe account, then import its catalogue.</EmptyState>
        ) : (
          <div className="overflow-x-auto">
            <table className="min-w-full text-sm" data-testid="import-runs">
              <thead className="bg-slate-50 text-left text-xs font-medium text-slate-500">
                <tr>
                  <th className="px-5 py-2">Status</th>
                  <th className="px-3 py-2">Started</th>
                  <th className="px-3 py-2">Duration</th>
                  <th className="px-3 py-2">Objects held</th>
                  <th className="px-3 py-2">Changes</th>
                  <th className="px-3 py-2">Trigger</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {runs.data.map((r) => (
                  <tr key={r.id} className="align-top">
                    <td className="px-5 py-2.5"><ImportStatusBadge status={r.status} /></td>
                    <td className="px-3 py-2.5 whitespace-nowrap text-slate-600">{formatDateTime(r.startedAt ?? r.queuedAt)}</td>
                    <td className="tabular px-3 py-2.5 text-slate-600">{duration(r.durationMs)}</td>
                    <td className="px-3 py-2.5 text-slate-700">
                      {Object.entries(r.counts).length ? Object.entries(r.counts).map(([t, n]) => `${formatCount(n)} ${TYPE_LABELS[t] ?? t}`).join(' · ') : '—'}
                      {r.errors.length > 0 && <p className="mt-1 text-xs text-rose-600">{r.errors[0]!.message}</p>}
                    </td>
                    <td className="tabular px-3 py-2.5 text-xs whitespace-nowrap text-slate-600">
                      +{r.changes.created ?? 0} ~{r.changes.updated ?? 0} ={r.changes.unchanged ?? 0} −{r.changes.removed ?? 0}
                    </td>
                    <td className="px-3 py-2.5 text-slate-500">{r.trigger}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Card>
    </>
  )
}

function ActiveRun({ run, onCancel, canCancel }: Readonly<{ run: TImportRun; onCancel: () => void; canCancel: boolean }>) {
  const cps = run.checkpoint ?? {}
  const done = run.types.filter((t) => cps[t]?.done).length
  const pct = run.types.length ? Math.round((done / run.types.length) * 100) : 0
  return (
    <Alert tone="info" className="mb-6" title={`Import ${run.status}${run.cancelRequested ? ' — cancelling' : ''}`}>
      <div className="mt-2 h-2 overflow-hidden rounded bg-sky-100" role="progressbar" aria-valuenow={pct} aria-valuemin={0} aria-valuemax={100}>
        <div className="h-full bg-sky-500 transition-all" style={{ width: `${Math.max(pct, 4)}%` }} />
      </div>
      <p className="mt-2 text-xs">
        {run.types.map((t) => `${TYPE_LABELS[t] ?? t}: ${formatCount(cps[t]?.fetched ?? 0)}${cps[t]?.done ? ' ✓' : ''}`).join(' · ')}
      </p>
      {canCancel && <Button variant="secondary" size="sm" className="mt-2" onClick={onCancel}>Cancel import</Button>}
    </Alert>
  )
}
