'use client'

/**
 * Meter usage on demand: pick customers and a period, Ratecraft reads Stripe's meter event summaries
 * (one listing per customer and meter, so it is not part of the catalogue import) into the workspace.
 */
import { useSearchParams } from 'next/navigation'
import { useMemo, useState, type FormEvent } from 'react'
import { PageHeader } from '@/components/layout/page-header'
import { Alert } from '@/components/ui/alert'
import { Badge } from '@/components/ui/badge'
import { Button } from '@/components/ui/button'
import { Card, CardBody, CardHeader } from '@/components/ui/card'
import { EmptyState } from '@/components/ui/empty-state'
import { Field, Input, Select } from '@/components/ui/field'
import { useToast } from '@/components/ui/toast'
import { D, toDecimalString } from '@/lib/catalog/money'
import type { TUsageRow } from '@/lib/contracts/stripe-data'
import { ApiError } from '@/lib/query/fetcher'
import { isActiveRun, useCancelImport, useImportRuns, type TImportRun } from '@/lib/query/hooks/use-imports'
import { useStripeObject } from '@/lib/query/hooks/use-stripe-object'
import { flattenPages, useStripeObjects } from '@/lib/query/hooks/use-stripe-objects'
import { useStartUsageFetch, useUsage } from '@/lib/query/hooks/use-usage'
import { ImportStatusBadge } from '../imports/import-status-badge'
import { date } from './format'
import { ObjectLink } from './object-link'

type Picked = { id: string; name: string | null }

function lastMonth(): { from: string; to: string } {
  const now = new Date()
  const from = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 1))
  const to = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 0))
  return { from: from.toISOString().slice(0, 10), to: to.toISOString().slice(0, 10) }
}

function CustomerPicker({ ws, picked, onChange }: Readonly<{ ws: string; picked: Picked[]; onChange: (p: Picked[]) => void }>) {
  const [q, setQ] = useState('')
  const found = useStripeObjects(ws, 'customer', { q: q || undefined, sort: 'name' })
  const options = flattenPages(found.data?.pages).filter((c) => !picked.some((p) => p.id === c.id)).slice(0, 8)
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap gap-1.5" data-testid="picked-customers">
        {picked.map((p) => (
          <button type="button" key={p.id} onClick={() => onChange(picked.filter((x) => x.id !== p.id))} className="inline-flex items-center gap-1 rounded-md bg-brand-50 px-2 py-1 text-xs text-brand-700 ring-1 ring-brand-100 hover:bg-brand-100" title="Remove">
            <PickedName ws={ws} p={p} /> ×
          </button>
        ))}
        {!picked.length && <span className="text-xs text-slate-500">No customer picked yet.</span>}
      </div>
      <Input id="customer-search" placeholder="Search customers by name, email or id" value={q} onChange={(e) => setQ(e.target.value)} />
      {q && (
        <ul className="divide-y divide-slate-100 rounded-md ring-1 ring-slate-200">
          {options.map((c) => (
            <li key={c.id}>
              <button type="button" className="flex w-full items-center justify-between px-3 py-1.5 text-left text-sm hover:bg-slate-50" onClick={() => (onChange([...picked, { id: c.id, name: c.name }]), setQ(''))}>
                <span className="truncate">{c.name ?? c.id}</span>
                <span className="ml-3 truncate font-mono text-[11px] text-slate-400">{c.customer?.email ?? c.id}</span>
              </button>
            </li>
          ))}
          {!options.length && <li className="px-3 py-2 text-sm text-slate-500">No match.</li>}
        </ul>
      )}
    </div>
  )
}

/** "1234567.5" → "1,234,567.5" without going through a float. */
const groupDigits = (d: string) => d.replace(/^(-?\d+)/, (int) => int.replace(/\B(?=(\d{3})+(?!\d))/g, ','))

function PickedName({ ws, p }: Readonly<{ ws: string; p: Picked }>) {
  const { data } = useStripeObject(ws, 'customer', p.name ? null : p.id)
  return <>{p.name ?? data?.name ?? p.id}</>
}

function Sparkline({ values }: Readonly<{ values: number[] }>) {
  if (values.length < 2) return null
  const max = Math.max(...values, 1)
  const w = 120
  const h = 24
  const pts = values.map((v, i) => `${((i / (values.length - 1)) * w).toFixed(1)},${(h - (v / max) * (h - 2) - 1).toFixed(1)}`).join(' ')
  return (
    <svg width={w} height={h} className="text-brand-500" aria-hidden>
      <polyline points={pts} fill="none" stroke="currentColor" strokeWidth="1.5" />
    </svg>
  )
}

