'use client'

import Link from 'next/link'
import { PageHeader } from '@/components/layout/page-header'
import { Alert } from '@/components/ui/alert'
import { Card, CardBody, CardHeader } from '@/components/ui/card'
import { Spinner } from '@/components/ui/empty-state'
import { TARGET_LABELS } from '@/lib/catalog/drafting/target-docs'
import type { TargetType } from '@/lib/catalog/mapping/types'
import { ApiError } from '@/lib/query/fetcher'
import { useDesignObject } from '@/lib/query/hooks/use-drafts'
import { FidelityBadge, RuleChip, StateBadge, StripeRef, designHref } from './bits'

/** One design object of a change set: its catalogue JSON and the decisions that produced it. */
export function DesignObject({ ws, cs, kind, objectKey }: Readonly<{ ws: string; cs: string; kind: string; objectKey: string }>) {
  const { data, isLoading, error } = useDesignObject(ws, cs, kind, objectKey)
  if (isLoading) return <Spinner />
  if (error || !data) return <Alert tone="error">{error instanceof ApiError ? error.userMessage : 'Could not load the object'}</Alert>
  const label = TARGET_LABELS[kind as TargetType] ?? kind
  return (
    <>
      <PageHeader
        eyebrow={<Link href={`/w/${ws}/migration-map${cs !== 'latest' ? `?cs=${encodeURIComponent(cs)}` : ''}`} className="hover:text-brand-600">Migration map · CS-{data.changeSet.number}</Link>}
        title={<span>{label} <span className="font-mono text-lg text-slate-600">{data.key}</span></span>}
        description={data.holder ? <>Part of <Link className="text-brand-600 hover:underline" href={designHref(ws, cs, { type: 'contract', key: data.holder })}>{data.holder}</Link>.</> : undefined}
      />
      <div className="grid gap-6 lg:grid-cols-[3fr_2fr]">
        <Card>
          <CardHeader title="Catalogue JSON" description="As it is exported; prices are decimal strings as Metronome receives them (USD in cents)." />
          <pre className="max-h-[640px] overflow-auto rounded-b-lg bg-slate-950 p-4 font-mono text-xs leading-relaxed text-slate-200" data-testid="design-json">{JSON.stringify(data.doc, null, 2)}</pre>
        </Card>
        <Card>
          <CardHeader title={`Made from (${data.decisions.length})`} description="The decisions that target this object; change it from the decision." />
          <CardBody className="space-y-3">
            {data.decisions.length === 0 && <p className="text-sm text-slate-500">No decision produced it: it was added by hand or applied from a file.</p>}
            {data.decisions.map((d) => (
              <div key={d.id} className="rounded-md p-3 ring-1 ring-slate-200">
                <div className="flex items-start justify-between gap-2">
                  <StripeRef ws={ws} type={d.stripeType} id={d.stripeId} name={d.stripeName} removed={d.stripeRemoved} />
                  <Link href={`/w/${ws}/migration-map?decision=${d.id}${cs !== 'latest' ? `&cs=${encodeURIComponent(cs)}` : ''}`} className="shrink-0 text-xs font-medium text-brand-600 hover:underline">Open decision →</Link>
                </div>
                <div className="mt-2 flex flex-wrap gap-1.5">
                  <FidelityBadge fidelity={d.fidelity} />
                  <RuleChip rule={d.rule} />
                  <StateBadge state={d.userState} />
                </div>
                <p className="mt-2 text-sm text-slate-700">{d.reason}</p>
                {d.lost && <p className="mt-1 text-xs text-amber-800"><span className="font-semibold">Lost:</span> {d.lost}</p>}
              </div>
            ))}
          </CardBody>
        </Card>
      </div>
    </>
  )
}
