'use client'

import { useState, type FormEvent } from 'react'
import { PageHeader } from '@/components/layout/page-header'
import { Alert } from '@/components/ui/alert'
import { Badge } from '@/components/ui/badge'
import { Button } from '@/components/ui/button'
import { Card, CardBody, CardHeader } from '@/components/ui/card'
import { Spinner } from '@/components/ui/empty-state'
import { Field, Input } from '@/components/ui/field'
import { useToast } from '@/components/ui/toast'
import { ZConnectMetronome, ZConnectStripe } from '@/lib/contracts/connections'
import { ApiError } from '@/lib/query/fetcher'
import { useConnect, useConnections } from '@/lib/query/hooks/use-connections'
import { useMe } from '@/lib/query/hooks/use-me'
import { formatDateTime } from '@/lib/utils'

type Errors = Record<string, string>

function fieldErrors(e: { issues: Array<{ path: PropertyKey[]; message: string }> }): Errors {
  return Object.fromEntries(e.issues.map((i) => [String(i.path[0]), i.message]))
}

export function ConnectionForms({ ws, canManage }: Readonly<{ ws: string; canManage: boolean }>) {
  const { data, isLoading } = useConnections(ws)
  const me = useMe()
  const demo = me.data?.demoConnections ?? null
  if (isLoading || !data) return <Spinner label="Loading connections" />
  return (
    <>
      <PageHeader title="Connections" description="Ratecraft reads your Stripe catalogue and publishes the approved design to Metronome. Keys are encrypted at rest and never sent back to your browser." />
      {!canManage && <Alert tone="info" className="mb-6">Only workspace admins can change connections.</Alert>}
      <div className="grid gap-6 lg:grid-cols-2">
        <StripeCard ws={ws} current={data.stripe} canManage={canManage} demo={!!demo} />
        <MetronomeCard ws={ws} current={data.metronome} canManage={canManage} demo={!!demo} />
      </div>
    </>
  )
}

type Demo = boolean

function StripeCard({ ws, current, canManage, demo }: Readonly<{ ws: string; current: NonNullable<ReturnType<typeof useConnections>['data']>['stripe']; canManage: boolean; demo: Demo }>) {
  const [key, setKey] = useState('')
  const [baseUrl, setBaseUrl] = useState('')
  const [errors, setErrors] = useState<Errors>({})
  const [formError, setFormError] = useState<string | null>(null)
  const connect = useConnect(ws, 'stripe')
  const toast = useToast()

  async function submit(values: { key: string; baseUrl: string } | { demo: true }) {
    setFormError(null)
    let body: Record<string, unknown> = { demo: true }
    if (!('demo' in values)) {
      const parsed = ZConnectStripe.safeParse(values)
      if (!parsed.success) return setErrors(fieldErrors(parsed.error))
      body = { key: parsed.data.key, baseUrl: parsed.data.baseUrl ?? '' }
    }
    setErrors({})
    try {
      const r = (await connect.mutateAsync(body)) as { accountId: string }
      setKey('')
      toast({ tone: 'success', message: `Connected Stripe account ${r.accountId}` })
    } catch (e) {
      setFormError(e instanceof ApiError ? e.userMessage : 'Could not connect')
    }
  }

  return (
    <Card>
      <CardHeader
        title="Stripe"
        description={current ? `${current.accountName ?? 'Account'} · ${current.accountId}` : 'Not connected'}
        actions={current && <Badge tone={current.livemode ? 'red' : 'blue'}>{current.livemode ? 'Live' : 'Test'}</Badge>}
      />
      <CardBody className="space-y-4">
        {current && (
          <dl className="grid grid-cols-2 gap-3 text-sm" data-testid="stripe-connection">
            <div><dt className="text-xs text-slate-500">Key</dt><dd className="font-mono text-xs">{current.keyHint} <span className="font-sans text-slate-500">({current.keyKind})</span></dd></div>
            <div><dt className="text-xs text-slate-500">API</dt><dd className="truncate font-mono text-xs">{current.baseUrl ?? 'api.stripe.com'}</dd></div>
            <div><dt className="text-xs text-slate-500">Updated</dt><dd className="text-xs">{formatDateTime(current.updatedAt)}</dd></div>
          </dl>
        )}
        {canManage && (
          <form className="space-y-4 border-t border-slate-100 pt-4" noValidate onSubmit={(e: FormEvent) => { e.preventDefault(); void submit({ key, baseUrl }) }}>
            <Alert tone="info" title="Use a restricted read-only key">
              In Stripe → Developers → API keys, create a restricted key with <strong>Read</strong> access to Billing, Products, Prices, Customers, Subscriptions and Coupons. Ratecraft never writes to Stripe.
            </Alert>
            {formError && <Alert tone="error">{formError}</Alert>}
            <Field label={current ? 'Replace key' : 'Secret or restricted key'} htmlFor="stripe-key" error={errors.key}>
              <Input id="stripe-key" type="password" autoComplete="off" placeholder="rk_live_…" value={key} onChange={(e) => setKey(e.target.value)} invalid={!!errors.key} />
            </Field>
            <Field label="API base URL (optional)" htmlFor="stripe-url" error={errors.baseUrl} hint="Leave empty for api.stripe.com. For the local emulator: http://127.0.0.1:12111">
              <Input id="stripe-url" placeholder="https://api.stripe.com" value={baseUrl} onChange={(e) => setBaseUrl(e.target.value)} invalid={!!errors.baseUrl} />
            </Field>
            <div className="flex gap-2">
              <Button type="submit" busy={connect.isPending}>{current ? 'Replace key' : 'Connect Stripe'}</Button>
              {demo && (
                <Button type="button" variant="secondary" onClick={() => void submit({ demo: true })}>
                  Use the demo account
                </Button>
              )}
            </div>
          </form>
        )}
      </CardBody>
    </Card>
  )
}