function Results({ ws, rows }: Readonly<{ ws: string; rows: TUsageRow[] }>) {
  const groups = useMemo(() => {
    const by = new Map<string, { row: TUsageRow; total: InstanceType<typeof D>; values: number[]; from: string; to: string }>()
    for (const r of rows) {
      const k = `${r.customer.id}|${r.meter.id}`
      const g = by.get(k) ?? { row: r, total: new D(0), values: [], from: r.startTime, to: r.endTime }
      g.total = g.total.add(r.value)
      // The sparkline only draws shapes; totals stay exact decimals.
      g.values.push(Number(r.value))
      if (r.endTime > g.to) g.to = r.endTime
      by.set(k, g)
    }
    return [...by.values()]
  }, [rows])
  if (!groups.length) return <EmptyState title="No usage in this period">Stripe reported no metered events for these customers.</EmptyState>
  return (
    <div className="overflow-x-auto">
    <table className="min-w-full text-sm" data-testid="usage-results">
      <thead className="bg-slate-50 text-left text-xs font-medium text-slate-500">
        <tr><th className="px-5 py-2">Customer</th><th className="px-3 py-2">Meter</th><th className="px-3 py-2">Period</th><th className="px-3 py-2">By window</th><th className="px-5 py-2 text-right">Total</th></tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {groups.map((g) => (
          <tr key={`${g.row.customer.id}|${g.row.meter.id}`}>
            <td className="px-5 py-2"><ObjectLink ws={ws} type="customer" target={g.row.customer} /></td>
            <td className="px-3 py-2"><ObjectLink ws={ws} type="meter" target={g.row.meter} /></td>
            <td className="px-3 py-2 whitespace-nowrap text-slate-600">{date(g.from)} → {date(new Date(Date.parse(g.to) - 1000).toISOString())}</td>
            <td className="px-3 py-1" title={`${g.values.length} windows`}><Sparkline values={g.values} /></td>
            <td className="tabular px-5 py-2 text-right font-medium">{groupDigits(toDecimalString(g.total))}</td>
          </tr>
        ))}
      </tbody>
    </table>
    </div>
  )
}

function RunProgress({ run, onCancel }: Readonly<{ run: TImportRun; onCancel?: () => void }>) {
  const p = run.progress
  const pct = p.percent ?? 0
  return (
    <Alert tone="info" className="mb-6" title={`Fetching usage — ${p.streams?.usage?.fetched ?? 0} of ${p.streams?.usage?.expected ?? '?'} customer × meter listings`}>
      <div className="mt-2 h-2 overflow-hidden rounded bg-sky-100" role="progressbar" aria-valuenow={pct} aria-valuemin={0} aria-valuemax={100}>
        <div className="h-full bg-sky-500 transition-all" style={{ width: `${Math.max(pct, 3)}%` }} />
      </div>
      <p className="mt-2 text-xs">{p.etaSeconds != null ? `about ${p.etaSeconds} s left · ` : ''}{p.requests ?? 0} requests{run.cancelRequested ? ' · cancelling' : ''}</p>
      {onCancel && !run.cancelRequested && <Button variant="secondary" size="sm" className="mt-2" onClick={onCancel}>Cancel</Button>}
    </Alert>
  )
}

