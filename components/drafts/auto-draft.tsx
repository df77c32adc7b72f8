'use client'

import { plural } from '@/lib/catalog/plural'
import Link from 'next/link'
import type { ReactNode } from 'react'
import { PageHeader } from '@/components/layout/page-header'
import { Alert } from '@/components/ui/alert'
import { Badge } from '@/components/ui/badge'
import { Button } from '@/components/ui/button'
import { Card, CardBody, CardHeader } from '@/components/ui/card'
import { EmptyState, Spinner } from '@/components/ui/empty-state'
import { useToast } from '@/components/ui/toast'
import type { SourceRef } from '@/lib/catalog/mapping/types'
import { PATTERN_LABELS, type TDraftOverview, type TDraftReport } from '@/lib/contracts/drafts'
import { ApiError } from '@/lib/query/fetcher'
import { useDraftOverview, useRunDraft } from '@/lib/query/hooks/use-drafts'
import { formatCount, formatDateTime } from '@/lib/utils'
import { FIDELITY, FidelityBar, STRIPE_TYPE_LABELS, Stat, formatUtc, stripeHref } from './bits'
import { GroupKeySuggestions } from './group-keys'
import { SampleEvents } from './sample-events'

const OBJECT_LABELS: Array<[string, string]> = [
  ['billableMetrics', 'Metrics'],
  ['products', 'Products'],
  ['rateCards', 'Rate cards'],
  ['rates', 'Rates'],
  ['pricingUnits', 'Pricing units'],
  ['packages', 'Packages'],
  ['contracts', 'Contract previews'],
]

export function AutoDraft({ ws }: Readonly<{ ws: string }>) {
  const { data, isLoading, error } = useDraftOverview(ws)
  const run = useRunDraft(ws)
  const toast = useToast()

  async function draft() {
    try {
      const r = await run.mutateAsync()
      toast({ tone: 'success', message: `CS-${r.number} drafted: ${formatCount(r.decisions)} decisions${r.redraft ? ', your earlier decisions carried over' : ''}.` })
    } catch (e) {
      toast({ tone: 'error', message: e instanceof ApiError ? e.userMessage : 'Could not draft' })
    }
  }

  if (isLoading) return <Spinner label="Loading the auto-draft" />
  if (error || !data) return <Alert tone="error">{error instanceof ApiError ? error.userMessage : 'Could not load the auto-draft'}</Alert>
  const cs = data.changeSet
  const report = data.report
  return (
    <>
      <PageHeader
        eyebrow="Metronome design"
        title="Auto-draft"
        description="Ratecraft drafts the whole Metronome design from your Stripe import and explains every decision: what each object became, how faithful it is and what is lost."
        actions={
          data.canEdit &&
          data.importAvailable && (
            <Button onClick={draft} busy={run.isPending} data-testid="run-draft">
              {cs ? 'Re-draft from the latest import' : 'Draft the Metronome design'}
            </Button>
          )
        }
      />
      {!data.importAvailable ? (
        <Card>
          <EmptyState title="Import your Stripe catalogue first" action={<Link href={`/w/${ws}/imports`} className="text-sm font-medium text-brand-600 hover:underline">Go to Imports →</Link>}>
            The draft reads the imported meters, products, prices, customers, subscriptions and credit grants.
          </EmptyState>
        </Card>
      ) : !cs || !report ? (
        <Card>
          <EmptyState title="No draft yet">
            Drafting takes a few seconds. Every drafted rate starts at the cutover, <span className="font-medium text-slate-800">{formatUtc(data.settings.cutoverAt)}</span>{data.settings.cutoverIsDefault ? ' (the default: the next first of the month)' : ''} — <Link href={`/w/${ws}/settings/drafting`} className="text-brand-600 hover:underline">change it</Link>.
          </EmptyState>
        </Card>
      ) : (
        <div className="space-y-6">
          <DraftSummary ws={ws} data={data} cs={cs} report={report} />
          {report.redraft && <RedraftReport ws={ws} report={report} />}
          <div className="grid gap-6 xl:grid-cols-2">
            <PatternCard ws={ws} report={report} names={data.stripeNames} />
            <SampleEvents ws={ws} canEdit={data.canEdit} used={report.sampleEvents} />
          </div>
          <GroupKeySuggestions suggestions={report.groupKeySuggestions} />
        </div>
      )}
    </>
  )
}

