'use client'

import { plural } from '@/lib/catalog/plural'
import Link from 'next/link'
import { useEffect, useState, type FormEvent } from 'react'
import { PageHeader } from '@/components/layout/page-header'
import { Alert } from '@/components/ui/alert'
import { Badge } from '@/components/ui/badge'
import { Button } from '@/components/ui/button'
import { Card, CardBody, CardHeader } from '@/components/ui/card'
import { Spinner } from '@/components/ui/empty-state'
import { Field, Input } from '@/components/ui/field'
import { useToast } from '@/components/ui/toast'
import { parseCutover } from '@/lib/catalog/drafting/cutover'
import type { IntegrationPattern } from '@/lib/catalog/mapping/types'
import { PATTERN_LABELS, type TDraftSettingsUpdate } from '@/lib/contracts/drafts'
import { ApiError } from '@/lib/query/fetcher'
import { useDraftSettings, useRunDraft, useUpdateDraftSettings } from '@/lib/query/hooks/use-drafts'
import { cn } from '@/lib/utils'
import { STRIPE_TYPE_LABELS, formatUtc, stripeHref } from './bits'

const PATTERN_HELP: Record<IntegrationPattern, string> = {
  metronome_only:
    'All billing is usage-based, you want the full contract, commit and credit features, and sign-up does not need Stripe Checkout or Payment Links. Metronome rates and invoices everything; Stripe collects payment. Licensed (seat and flat) prices become subscription products.',
  with_stripe_subscriptions:
    'Flat-rate or seat charges stay on Stripe Subscriptions, with Checkout, the Customer Portal and Payment Links for the non-usage billing; Metronome bills only the usage part.',
}