export function UsageFetch({ ws, canFetch }: Readonly<{ ws: string; canFetch: boolean }>) {
  const params = useSearchParams()
  const initial = params.get('customer')
  const [picked, setPicked] = useState<Picked[]>(initial ? [{ id: initial, name: null }] : [])
  const [period, setPeriod] = useState(lastMonth)
  const [granularity, setGranularity] = useState<'day' | 'hour' | 'total'>('day')
  const runs = useImportRuns(ws, 'usage')
  const start = useStartUsageFetch(ws)
  const cancel = useCancelImport(ws)
  const toast = useToast()
  const active = runs.data?.find(isActiveRun)
  const latest = runs.data?.find((r) => r.status === 'succeeded')
  const usage = useUsage(ws, { run: latest?.id })

  async function onSubmit(e: FormEvent) {
    e.preventDefault()
    try {
      await start.mutateAsync({ customerIds: picked.map((p) => p.id), from: period.from, to: period.to, granularity })
      toast({ tone: 'success', message: 'Fetching usage from Stripe…' })
    } catch (err) {
      toast({ tone: 'error', message: err instanceof ApiError ? err.userMessage : 'Could not start the fetch' })
    }
  }

  return (
    <>
      <PageHeader eyebrow="Stripe" title="Usage" description="Meter event summaries for the customers and period you pick: what each customer consumed on each meter. Stripe answers per customer and meter, so this is fetched on demand rather than with every import." />
      {active && <RunProgress run={active} onCancel={canFetch ? () => cancel.mutate(active.id) : undefined} />}
      <div className="grid gap-6 lg:grid-cols-3">
        {canFetch && (
          <Card>
            <CardHeader title="Fetch usage" description="Meters: the ones the customers' subscriptions bill through." />
            <CardBody>
              <form className="space-y-4" onSubmit={onSubmit}>
                <Field label="Customers" htmlFor="customer-search">
                  <CustomerPicker ws={ws} picked={picked} onChange={setPicked} />
                </Field>
                <div className="grid grid-cols-2 gap-3">
                  <Field label="From (UTC)" htmlFor="from"><Input id="from" type="date" value={period.from} onChange={(e) => setPeriod({ ...period, from: e.target.value })} /></Field>
                  <Field label="To (UTC, inclusive)" htmlFor="to"><Input id="to" type="date" value={period.to} onChange={(e) => setPeriod({ ...period, to: e.target.value })} /></Field>
                </div>
                <Field label="Granularity" htmlFor="granularity" hint="Hourly covers at most 31 days.">
                  <Select id="granularity" value={granularity} onChange={(e) => setGranularity(e.target.value as typeof granularity)}>
                    <option value="day">Daily</option>
                    <option value="hour">Hourly</option>
                    <option value="total">Whole period</option>
                  </Select>
                </Field>
                <Button type="submit" busy={start.isPending} disabled={!picked.length || !!active}>Fetch usage</Button>
              </form>
            </CardBody>
          </Card>
        )}
        <Card className={canFetch ? 'min-w-0 lg:col-span-2' : 'lg:col-span-3'}>
          <CardHeader
            title="Latest fetch"
            description={latest ? `${date(new Date(Number((latest.params as { start?: number }).start ?? 0) * 1000).toISOString())} → ${date(new Date((Number((latest.params as { end?: number }).end ?? 0) - 1) * 1000).toISOString())} · ${(latest.params as { customerIds?: string[] }).customerIds?.length ?? 0} customers · ${({ day: 'daily', hour: 'hourly' } as Record<string, string>)[(latest.params as { window?: string }).window ?? ''] ?? 'whole period'}` : undefined}
            actions={latest && <Badge tone="gray">{latest.counts.usage_summary ?? 0} summaries</Badge>}
          />
          {latest ? usage.data ? <Results ws={ws} rows={usage.data.rows} /> : <p className="px-5 py-6 text-sm text-slate-500">Loading…</p> : <EmptyState title="Nothing fetched yet">Pick customers and a period.</EmptyState>}
        </Card>
      </div>
      {!!runs.data?.length && (
        <Card className="mt-6">
          <CardHeader title="Fetches" />
          <table className="min-w-full text-sm">
            <thead className="bg-slate-50 text-left text-xs font-medium text-slate-500"><tr><th className="px-5 py-2">Status</th><th className="px-3 py-2">When</th><th className="px-3 py-2">Customers</th><th className="px-3 py-2">Meters</th><th className="px-5 py-2 text-right">Summaries</th></tr></thead>
            <tbody className="divide-y divide-slate-100">
              {runs.data.map((r) => (
                <tr key={r.id}>
                  <td className="px-5 py-2"><ImportStatusBadge status={r.status} />{r.errors.length > 0 && <span className="ml-2 text-xs text-rose-600">{r.errors.at(-1)!.message}</span>}</td>
                  <td className="px-3 py-2 text-slate-600">{date(r.queuedAt)}</td>
                  <td className="tabular px-3 py-2">{(r.params as { customerIds?: string[] }).customerIds?.length ?? 0}</td>
                  <td className="tabular px-3 py-2">{(r.params as { meterIds?: string[] }).meterIds?.length ?? 0}</td>
                  <td className="tabular px-5 py-2 text-right">{r.counts.usage_summary ?? '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </Card>
      )}
    </>
  )
}
