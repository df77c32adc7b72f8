'use client'

import Link from 'next/link'
import { PageHeader } from '@/components/layout/page-header'
import { Badge } from '@/components/ui/badge'
import { Card } from '@/components/ui/card'
import { EmptyState, Spinner } from '@/components/ui/empty-state'
import { useMetrics } from '@/lib/query/hooks/use-metrics'

export function MetricList({ ws, canEdit }: Readonly<{ ws: string; canEdit: boolean }>) {
  const { data, isLoading } = useMetrics(ws)
  return (
    <>
      <PageHeader
        eyebrow="Metronome design"
        title="Billable metrics"
        description={data?.changeSet ? `Working draft CS-${data.changeSet.number}.` : 'What Metronome counts from your usage events.'}
        actions={canEdit && <Link href={`/w/${ws}/stripe/meter`} className="rounded-md bg-brand-600 px-3.5 py-2 text-sm font-medium text-white shadow-sm hover:bg-brand-700">New from a Stripe meter</Link>}
      />
      <Card>
        {isLoading ? (
          <Spinner />
        ) : !data?.metrics.length ? (
          <EmptyState title="No billable metrics yet">Start from a Stripe meter: its event name, aggregation and dimensions carry over.</EmptyState>
        ) : (
          <table className="min-w-full text-sm" data-testid="metrics-table">
            <thead className="bg-slate-50 text-left text-xs font-medium text-slate-500">
              <tr><th className="px-5 py-2">Metric</th><th className="px-3 py-2">Aggregation</th><th className="px-3 py-2">Group keys</th><th className="px-3 py-2">Metronome</th></tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {data.metrics.map((m) => (
                <tr key={m.key}>
                  <td className="px-5 py-2.5">
                    <Link href={`/w/${ws}/metrics/${encodeURIComponent(m.key)}`} className="font-medium text-slate-900 hover:text-brand-600">{m.name}</Link>
                    <p className="font-mono text-xs text-slate-500">{m.key}</p>
                  </td>
                  <td className="px-3 py-2.5">{m.isSql ? 'SQL' : (m.aggregation_type ?? '—')}</td>
                  <td className="px-3 py-2.5">{m.group_keys.map((g) => <Badge key={g.join()} tone="violet" className="mr-1">{g.join(' × ')}</Badge>)}</td>
                  <td className="px-3 py-2.5">
                    {m.metronomeId ? <Badge tone={m.drifted ? 'amber' : 'green'} title={m.metronomeId}>{m.drifted ? 'published · edited since' : 'published'}</Badge> : <Badge>draft</Badge>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Card>
    </>
  )
}