function MetronomeCard({ ws, current, canManage, demo }: Readonly<{ ws: string; current: NonNullable<ReturnType<typeof useConnections>['data']>['metronome']; canManage: boolean; demo: Demo }>) {
  const [token, setToken] = useState('')
  const [baseUrl, setBaseUrl] = useState('')
  const [errors, setErrors] = useState<Errors>({})
  const [formError, setFormError] = useState<string | null>(null)
  const connect = useConnect(ws, 'metronome')
  const toast = useToast()

  async function submit(values: { token: string; baseUrl: string } | { demo: true }) {
    setFormError(null)
    let body: Record<string, unknown> = { demo: true }
    if (!('demo' in values)) {
      const parsed = ZConnectMetronome.safeParse(values)
      if (!parsed.success) return setErrors(fieldErrors(parsed.error))
      body = { token: parsed.data.token, baseUrl: parsed.data.baseUrl ?? '' }
    }
    setErrors({})
    try {
      await connect.mutateAsync(body)
      setToken('')
      toast({ tone: 'success', message: 'Connected Metronome' })
    } catch (e) {
      setFormError(e instanceof ApiError ? e.userMessage : 'Could not connect')
    }
  }

  return (
    <Card>
      <CardHeader title="Metronome" description={current ? (current.baseUrl ?? 'api.metronome.com') : 'Not connected'} actions={current?.isDemo && <Badge tone="amber">Emulator</Badge>} />
      <CardBody className="space-y-4">
        {current && (
          <dl className="grid grid-cols-2 gap-3 text-sm" data-testid="metronome-connection">
            <div><dt className="text-xs text-slate-500">Token</dt><dd className="font-mono text-xs">{current.tokenHint}</dd></div>
            <div><dt className="text-xs text-slate-500">Updated</dt><dd className="text-xs">{formatDateTime(current.updatedAt)}</dd></div>
          </dl>
        )}
        {canManage && (
          <form className="space-y-4 border-t border-slate-100 pt-4" noValidate onSubmit={(e: FormEvent) => { e.preventDefault(); void submit({ token, baseUrl }) }}>
            {formError && <Alert tone="error">{formError}</Alert>}
            <Field label={current ? 'Replace token' : 'API token'} htmlFor="metronome-token" error={errors.token} hint="Use a sandbox token while you design; switch to production to go live.">
              <Input id="metronome-token" type="password" autoComplete="off" value={token} onChange={(e) => setToken(e.target.value)} invalid={!!errors.token} />
            </Field>
            <Field label="API base URL (optional)" htmlFor="metronome-url" error={errors.baseUrl} hint="Leave empty for api.metronome.com. For the local emulator: http://127.0.0.1:12113">
              <Input id="metronome-url" placeholder="https://api.metronome.com" value={baseUrl} onChange={(e) => setBaseUrl(e.target.value)} invalid={!!errors.baseUrl} />
            </Field>
            <div className="flex gap-2">
              <Button type="submit" busy={connect.isPending}>{current ? 'Replace token' : 'Connect Metronome'}</Button>
              {demo && (
                <Button type="button" variant="secondary" onClick={() => void submit({ demo: true })}>
                  Use the emulator
                </Button>
              )}
            </div>
          </form>
        )}
      </CardBody>
    </Card>
  )
}