function DraftSummary({ ws, data, cs, report }: Readonly<{ ws: string; data: TDraftOverview; cs: NonNullable<TDraftOverview['changeSet']>; report: TDraftReport }>) {
  const c = data.counts
  const reviewed = c.state.accepted + c.state.changed + c.state.excluded
  return (
    <Card>
      <CardHeader
        title={
          <span className="flex items-center gap-2">
            CS-{cs.number} <span className="font-normal text-slate-500">{cs.title}</span>
            <Badge tone={cs.status === 'draft' ? 'blue' : 'gray'}>{cs.status.replace('_', ' ')}</Badge>
          </span>
        }
        description={`Drafted ${formatDateTime(cs.createdAt)} from ${formatCount(report.objects)} Stripe objects of ${report.import.accountId} · cutover ${formatUtc(report.options.cutoverAt)} · ${PATTERN_LABELS[report.recommendation.chosen]}`}
        actions={
          <>
            <a href={`/api/w/${ws}/catalog/export?changeSet=${cs.id}`} className="rounded-md px-2.5 py-1 text-xs font-medium text-slate-700 ring-1 ring-slate-300 ring-inset hover:bg-slate-50">Export JSON</a>
            <Link href={`/w/${ws}/migration-map`} className="rounded-md bg-brand-600 px-2.5 py-1 text-xs font-medium text-white hover:bg-brand-700" data-testid="open-map">Open the migration map</Link>
          </>
        }
      />
      <CardBody className="grid gap-6 lg:grid-cols-[2fr_3fr]">
        <div>
          <p className="text-xs font-semibold text-slate-500">{formatCount(c.decisions)} decisions</p>
          <FidelityBar counts={c.fidelity} className="mt-2" />
          <div className="mt-3 grid grid-cols-3 gap-3">
            {(['exact', 'approximate', 'unsupported'] as const).map((f) => (
              <Link key={f} href={`/w/${ws}/migration-map?fidelity=${f}`} className="rounded-md px-2 py-1.5 hover:bg-slate-50">
                <Stat label={FIDELITY[f].label} value={formatCount(c.fidelity[f])} />
              </Link>
            ))}
          </div>
          <p className="mt-3 text-xs text-slate-600">
            Reviewed {formatCount(reviewed)} of {formatCount(c.decisions)} · {formatCount(c.state.accepted)} accepted · {formatCount(c.state.changed)} changed · {formatCount(c.state.excluded)} excluded
          </p>
        </div>
        <div className="grid grid-cols-3 gap-4 sm:grid-cols-4" data-testid="draft-objects">
          {OBJECT_LABELS.map(([k, label]) => <Stat key={k} label={label} value={formatCount(c.objects[k] ?? 0)} />)}
          <Stat label="Sample events" value={formatCount(report.sampleEvents.used)} hint={report.sampleEvents.sets ? plural(report.sampleEvents.sets, 'set') : 'none uploaded'} />
        </div>
      </CardBody>
      {(report.options.cutoverDefaulted || report.superseded.length > 0 || report.pruned > 0) && (
        <div className="space-y-1 border-t border-slate-100 px-5 py-3 text-xs text-slate-600">
          {report.options.cutoverDefaulted && <p>The workspace had no cutover: the draft used the next first of the month and saved it as the cutover.</p>}
          {report.superseded.length > 0 && <p>Supersedes the open draft{report.superseded.length > 1 ? 's' : ''} {report.superseded.map((n) => `CS-${n}`).join(', ')}.</p>}
          {report.pruned > 0 && <p>{plural(report.pruned, 'reference')} to objects you excluded {report.pruned === 1 ? 'was' : 'were'} cleared.</p>}
        </div>
      )}
    </Card>
  )
}

function SourceList({ ws, items, empty, extra }: Readonly<{ ws: string; items: Array<SourceRef & { key?: string }>; empty: string; extra?: (s: SourceRef & { key?: string }) => ReactNode }>) {
  if (items.length === 0) return <p className="text-xs text-slate-400">{empty}</p>
  return (
    <ul className="max-h-48 space-y-1 overflow-y-auto text-xs">
      {items.slice(0, 200).map((s) => {
        const href = stripeHref(ws, s.stripeType, s.stripeId)
        return (
          <li key={`${s.stripeType}:${s.stripeId}:${s.key ?? ''}`} className="flex items-center justify-between gap-2">
            <span className="min-w-0 truncate">
              <span className="text-slate-400">{STRIPE_TYPE_LABELS[s.stripeType] ?? s.stripeType}</span>{' '}
              {href ? <Link href={href} className="font-mono text-slate-700 hover:text-brand-600">{s.stripeId}</Link> : <span className="font-mono text-slate-700">{s.stripeId}</span>}
            </span>
            <span className="flex shrink-0 items-center gap-2">
              {extra?.(s)}
              <Link href={`/w/${ws}/migration-map?q=${encodeURIComponent(s.stripeId)}`} className="text-brand-600 hover:underline">map</Link>
            </span>
          </li>
        )
      })}
      {items.length > 200 && <li className="text-slate-400">… and {items.length - 200} more</li>}
    </ul>
  )
}

