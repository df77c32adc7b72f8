'use client'

import { Fragment, useEffect, useRef, useState } from 'react'
import { PageHeader } from '@/components/layout/page-header'
import { Badge } from '@/components/ui/badge'
import { Button } from '@/components/ui/button'
import { Card, CardHeader } from '@/components/ui/card'
import { EmptyState, Spinner } from '@/components/ui/empty-state'
import { useToast } from '@/components/ui/toast'
import type { TRunProgress } from '@/lib/contracts/imports'
import { ApiError } from '@/lib/query/fetcher'
import { isActiveRun, useCancelImport, useImportRuns, useInvalidateImported, useStartImport, type TImportRun } from '@/lib/query/hooks/use-imports'
import { cn, formatCount, formatDateTime } from '@/lib/utils'
import { ImportStatusBadge } from './import-status-badge'

const TYPES: Array<[string, string]> = [
  ['meter', 'Meters'], ['product', 'Products'], ['price', 'Prices'], ['customer', 'Customers'], ['subscription', 'Subscriptions'],
  ['subscription_schedule', 'Schedules'], ['credit_grant', 'Credit grants'], ['credit_balance_summary', 'Credit balances'],
  ['coupon', 'Coupons'], ['promotion_code', 'Promotion codes'], ['discount', 'Discounts'],
]
const LABEL = Object.fromEntries(TYPES)

