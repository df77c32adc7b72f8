'use client'

/** One imported Stripe object: what it is, what it is connected to, and its raw JSON. */
import Link from 'next/link'
import { useState, type ReactNode } from 'react'
import { PageHeader } from '@/components/layout/page-header'
import { Alert } from '@/components/ui/alert'
import { Badge } from '@/components/ui/badge'
import { Spinner } from '@/components/ui/empty-state'
import type { TStripeDetail } from '@/lib/contracts/stripe-data'
import { ApiError } from '@/lib/query/fetcher'
import { useStripeObject } from '@/lib/query/hooks/use-stripe-object'
import { cadence, count, date, minor, TYPE_LABEL } from '../format'
import { Mono, ObjectLink, StatusBadge } from '../object-link'
import { Facts, RawJson, Section } from './parts'
import { CreditGrantSections, CustomerSections, MeterSections, OtherSections, PriceSections, ScheduleSections, SubscriptionSections } from './sections'

function CopyId({ id }: Readonly<{ id: string }>) {
  const [copied, setCopied] = useState(false)
  return (
    <button
      className="group inline-flex items-center gap-1.5 font-mono text-xs text-slate-500 hover:text-slate-900"
      onClick={() => void navigator.clipboard?.writeText(id).then(() => (setCopied(true), setTimeout(() => setCopied(false), 1200)))}
      title="Copy the id"
    >
      {id} <span className="text-[10px] text-slate-400 group-hover:text-brand-600">{copied ? 'copied' : 'copy'}</span>
    </button>
  )
}

function facts(ws: string, d: TStripeDetail): Array<[string, ReactNode] | false> {
  const r = d.row
  const raw = d.raw
  const meta = Object.entries((raw.metadata ?? {}) as Record<string, unknown>).filter(([, v]) => typeof v === 'string')
  const metadata: [string, ReactNode] | false = meta.length > 0 && ['Metadata', <span key="m" className="font-mono text-xs">{meta.map(([k, v]) => `${k}=${v}`).join(' · ')}</span>]
  switch (r.type) {
    case 'price': {
      const p = r.price!
      return [
        ['Product', <ObjectLink key="p" ws={ws} type="product" target={p.product} />],
        ['Billing', cadence(p)],
        ['Meter', p.meter ? <ObjectLink key="m" ws={ws} type="meter" target={p.meter} /> : 'not metered'],
        ['Currency', <span key="c" className="uppercase">{r.currency}{p.currencyOptions.length ? ` + ${p.currencyOptions.map((o) => o.currency).join(', ')}` : ''}</span>],
        ['Lookup key', p.lookupKey ? <Mono key="l">{p.lookupKey}</Mono> : '—'],
        ['Tax behavior', p.taxBehavior ?? '—'],
        ['Created', date(r.created)],
        metadata,
      ]
    }
    case 'product':
      return [['Prices', `${count(r.product!.activePrices)} active of ${count(r.product!.prices)}`], ['Default price', r.product!.defaultPrice ? <ObjectLink key="d" ws={ws} type="price" target={{ id: r.product!.defaultPrice, name: null }} /> : '—'], ['Unit label', r.product!.unitLabel ?? '—'], ['Created', date(r.created)], ['Description', r.product!.description ?? '—'], metadata]
    case 'meter':
      return [['Prices', `${count(r.meter!.activePrices)} active of ${count(r.meter!.prices)}`], ['Current subscriptions', count(r.meter!.subscriptions)], ['Created', date(r.created)], ['Status', r.status ?? '—']]
    case 'customer': {
      const c = r.customer!
      return [['Email', c.email ?? '—'], ['Currency', r.currency?.toUpperCase() ?? '—'], ['Subscriptions', `${count(c.activeSubscriptions)} current of ${count(c.subscriptions)}`], ['Credit grants', count(c.creditGrants)], ['Created', date(r.created)], metadata]
    }
    case 'subscription': {
      const s = r.subscription!
      return [['Customer', <ObjectLink key="c" ws={ws} type="customer" target={d.related.customer ? { id: d.related.customer.id, name: d.related.customer.name } : s.customer} />], ['Started', date(s.startDate)], ['Current period ends', date(s.currentPeriodEnd)], ['Currency', r.currency?.toUpperCase() ?? '—'], ['Collection', s.collectionMethod?.replaceAll('_', ' ') ?? '—'], ['Cancels at period end', s.cancelAtPeriodEnd ? 'yes' : 'no'], metadata]
    }
    case 'subscription_schedule': {
      const s = r.schedule!
      return [['Customer', <ObjectLink key="c" ws={ws} type="customer" target={s.customer} />], ['Subscription', s.subscription ? <ObjectLink key="s" ws={ws} type="subscription" target={{ id: s.subscription, name: null }} /> : '—'], ['Current phase ends', date(s.currentPhaseEnd)], ['At the end', s.endBehavior ?? '—']]
    }
    case 'credit_grant': {
      const g = r.creditGrant!
      return [['Customer', <ObjectLink key="c" ws={ws} type="customer" target={g.customer} />], ['Category', g.category ?? '—'], ['Effective', date(g.effectiveAt)], ['Expires', g.expiresAt ? date(g.expiresAt) : 'never'], ['Applies to', g.scope], ['Voided', g.voidedAt ? date(g.voidedAt) : 'no'], ['Ledger balance', g.balance?.ledger ? minor(g.balance.ledger, g.balance.currency) : '—'], metadata]
    }
    case 'coupon': {
      const c = r.coupon!
      return [['Discount', c.percentOff !== null ? `${c.percentOff}% off` : minor(c.amountOff, r.currency)], ['Duration', c.duration === 'repeating' ? `${c.durationInMonths} months` : (c.duration ?? '—')], ['Redeemed', `${count(c.timesRedeemed ?? 0)}${c.maxRedemptions ? ` of ${count(c.maxRedemptions)}` : ''}`], ['Created', date(r.created)]]
    }
    case 'promotion_code': {
      const p = r.promotionCode!
      return [['Code', <code key="c" className="font-mono">{p.code}</code>], ['Coupon', <ObjectLink key="co" ws={ws} type="coupon" target={p.coupon} />], ['Customer', p.customer ? <ObjectLink key="cu" ws={ws} type="customer" target={p.customer} /> : 'anyone'], ['Expires', p.expiresAt ? date(p.expiresAt) : 'never']]
    }
    case 'discount': {
      const x = r.discount!
      return [['Coupon', <ObjectLink key="co" ws={ws} type="coupon" target={x.coupon} />], ['Customer', <ObjectLink key="cu" ws={ws} type="customer" target={x.customer} />], ['Subscription', x.subscription ? <ObjectLink key="s" ws={ws} type="subscription" target={{ id: x.subscription, name: null }} /> : '—'], ['Period', `${date(x.start)} → ${x.end ? date(x.end) : 'forever'}`]]
    }
    default:
      return [['Created', date(r.created)]]
  }
}