function RedraftReport({ ws, report }: Readonly<{ ws: string; report: TDraftReport }>) {
  const r = report.redraft!
  return (
    <Card>
      <CardHeader
        title="What the new import changed"
        description={`Compared with CS-${r.previous.number}: your accepted and changed objects were kept unless Stripe changed them; excluded ones stayed out.`}
        actions={<Link href={`/w/${ws}/migration-map?changed=1`} className="text-xs font-medium text-brand-600 hover:underline">Review them on the map →</Link>}
      />
      <CardBody className="grid gap-5 md:grid-cols-2 xl:grid-cols-4" >
        <div data-testid="redraft-changed">
          <p className="mb-1.5 text-xs font-semibold text-slate-700">Changed in Stripe since CS-{r.previous.number} ({r.changedSources.length})</p>
          <SourceList
            ws={ws}
            items={r.changedSources}
            empty="Nothing changed."
            extra={(s) => {
              const state = (s as { userState?: string }).userState
              return state && state !== 'proposed' ? <Badge tone="violet" title="Your decision was on the old version: the new draft took Stripe's change; review it again">you had {state} it</Badge> : null
            }}
          />
        </div>
        <div data-testid="redraft-new">
          <p className="mb-1.5 text-xs font-semibold text-slate-700">New in Stripe ({r.newSources.length})</p>
          <SourceList ws={ws} items={r.newSources} empty="No new objects." />
        </div>
        <div data-testid="redraft-removed">
          <p className="mb-1.5 text-xs font-semibold text-slate-700">Gone from Stripe ({r.removedSources.length})</p>
          <SourceList ws={ws} items={r.removedSources} empty="Nothing removed." />
        </div>
        <div>
          <p className="mb-1.5 text-xs font-semibold text-slate-700">Kept as you left them</p>
          <p className="text-2xl font-semibold text-slate-900 tabular">{formatCount(r.kept.length)}</p>
          <p className="text-xs text-slate-500">decision(s) accepted, changed or excluded{r.keptManualObjects.length ? `; ${r.keptManualObjects.length} hand-made object(s) kept` : ''}</p>
        </div>
      </CardBody>
    </Card>
  )
}

function PatternCard({ ws, report, names }: Readonly<{ ws: string; report: TDraftReport; names: Record<string, string | null> }>) {
  const rec = report.recommendation
  const overridden = report.options.integrationPattern !== null && report.options.integrationPattern !== rec.pattern
  return (
    <Card>
      <CardHeader
        title="Integration pattern"
        description={overridden ? `You chose ${PATTERN_LABELS[rec.chosen]}; Ratecraft recommends ${PATTERN_LABELS[rec.pattern]}.` : `Following the recommendation: ${PATTERN_LABELS[rec.pattern]}.`}
        actions={<Link href={`/w/${ws}/settings/drafting`} className="text-xs font-medium text-brand-600 hover:underline">Change…</Link>}
      />
      <CardBody className="space-y-3">
        <ul className="list-disc space-y-1 pl-5 text-sm text-slate-700">
          {rec.reasons.map((r) => <li key={r}>{r}</li>)}
        </ul>
        <p className="text-xs font-semibold text-slate-500">Imported objects that drove it ({rec.drivers.length})</p>
        <ul className="max-h-40 space-y-1 overflow-y-auto text-xs">
          {rec.drivers.slice(0, 50).map((d) => {
            const href = stripeHref(ws, d.stripeType, d.stripeId)
            const label = names[`${d.stripeType}:${d.stripeId}`] || d.stripeId
            return (
              <li key={`${d.stripeType}:${d.stripeId}`}>
                <span className="text-slate-400">{STRIPE_TYPE_LABELS[d.stripeType] ?? d.stripeType}</span>{' '}
                {href ? <Link href={href} className="font-medium text-slate-800 hover:text-brand-600" title={d.stripeId}>{label}</Link> : <span className="font-medium">{label}</span>}
                <span className="text-slate-500"> — {d.why}</span>
              </li>
            )
          })}
        </ul>
      </CardBody>
    </Card>
  )
}