export function DraftingSettings({ ws, canEdit }: Readonly<{ ws: string; canEdit: boolean }>) {
  const { data, isLoading } = useDraftSettings(ws)
  const update = useUpdateDraftSettings(ws)
  const redraft = useRunDraft(ws)
  const toast = useToast()
  const [cutover, setCutover] = useState('')
  const [pattern, setPattern] = useState<IntegrationPattern | 'follow'>('follow')
  const [serverError, setServerError] = useState<string | null>(null)
  const [last, setLast] = useState<TDraftSettingsUpdate | null>(null)

  useEffect(() => {
    if (!data) return
    setCutover(data.settings.cutoverAt)
    setPattern(data.settings.integrationPattern ?? 'follow')
  }, [data])

  if (isLoading || !data) return <Spinner label="Loading the drafting settings" />
  const check = parseCutover(cutover)
  const rec = data.recommendation
  const cutoverChanged = check.ok && check.iso !== data.settings.cutoverAt
  const patternValue = pattern === 'follow' ? null : pattern
  const patternChanged = patternValue !== data.settings.integrationPattern
  const dirty = (cutoverChanged || (data.settings.cutoverIsDefault && check.ok)) || patternChanged

  async function save(e: FormEvent) {
    e.preventDefault()
    setServerError(null)
    if (!check.ok) return
    try {
      const r = await update.mutateAsync({ ...(cutoverChanged || data!.settings.cutoverIsDefault ? { cutoverAt: check.iso } : {}), ...(patternChanged ? { integrationPattern: patternValue } : {}) })
      setLast(r)
      toast({ tone: 'success', message: r.redated ? `Saved. CS-${r.redated.changeSetNumber} re-dated: ${plural(r.redated.moved, 'date')} moved to ${formatUtc(r.redated.to)}.` : 'Saved.' })
    } catch (err) {
      setServerError(err instanceof ApiError ? err.userMessage : 'Could not save the settings')
    }
  }

  async function runRedraft() {
    try {
      const r = await redraft.mutateAsync()
      setLast(null)
      toast({ tone: 'success', message: `CS-${r.number} drafted with the new integration pattern.` })
    } catch (err) {
      toast({ tone: 'error', message: err instanceof ApiError ? err.userMessage : 'Could not re-draft' })
    }
  }

  const quick = (label: string, iso: string) => (
    <button type="button" className="rounded-md px-2 py-1 text-xs text-brand-700 ring-1 ring-brand-100 ring-inset hover:bg-brand-50" onClick={() => setCutover(iso)}>{label}</button>
  )
  const nextMonth = data.settings.defaultCutoverAt
  const monthAfter = (() => {
    const d = new Date(nextMonth)
    return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1)).toISOString().replace('.000Z', 'Z')
  })()

  return (
    <>
      <PageHeader eyebrow="Metronome design" title="Cutover & integration pattern" description="The two choices every drafted object depends on. Changing the cutover re-dates the open auto-draft; changing the pattern takes effect at the next draft." />
      {!canEdit && <Alert tone="info" className="mb-6">Your role can view these settings; editors and admins change them.</Alert>}
      <form onSubmit={save} className="space-y-6">
        <Card>
          <CardHeader title="Cutover" description="The moment Metronome takes over billing: every drafted rate, override, subscription term and credit starts then (UTC, on the hour)." />
          <CardBody className="space-y-3">
            <Field label="Cutover (UTC, on the hour)" htmlFor="cutover" error={cutover && !check.ok ? check.message : null} hint={check.ok ? `${formatUtc(check.iso)}${data.settings.cutoverIsDefault && check.iso === data.settings.defaultCutoverAt ? ' · the default (the next first of the month); saved with the next draft' : ''}` : undefined}>
              <Input id="cutover" value={cutover} onChange={(e) => setCutover(e.target.value)} invalid={!!cutover && !check.ok} disabled={!canEdit} className="max-w-sm font-mono" placeholder="2026-12-01T00:00:00Z" />
            </Field>
            {canEdit && (
              <div className="flex flex-wrap items-center gap-2">
                <span className="text-xs text-slate-500">Quick:</span>
                {quick('Next first of the month', nextMonth)}
                {quick('The month after', monthAfter)}
              </div>
            )}
            {data.openDraft && (
              <p className="text-xs text-slate-600">
                The open auto-draft <Link href={`/w/${ws}/auto-draft`} className="font-medium text-brand-600 hover:underline">CS-{data.openDraft.number}</Link> uses {formatUtc(data.openDraft.cutoverAt)}
                {cutoverChanged && data.openDraft.cutoverAt !== (check.ok ? check.iso : '') ? `; saving moves its dates to ${formatUtc(check.ok ? check.iso : '')}.` : '.'}
              </p>
            )}
          </CardBody>
        </Card>

        <Card>
          <CardHeader
            title="Integration pattern"
            description={rec ? <>Recommended: <span className="font-medium text-slate-800">{PATTERN_LABELS[rec.pattern]}</span> (from CS-{data.recommendationFrom?.changeSetNumber})</> : 'Draft once to see the recommendation.'}
          />
          <CardBody className="grid gap-6 lg:grid-cols-[3fr_2fr]">
            <fieldset className="space-y-2" disabled={!canEdit}>
              <legend className="sr-only">Integration pattern</legend>
              {(['follow', 'metronome_only', 'with_stripe_subscriptions'] as const).map((p) => (
                <label key={p} className={cn('flex cursor-pointer gap-3 rounded-md p-3 ring-1 ring-inset', pattern === p ? 'bg-brand-50 ring-brand-500/40' : 'ring-slate-200 hover:bg-slate-50')}>
                  <input type="radio" name="pattern" value={p} checked={pattern === p} onChange={() => setPattern(p)} className="mt-1" />
                  <span>
                    <span className="flex items-center gap-2 text-sm font-medium text-slate-900">
                      {p === 'follow' ? 'Follow the recommendation' : PATTERN_LABELS[p]}
                      {p !== 'follow' && rec?.pattern === p && <Badge tone="green">recommended</Badge>}
                    </span>
                    <span className="mt-0.5 block text-xs text-slate-600">{p === 'follow' ? (rec ? `Currently ${PATTERN_LABELS[rec.pattern]}; a new import can change it.` : 'Decided from the import at each draft.') : PATTERN_HELP[p]}</span>
                  </span>
                </label>
              ))}
            </fieldset>
            <div>
              {rec ? (
                <>
                  <p className="text-xs font-semibold text-slate-500">Why Ratecraft recommends {PATTERN_LABELS[rec.pattern]}</p>
                  <ul className="mt-1.5 list-disc space-y-1 pl-5 text-sm text-slate-700" data-testid="recommendation-reasons">
                    {rec.reasons.map((r) => <li key={r}>{r}</li>)}
                  </ul>
                  <p className="mt-3 text-xs font-semibold text-slate-500">Imported objects that drove it</p>
                  <ul className="mt-1 max-h-48 space-y-1 overflow-y-auto text-xs" data-testid="recommendation-drivers">
                    {rec.drivers.map((d) => {
                      const href = stripeHref(ws, d.stripeType, d.stripeId)
                      const name = data.stripeNames[`${d.stripeType}:${d.stripeId}`]
                      return (
                        <li key={`${d.stripeType}:${d.stripeId}`}>
                          <span className="text-slate-400">{STRIPE_TYPE_LABELS[d.stripeType] ?? d.stripeType}</span>{' '}
                          {href ? <Link href={href} className="font-medium text-slate-800 hover:text-brand-600">{name || d.stripeId}</Link> : <span className="font-medium">{name || d.stripeId}</span>}
                          <span className="text-slate-500"> — {d.why}</span>
                        </li>
                      )
                    })}
                  </ul>
                </>
              ) : (
                <p className="text-sm text-slate-500">The recommendation comes from the imported subscriptions, prices and promotion codes.</p>
              )}
            </div>
          </CardBody>
        </Card>

        {serverError && <Alert tone="error">{serverError}</Alert>}
        {last?.redraftSuggested && (
          <Alert tone="warning" title="The open draft follows the previous pattern">
            <p>Re-draft to apply {PATTERN_LABELS[(patternValue ?? rec?.pattern) as IntegrationPattern]}; your accepted, changed and excluded decisions carry over.</p>
            <Button size="sm" className="mt-2" onClick={runRedraft} busy={redraft.isPending} type="button">Re-draft now</Button>
          </Alert>
        )}
        {canEdit && (
          <div className="flex items-center gap-3">
            <Button type="submit" busy={update.isPending} disabled={!dirty || !check.ok}>Save</Button>
            {!dirty && <span className="text-xs text-slate-500">No changes.</span>}
          </div>
        )}
      </form>
    </>
  )
}