export function StripeDetail({ ws, type, id, canDesign }: Readonly<{ ws: string; type: string; id: string; canDesign: boolean }>) {
  const { data: d, isLoading, error } = useStripeObject(ws, type, id)
  const label = TYPE_LABEL[type] ?? { one: type, many: type }
  if (isLoading) return <Spinner label={`Loading ${label.one.toLowerCase()}`} />
  if (error || !d) return <Alert tone="error" title={`${label.one} not found`}>{error instanceof ApiError ? error.userMessage : 'Could not load it.'}</Alert>
  const r = d.row
  const title = r.type === 'price' ? (r.price?.nickname ?? r.price?.lookupKey ?? r.id) : r.type === 'promotion_code' ? (r.promotionCode?.code ?? r.id) : (r.name ?? r.id)
  const props = { ws, d, canDesign }
  return (
    <>
      <nav className="mb-2 text-xs text-slate-500">
        <Link href={`/w/${ws}/stripe/${type}`} className="hover:text-brand-600">← {label.many}</Link>
      </nav>
      <PageHeader
        eyebrow={<span className="flex items-center gap-2">{label.one}<StatusBadge row={r} />{r.type === 'price' && r.price && <Badge tone="indigo">{r.price.kind.replace('_', '-')}</Badge>}<Badge tone={r.livemode ? 'red' : 'blue'}>{r.livemode ? 'live' : 'test'}</Badge></span>}
        title={<span data-testid="object-title">{title}</span>}
        description={<CopyId id={r.id} />}
      />
      {r.removed && <Alert tone="warning" className="mb-6" title="No longer in Stripe">The last complete import did not find it. It is kept here, marked removed.</Alert>}
      <div className="space-y-6">
        <Section title="Details">
          <div className="px-5 py-2"><Facts items={facts(ws, d)} /></div>
        </Section>
        {type === 'meter' && <MeterSections {...props} />}
        {type === 'price' && <PriceSections {...props} />}
        {type === 'customer' && <CustomerSections {...props} />}
        {type === 'subscription' && <SubscriptionSections {...props} />}
        {type === 'subscription_schedule' && <ScheduleSections {...props} />}
        {type === 'credit_grant' && <CreditGrantSections {...props} />}
        {['product', 'coupon', 'promotion_code', 'discount'].includes(type) && <OtherSections {...props} />}
        <RawJson raw={d.raw} />
      </div>
    </>
  )
}