function duration(ms: number | null): string {
  if (ms === null) return '—'
  if (ms < 1000) return `${ms} ms`
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)} s`
  return `${Math.floor(ms / 60_000)} min ${Math.round((ms % 60_000) / 1000)} s`
}

function eta(p: TRunProgress): string {
  if (p.etaSeconds == null) return 'estimating…'
  const s = p.etaSeconds
  const t = s < 60 ? `about ${Math.max(1, s)} s left` : `about ${Math.round(s / 60)} min left`
  return p.basis === 'partial' ? `${t} (first import: firming up)` : t
}

export function ImportRuns({ ws, canImport }: Readonly<{ ws: string; canImport: boolean }>) {
  const runs = useImportRuns(ws)
  const start = useStartImport(ws)
  const cancel = useCancelImport(ws)
  const invalidate = useInvalidateImported(ws)
  const toast = useToast()
  const active = runs.data?.find(isActiveRun)
  const wasActive = useRef(false)
  const [open, setOpen] = useState<string | null>(null)

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
        eyebrow="Stripe"
        title="Imports"
        description="Each import reads the whole Stripe catalogue — meters, products, prices, customers, subscriptions, schedules, credit grants and their balances, coupons — and records what was created, updated, unchanged or removed since the last one. Runs resume after a restart."
        actions={canImport && <Button onClick={onStart} busy={start.isPending} disabled={!!active}>{active ? 'Import running…' : 'Import now'}</Button>}
      />
      {active && <ActiveRun run={active} onCancel={() => cancel.mutate(active.id)} canCancel={canImport && !active.cancelRequested} />}
      <Card>
        <CardHeader title="Runs" description="Every run is kept, with its counts, changes, duration and errors." />
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
                  <th className="px-3 py-2 text-right">Duration</th>
                  <th className="px-3 py-2">Objects held after the run</th>
                  <th className="px-3 py-2">Changes</th>
                  <th className="px-3 py-2 text-right">Requests</th>
                  <th className="px-3 py-2">Trigger</th>
                  <th className="px-5 py-2" />
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {runs.data.map((r) => {
                  const ch = isActiveRun(r) ? { ...r.changes, ...r.progress.changes } : r.changes
                  return (
                  <Fragment key={r.id}>
                    <tr className="cursor-pointer align-top hover:bg-slate-50/60" onClick={() => setOpen(open === r.id ? null : r.id)}>
                      <td className="px-5 py-2.5"><ImportStatusBadge status={r.status} />{r.resumedFromRunId && <Badge tone="gray" className="ml-1" title="Continued the failed run before it from its checkpoint">continued</Badge>}</td>
                      <td className="px-3 py-2.5 whitespace-nowrap text-slate-600">{formatDateTime(r.startedAt ?? r.queuedAt)}</td>
                      <td className="tabular px-3 py-2.5 text-right text-slate-600">{duration(r.durationMs)}</td>
                      <td className="px-3 py-2.5 text-slate-700">
                        {Object.keys(r.counts).length ? ['meter', 'product', 'price', 'customer', 'subscription', 'subscription_schedule', 'credit_grant'].filter((t) => r.counts[t] !== undefined).map((t) => `${formatCount(r.counts[t]!)} ${LABEL[t]!.toLowerCase()}`).join(' · ') : '—'}
                        {r.errors.length > 0 && <p className="mt-1 max-w-xl text-xs text-rose-600">{r.errors.at(-1)!.message}</p>}
                      </td>
                      <td className="tabular px-3 py-2.5 text-xs whitespace-nowrap">
                        <span className="text-emerald-700">+{formatCount(ch.created ?? 0)}</span> <span className="text-amber-700">~{formatCount(ch.updated ?? 0)}</span>{' '}
                        <span className="text-slate-500">={formatCount(ch.unchanged ?? 0)}</span> <span className="text-rose-700">−{formatCount(ch.removed ?? 0)}</span>
                      </td>
                      <td className="tabular px-3 py-2.5 text-right text-slate-600">{r.progress.requests !== undefined ? formatCount(r.progress.requests) : '—'}</td>
                      <td className="px-3 py-2.5 text-slate-500">{r.trigger}</td>
                      <td className="px-5 py-2.5 text-xs text-brand-600">{open === r.id ? 'Hide' : 'Details'}</td>
                    </tr>
                    {open === r.id && (
                      <tr>
                        <td colSpan={8} className="bg-slate-50/60 px-5 py-3"><RunDetails run={r} /></td>
                      </tr>
                    )}
                  </Fragment>
                  )
                })}
              </tbody>
            </table>
          </div>
        )}
      </Card>
    </>
  )
}

function RunDetails({ run }: Readonly<{ run: TImportRun }>) {
  const by = run.changes.byType ?? {}
  return (
    <div className="grid gap-4 lg:grid-cols-3">
      <table className="text-xs lg:col-span-2" data-testid="run-details">
        <thead className="text-left text-slate-500">
          <tr><th className="py-1 pr-6">Type</th><th className="px-2 py-1 text-right">Held</th><th className="px-2 py-1 text-right">Created</th><th className="px-2 py-1 text-right">Updated</th><th className="px-2 py-1 text-right">Unchanged</th><th className="px-2 py-1 text-right">Removed</th></tr>
        </thead>
        <tbody className="tabular">
          {TYPES.filter(([t]) => run.counts[t] !== undefined || by[t]).map(([t, label]) => (
            <tr key={t}>
              <td className="py-0.5 pr-6 text-slate-700">{label}</td>
              <td className="px-2 py-0.5 text-right font-medium">{formatCount(run.counts[t] ?? 0)}</td>
              <td className="px-2 py-0.5 text-right text-emerald-700">{formatCount(by[t]?.created ?? 0)}</td>
              <td className="px-2 py-0.5 text-right text-amber-700">{formatCount(by[t]?.updated ?? 0)}</td>
              <td className="px-2 py-0.5 text-right text-slate-500">{formatCount(by[t]?.unchanged ?? 0)}</td>
              <td className="px-2 py-0.5 text-right text-rose-700">{formatCount(by[t]?.removed ?? 0)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="space-y-1 text-xs text-slate-600">
        <p>Run <span className="font-mono">{run.id}</span></p>
        <p>Account <span className="font-mono">{run.accountId}</span></p>
        {run.progress.requestsPerSecond && <p>Request budget {run.progress.requestsPerSecond} req/s · {formatCount(run.progress.requests ?? 0)} requests · {run.progress.retries ?? 0} retried</p>}
        {run.errors.map((e, i) => <p key={i} className="text-rose-700">{e.type} {e.id}: {e.message}</p>)}
      </div>
    </div>
  )
}

function ActiveRun({ run, onCancel, canCancel }: Readonly<{ run: TImportRun; onCancel: () => void; canCancel: boolean }>) {
  const p = run.progress
  const pct = p.percent ?? 0
  const rate = p.elapsedMs ? Math.round(((p.requests ?? 0) / p.elapsedMs) * 1000) : 0
  return (
    <Card className="mb-6 ring-sky-200">
      <div className="px-5 py-4" data-testid="active-import">
        <div className="flex items-baseline justify-between gap-4">
          <p className="text-sm font-semibold text-slate-900">
            {run.status === 'queued' ? 'Import queued — waiting for a worker' : run.cancelRequested ? 'Cancelling the import…' : 'Importing from Stripe'}
            <span className="tabular ml-2 font-normal text-slate-500">{p.percent != null ? `${pct}%` : ''}</span>
          </p>
          <p className="text-xs text-slate-500">{run.status === 'running' ? eta(p) : ''}</p>
        </div>
        <div className="mt-3 h-2.5 overflow-hidden rounded-full bg-slate-100" role="progressbar" aria-valuenow={pct} aria-valuemin={0} aria-valuemax={100} aria-label="Import progress">
          <div className="h-full rounded-full bg-brand-500 transition-all duration-700" style={{ width: `${Math.max(pct, 2)}%` }} />
        </div>
        <div className="mt-4 grid grid-cols-2 gap-x-6 gap-y-2.5 sm:grid-cols-3 lg:grid-cols-5">
          {TYPES.filter(([t]) => p.types?.[t]).map(([t, label]) => {
            const s = p.types![t]!
            const frac = s.done ? 1 : s.expected ? Math.min(1, s.fetched / s.expected) : 0
            return (
              <div key={t} data-testid={`progress-${t}`}>
                <div className="flex items-baseline justify-between text-xs">
                  <span className={cn('text-slate-600', s.done && 'text-slate-900')}>{label}</span>
                  <span className="tabular text-slate-500">
                    {formatCount(s.fetched)}
                    {s.done ? <span className="ml-1 text-emerald-600">✓</span> : s.expected !== null ? <span className="text-slate-400"> / {p.basis === 'timeline' ? '~' : ''}{formatCount(s.expected)}</span> : null}
                  </span>
                </div>
                <div className="mt-1 h-1 overflow-hidden rounded bg-slate-100">
                  <div className={cn('h-full transition-all duration-700', s.done ? 'bg-emerald-500' : 'bg-sky-400')} style={{ width: `${Math.round(frac * 100)}%` }} />
                </div>
              </div>
            )
          })}
        </div>
        <div className="mt-4 flex items-center justify-between gap-4 text-xs text-slate-500">
          <span className="tabular">
            {formatCount(p.requests ?? 0)} requests · {rate} of {p.requestsPerSecond ?? '?'} req/s budget{p.retries ? ` · ${p.retries} retried (${p.lastRetry})` : ''}
          </span>
          {canCancel && <Button variant="secondary" size="sm" onClick={onCancel}>Cancel import</Button>}
        </div>
      </div>
    </Card>
  )
}
