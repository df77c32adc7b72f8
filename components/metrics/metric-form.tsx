'use client'

import { useRouter } from 'next/navigation'
import { useMemo, useState, type FormEvent } from 'react'
import { Alert } from '@/components/ui/alert'
import { Button } from '@/components/ui/button'
import { Card, CardBody, CardHeader } from '@/components/ui/card'
import { Field, Input, Select } from '@/components/ui/field'
import { AGGREGATION_TYPES, emptyCatalog, type TDraftBillableMetric } from '@/lib/catalog/schemas'
import { validateCatalog } from '@/lib/catalog/validation'
import { FieldIssues, IssuesPanel, issuesAt } from '@/components/validation/issues-panel'
import { ApiError } from '@/lib/query/fetcher'
import { useCreateMetric } from '@/lib/query/hooks/use-metrics'

const list = (s: string) => s.split(',').map((x) => x.trim()).filter(Boolean)

/** Form state ↔ catalogue metric. Every group-key and aggregation property gets an `exists` filter (MTR-6/7). */
function toMetric(f: FormState): Omit<TDraftBillableMetric, 'key'> & { key?: string } {
  const groupKeys = f.groupKeys.map(list).filter((g) => g.length)
  const filterNames = [...new Set([...(f.aggregationType !== 'COUNT' && f.aggregationKey ? [f.aggregationKey.trim()] : []), ...groupKeys.flat()])]
  return {
    ...(f.key.trim() ? { key: f.key.trim() } : {}),
    name: f.name.trim(),
    event_type_filter: { in_values: list(f.eventTypes) },
    property_filters: filterNames.map((name) => ({ name, exists: true })),
    aggregation_type: f.aggregationType,
    ...(f.aggregationType !== 'COUNT' && f.aggregationKey.trim() ? { aggregation_key: f.aggregationKey.trim() } : {}),
    ...(groupKeys.length ? { group_keys: groupKeys } : {}),
    ...(f.origin ? { origin: f.origin } : {}),
  }
}

type FormState = { key: string; name: string; eventTypes: string; aggregationType: string; aggregationKey: string; groupKeys: string[]; origin?: TDraftBillableMetric['origin'] }

export function fromMetric(m: TDraftBillableMetric): FormState {
  return {
    key: m.key,
    name: m.name,
    eventTypes: (m.event_type_filter?.in_values ?? []).join(', '),
    aggregationType: m.aggregation_type ?? 'SUM',
    aggregationKey: m.aggregation_key ?? '',
    groupKeys: (m.group_keys ?? []).map((g) => g.join(', ')),
    origin: m.origin,
  }
}

