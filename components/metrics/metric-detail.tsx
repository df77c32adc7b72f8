'use client'

import { PageHeader } from '@/components/layout/page-header'
import { Alert } from '@/components/ui/alert'
import { Badge } from '@/components/ui/badge'
import { Button } from '@/components/ui/button'
import { Card, CardBody, CardHeader } from '@/components/ui/card'
import { Spinner } from '@/components/ui/empty-state'
import { useToast } from '@/components/ui/toast'
import { billableMetricPayload } from '@/lib/catalog/payloads/billable-metric'
import { ApiError } from '@/lib/query/fetcher'
import { useMetric, usePublishMetric } from '@/lib/query/hooks/use-metrics'
import { formatDateTime } from '@/lib/utils'

function Row({ label, children }: Readonly<{ label: string; children: React.ReactNode }>) {
  return (
    <div className="grid grid-cols-3 gap-4 py-2.5">
      <dt className="text-sm text-slate-500">{label}</dt>
      <dd className="col-span-2 text-sm text-slate-900">{children}</dd>
    </div>
  )
}

export function MetricDetail({ ws, metricKey, canPublish }: Readonly<{ ws: string; metricKey: string; canPublish: boolean }>) {
  const { data, isLoading, error } = useMetric(ws, metricKey)
  const publish = usePublishMetric(ws, metricKey)
  const toast = useToast()
  if (isLoading) return <Spinner />
  if (error || !data) return <Alert tone="error">{error instanceof ApiError ? error.userMessage : 'Could not load the metric'}</Alert>
  const m = data.metric
  const publishError = publish.error instanceof ApiError ? publish.error.userMessage : data.lastPublishError

  async function onPublish() {
    try {
      const r = await publish.mutateAsync()
      toast({ tone: 'success', message: `Published to Metronome as ${r.metronomeId}` })
    } catch {
      // shown inline below
    }
  }

  return (
    <>
      <PageHeader
        eyebrow={`Billable metrics · CS-${data.changeSet}`}
        title={m.name || m.key}
        description={<span className="font-mono text-xs">{m.key}</span>}
        actions={canPublish && !data.metronomeId && <Button onClick={onPublish} busy={publish.isPending}>Publish to Metronome</Button>}
      />
      <div className="grid gap-6 lg:grid-cols-3">
        <Card className="lg:col-span-2">
          <CardHeader title="Definition" />
          <CardBody>
            <dl className="divide-y divide-slate-100">
              {m.sql ? (
                <>
                  <Row label="Kind"><Badge tone="blue">SQL</Badge> <span className="text-xs text-slate-500">computed by Metronome from your events; no streaming filters or group keys</span></Row>
                  <Row label="Query"><pre className="max-h-72 overflow-auto rounded bg-slate-50 p-2 font-mono text-[11px] text-slate-800 ring-1 ring-slate-200">{m.sql}</pre></Row>
                </>
              ) : (
                <>
                  <Row label="Event types">{(m.event_type_filter?.in_values ?? []).map((e) => <code key={e} className="mr-1 rounded bg-slate-100 px-1.5 py-0.5 font-mono text-xs">{e}</code>)}</Row>
                  <Row label="Aggregation">{m.aggregation_type ?? '—'}{m.aggregation_key && <> of <code className="font-mono text-xs">{m.aggregation_key}</code></>}</Row>
                  <Row label="Group keys">{(m.group_keys ?? []).length ? m.group_keys!.map((g) => <Badge key={g.join()} tone="violet" className="mr-1">{g.join(' × ')}</Badge>) : 'none'}</Row>
                  <Row label="Property filters">{(m.property_filters ?? []).map((p) => <code key={p.name} className="mr-1 rounded bg-slate-100 px-1.5 py-0.5 font-mono text-xs">{p.name}{p.exists ? ' exists' : ''}{p.in_values ? ` in [${p.in_values.join(', ')}]` : ''}</code>)}</Row>
                </>
              )}
              <Row label="From Stripe">{(m.origin ?? []).map((o) => <span key={o.id} className="font-mono text-xs">{o.id}</span>)}</Row>
            </dl>
          </CardBody>
        </Card>
        <div className="space-y-6">
          <Card>
            <CardHeader title="Metronome" />
            <CardBody className="space-y-3 text-sm">
              {data.metronomeId ? (
                <>
                  <p className="flex items-center gap-2"><Badge tone="green">Published</Badge> {formatDateTime(data.publishedAt)}</p>
                  <p className="text-xs text-slate-500">Metronome ID</p>
                  <p className="font-mono text-xs break-all" data-testid="metronome-id">{data.metronomeId}</p>
                  {data.drifted && <Alert tone="warning">The draft differs from what was published. Metronome never changes a published metric: publishing the change means a new metric, products re-pointed, the old one archived.</Alert>}
                </>
              ) : (
                <p className="flex items-center gap-2"><Badge>Not published</Badge></p>
              )}
              {publishError && !data.metronomeId && (
                <Alert tone="error" title="Metronome refused the metric">
                  <p data-testid="publish-error">{publishError}</p>
                  <p className="mt-1">Fix the definition and publish again.</p>
                </Alert>
              )}
            </CardBody>
          </Card>
          <Card>
            <CardHeader title="Payload" />
            <CardBody>
              <pre className="max-h-80 overflow-auto rounded bg-slate-900 p-3 font-mono text-[11px] text-slate-100">{JSON.stringify(billableMetricPayload(m), null, 2)}</pre>
            </CardBody>
          </Card>
        </div>
      </div>
    </>
  )
}
