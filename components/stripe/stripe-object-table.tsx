'use client'

import Link from 'next/link'
import { useState, type ReactNode } from 'react'
import { PageHeader } from '@/components/layout/page-header'
import { Badge } from '@/components/ui/badge'
import { Card } from '@/components/ui/card'
import { EmptyState, Spinner } from '@/components/ui/empty-state'
import { Input, Select } from '@/components/ui/field'
import { useStripeObjects, type TStripeObjectRow } from '@/lib/query/hooks/use-stripe-objects'
import { formatCount } from '@/lib/utils'
import { priceAmount, priceCadence } from './price-summary'

type Column = { label: string; render: (r: TStripeObjectRow) => ReactNode; className?: string }

const FORMULA: Record<string, string> = { sum: 'SUM', count: 'COUNT', last: 'LAST' }

function columnsFor(type: string, ws: string, canDesign: boolean): Column[] {
  const status: Column = { label: 'Status', render: (r) => (r.removedAt ? <Badge tone="red">removed</Badge> : r.active === false ? <Badge>archived</Badge> : <Badge tone="green">active</Badge>) }
  const id: Column = { label: 'ID', render: (r) => <span className="font-mono text-xs text-slate-500">{r.stripeId}</span> }
  if (type === 'meter')
    return [
      { label: 'Meter', render: (r) => <span className="font-medium text-slate-900">{r.name}</span> },
      { label: 'Event name', render: (r) => <code className="font-mono text-xs">{String(r.raw.event_name ?? '')}</code> },
      { label: 'Aggregation', render: (r) => FORMULA[String((r.raw.default_aggregation as { formula?: string } | undefined)?.formula)] ?? '—' },
      { label: 'Value key', render: (r) => <code className="font-mono text-xs">{String((r.raw.value_settings as { event_payload_key?: string } | undefined)?.event_payload_key ?? '—')}</code> },
      { label: 'Dimensions', render: (r) => ((r.raw.dimension_payload_keys as string[] | undefined) ?? []).map((d) => <Badge key={d} tone="violet" className="mr-1">{d}</Badge>) },
      id,
      status,
      { label: '', render: (r) => canDesign && <Link className="text-xs font-medium whitespace-nowrap text-brand-600 hover:underline" href={`/w/${ws}/metrics/new?meter=${r.stripeId}`}>Create metric →</Link> },
    ]
  if (type === 'price')
    return [
      { label: 'Price', render: (r) => <span className="font-medium text-slate-900">{String(r.raw.nickname ?? r.raw.lookup_key ?? r.stripeId)}</span> },
      { label: 'Amount', render: (r) => <span className="tabular">{priceAmount(r.raw)}</span> },
      { label: 'Billing', render: (r) => priceCadence(r.raw) },
      { label: 'Currency', render: (r) => <span className="uppercase">{r.currency}</span> },
      { label: 'Product', render: (r) => <span className="font-mono text-xs text-slate-500">{r.productId}</span> },
      id,
      status,
    ]
  return [{ label: 'Name', render: (r) => <span className="font-medium text-slate-900">{r.name ?? '—'}</span> }, id, status]
}

const TITLES: Record<string, { title: string; description: string }> = {
  meter: { title: 'Meters', description: 'Stripe Billing Meters. Each becomes a Metronome billable metric; dimensions become group keys, which can never change once published.' },
  product: { title: 'Products', description: 'Stripe products, active and archived.' },
  price: { title: 'Prices', description: 'Every price, active and archived, with tiers, transforms and currency options.' },
}

export function StripeObjectTable({ ws, type, canDesign }: Readonly<{ ws: string; type: string; canDesign: boolean }>) {
  const [q, setQ] = useState('')
  const [active, setActive] = useState('')
  const { data, isLoading, isFetching } = useStripeObjects(ws, type, { q, active, limit: 500 })
  const cols = columnsFor(type, ws, canDesign)
  const meta = TITLES[type] ?? { title: type, description: '' }
  return (
    <>
      <PageHeader eyebrow="Stripe" title={meta.title} description={meta.description} />
      <Card>
        <div className="flex flex-wrap items-center gap-3 border-b border-slate-100 px-5 py-3">
          <Input aria-label="Search" placeholder="Search by name or ID" value={q} onChange={(e) => setQ(e.target.value)} className="max-w-xs" />
          <Select aria-label="Status" value={active} onChange={(e) => setActive(e.target.value)} className="w-40">
            <option value="">Active and archived</option>
            <option value="true">Active</option>
            <option value="false">Archived</option>
          </Select>
          <span className="ml-auto text-xs text-slate-500">{data ? `${formatCount(data.total)} ${meta.title.toLowerCase()}` : ''}{isFetching && !isLoading ? ' · updating…' : ''}</span>
        </div>
        {isLoading ? (
          <Spinner />
        ) : !data?.items.length ? (
          <EmptyState title={`No ${meta.title.toLowerCase()}`}>{data?.accountId ? 'Nothing matches.' : 'Connect Stripe and run an import first.'}</EmptyState>
        ) : (
          <div className="overflow-x-auto">
            <table className="min-w-full text-sm" data-testid={`stripe-${type}-table`}>
              <thead className="bg-slate-50 text-left text-xs font-medium text-slate-500">
                <tr>{cols.map((c, i) => <th key={i} className="px-4 py-2 whitespace-nowrap first:pl-5">{c.label}</th>)}</tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {data.items.map((r) => (
                  <tr key={r.stripeId} className="hover:bg-slate-50/60">
                    {cols.map((c, i) => <td key={i} className="px-4 py-2.5 first:pl-5">{c.render(r)}</td>)}
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
