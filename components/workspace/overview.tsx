'use client'

import Link from 'next/link'
import { PageHeader } from '@/components/layout/page-header'
import { Badge } from '@/components/ui/badge'
import { Card, CardBody, CardHeader } from '@/components/ui/card'
import { Spinner } from '@/components/ui/empty-state'
import { ImportStatusBadge } from '@/components/imports/import-status-badge'
import { useWorkspaceSummary } from '@/lib/query/hooks/use-workspace-summary'
import { formatCount, formatDateTime } from '@/lib/utils'

const COUNT_LABELS: Array<[string, string]> = [
  ['meter', 'Meters'],
  ['product', 'Products'],
  ['price', 'Prices'],
  ['customer', 'Customers'],
  ['subscription', 'Subscriptions'],
  ['credit_grant', 'Credit grants'],
]

export function Overview({ ws }: Readonly<{ ws: string }>) {
  const { data, isLoading } = useWorkspaceSummary(ws)
  if (isLoading || !data) return <Spinner label="Loading workspace" />
  const { connections: c } = data
  const steps = [
    { done: !!c.stripe, label: 'Connect Stripe', href: `/w/${ws}/settings/connections` },
    { done: !!c.metronome, label: 'Connect Metronome', href: `/w/${ws}/settings/connections` },
    { done: data.lastImport?.status === 'succeeded', label: 'Import the Stripe catalogue', href: `/w/${ws}/imports` },
    { done: data.publishedObjects > 0, label: 'Design and publish a billable metric', href: `/w/${ws}/metrics` },
  ]
  return (
    <>
      <PageHeader title={data.workspace.name} description="Move your Stripe usage-based catalogue to Metronome: import, design, validate, review, publish." />
      <div className="grid gap-6 lg:grid-cols-3">
        <Card className="lg:col-span-2">
          <CardHeader title="Stripe catalogue" description={c.stripe ? `${c.stripe.accountName ?? c.stripe.accountId} · ${c.stripe.accountId}` : 'Not connected'} actions={c.stripe && <Badge tone={c.stripe.livemode ? 'red' : 'blue'}>{c.stripe.livemode ? 'Live data' : 'Test data'}</Badge>} />
          <CardBody>
            <dl className="grid grid-cols-3 gap-4 sm:grid-cols-6">
              {COUNT_LABELS.map(([type, label]) => (
                <div key={type}>
                  <dt className="text-xs text-slate-500">{label}</dt>
                  <dd className="tabular mt-1 text-lg font-semibold" data-testid={`count-${type}`}>{formatCount(data.stripeCounts[type] ?? 0)}</dd>
                </div>
              ))}
            </dl>
            <div className="mt-4 flex items-center gap-2 text-sm text-slate-600">
              {data.lastImport ? (
                <>
                  Last import <ImportStatusBadge status={data.lastImport.status} /> {formatDateTime(data.lastImport.finishedAt ?? data.lastImport.queuedAt)} ·{' '}
                  <Link className="font-medium text-brand-600 hover:underline" href={`/w/${ws}/imports`}>Imports</Link>
                </>
              ) : (
                'Nothing imported yet.'
              )}
            </div>
          </CardBody>
        </Card>
        <Card>
          <CardHeader title="Getting started" />
          <CardBody>
            <ol className="space-y-2.5">
              {steps.map((s, i) => (
                <li key={s.label} className="flex items-center gap-3 text-sm">
                  <span className={s.done ? 'flex size-5 items-center justify-center rounded-full bg-emerald-500 text-[11px] text-white' : 'flex size-5 items-center justify-center rounded-full bg-slate-200 text-[11px] text-slate-600'}>
                    {s.done ? '✓' : i + 1}
                  </span>
                  <Link href={s.href} className={s.done ? 'text-slate-500 line-through decoration-slate-300' : 'font-medium text-slate-900 hover:text-brand-600'}>
                    {s.label}
                  </Link>
                </li>
              ))}
            </ol>
          </CardBody>
        </Card>
        <Card>
          <CardHeader title="Metronome" description={c.metronome ? (c.metronome.baseUrl ?? 'api.metronome.com') : 'Not connected'} actions={c.metronome?.isDemo && <Badge tone="amber">Emulator</Badge>} />
          <CardBody className="text-sm text-slate-600">
            <p>
              <span className="tabular font-semibold text-slate-900">{data.publishedObjects}</span> {data.publishedObjects === 1 ? 'object' : 'objects'} published ·{' '}
              <span className="tabular font-semibold text-slate-900">{data.openChangeSets}</span> open change {data.openChangeSets === 1 ? 'set' : 'sets'}
            </p>
          </CardBody>
        </Card>
      </div>
    </>
  )
}
