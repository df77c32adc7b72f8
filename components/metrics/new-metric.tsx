'use client'

import { PageHeader } from '@/components/layout/page-header'
import { Alert } from '@/components/ui/alert'
import { Spinner } from '@/components/ui/empty-state'
import { metricFromMeter, type MeterLike } from '@/lib/catalog/metric-from-meter'
import { useStripeObject } from '@/lib/query/hooks/use-stripe-object'
import { fromMetric, MetricForm } from './metric-form'

const BLANK = { key: '', name: '', eventTypes: '', aggregationType: 'SUM', aggregationKey: 'value', groupKeys: [] as string[] }

export function NewMetric({ ws, meterId }: Readonly<{ ws: string; meterId: string | null }>) {
  const meter = useStripeObject(ws, 'meter', meterId)
  const header = <PageHeader eyebrow="Billable metrics" title="New billable metric" description={meterId ? `Pre-filled from Stripe meter ${meterId} (mapping rules M1, M2, M7).` : 'Define what Metronome counts from your usage events.'} />
  if (meterId && meter.isLoading) return <>{header}<Spinner label="Loading the meter" /></>
  if (meterId && meter.error) return <>{header}<Alert tone="error">Could not load meter {meterId}: {meter.error.message}</Alert></>
  const initial = meter.data ? fromMetric(metricFromMeter(meter.data.raw as MeterLike)) : BLANK
  return (
    <>
      {header}
      <MetricForm ws={ws} initial={initial} meterId={meterId ?? undefined} />
    </>
  )
}