export function MetricForm({ ws, initial, meterId }: Readonly<{ ws: string; initial: FormState; meterId?: string }>) {
  const [f, setF] = useState<FormState>(initial)
  const [error, setError] = useState<ApiError | null>(null)
  const create = useCreateMetric(ws)
  const router = useRouter()
  const metric = useMemo(() => toMetric(f), [f])
  // The same rules the server gates publishing on, run on every keystroke (pure, a few ms).
  const issues = useMemo(() => validateCatalog({ ...emptyCatalog(), billableMetrics: [{ ...metric, key: metric.key || 'new-metric' }] }), [metric])
  const at = (field: string) => issuesAt(issues, `/billableMetrics/0/${field}`)
  const set = (k: keyof FormState) => (e: { target: { value: string } }) => setF((s) => ({ ...s, [k]: e.target.value }))

  async function onSubmit(e: FormEvent) {
    e.preventDefault()
    setError(null)
    try {
      const r = await create.mutateAsync({ metric, meterId })
      router.push(`/w/${ws}/metrics/${encodeURIComponent(r.metric.key)}`)
    } catch (err) {
      setError(err instanceof ApiError ? err : new ApiError(0, 'error', 'Could not save the metric'))
    }
  }

  return (
    <form onSubmit={onSubmit} className="grid gap-6 lg:grid-cols-3" noValidate>
      <Card className="lg:col-span-2">
        <CardHeader title="Definition" description="Group keys, the aggregation and the event filter can never change once the metric is published. Include every dimension you may price, present or filter by." />
        <CardBody className="space-y-4">
          {error && <Alert tone="error" title={error.userMessage}>{error.invalidParams.map((p) => <p key={p.name}>{p.name}: {p.reason}</p>)}</Alert>}
          <div className="grid gap-4 sm:grid-cols-2">
            <Field label="Name" htmlFor="name" hint="Shown in Metronome and on invoices.">
              <Input id="name" value={f.name} onChange={set('name')} />
              <FieldIssues issues={at('name')} />
            </Field>
            <Field label="Key" htmlFor="key" hint="Stable identity in Ratecraft and catalogue JSON. Leave empty to derive it.">
              <Input id="key" value={f.key} onChange={set('key')} className="font-mono" />
            </Field>
          </div>
          <Field label="Event types" htmlFor="eventTypes" hint="Comma-separated. Must equal the event_type your application sends, exactly.">
            <Input id="eventTypes" value={f.eventTypes} onChange={set('eventTypes')} className="font-mono" />
            <FieldIssues issues={at('event_type_filter')} />
          </Field>
          <div className="grid gap-4 sm:grid-cols-2">
            <Field label="Aggregation" htmlFor="aggregationType">
              <Select id="aggregationType" value={f.aggregationType} onChange={set('aggregationType')}>
                {AGGREGATION_TYPES.map((a) => <option key={a} value={a}>{a}</option>)}
              </Select>
            </Field>
            <Field label="Aggregation key" htmlFor="aggregationKey" hint={f.aggregationType === 'COUNT' ? 'Not used by COUNT.' : 'The event property to aggregate.'}>
              <Input id="aggregationKey" value={f.aggregationKey} onChange={set('aggregationKey')} disabled={f.aggregationType === 'COUNT'} className="font-mono" />
              <FieldIssues issues={[...at('aggregation_key'), ...at('aggregation_type')]} />
            </Field>
          </div>
          <fieldset className="space-y-2">
            <legend className="text-sm font-medium text-slate-800">Group keys</legend>
            <p className="text-xs text-slate-500">One key per line; several comma-separated properties make a compound key (e.g. <code>model, region</code>).</p>
            {f.groupKeys.map((g, i) => (
              <div key={i} className="flex gap-2">
                <Input aria-label={`Group key ${i + 1}`} value={g} className="font-mono" onChange={(e) => setF((s) => ({ ...s, groupKeys: s.groupKeys.map((x, j) => (j === i ? e.target.value : x)) }))} />
                <Button type="button" variant="ghost" size="sm" onClick={() => setF((s) => ({ ...s, groupKeys: s.groupKeys.filter((_, j) => j !== i) }))}>Remove</Button>
              </div>
            ))}
            <FieldIssues issues={[...at('group_keys'), ...at('property_filters')]} />
            <Button type="button" variant="secondary" size="sm" onClick={() => setF((s) => ({ ...s, groupKeys: [...s.groupKeys, ''] }))}>Add group key</Button>
          </fieldset>
        </CardBody>
      </Card>
      <div className="space-y-6">
        <IssuesPanel issues={issues} ws={ws} compact />
        <Card>
          <CardHeader title="Metronome payload" description="What will be sent on publish." />
          <CardBody>
            <pre className="max-h-96 overflow-auto rounded bg-slate-900 p-3 font-mono text-[11px] leading-relaxed text-slate-100" data-testid="metric-payload">
              {JSON.stringify({ name: metric.name, aggregation_type: metric.aggregation_type, aggregation_key: metric.aggregation_key, event_type_filter: metric.event_type_filter, property_filters: metric.property_filters, group_keys: metric.group_keys }, null, 2)}
            </pre>
          </CardBody>
        </Card>
        <Button type="submit" className="w-full" busy={create.isPending}>Save to working draft</Button>
      </div>
    </form>
  )
}
