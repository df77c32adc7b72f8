'use client'

/** The browser's columns for each imported type. */
import Link from 'next/link'
import { Badge } from '@/components/ui/badge'
import type { TStripeRow } from '@/lib/contracts/stripe-data'
import type { GridColumn } from './data-grid'
import { cadence, count, date, FORMULA, minor, pricing } from './format'
import { Mono, NameCell, ObjectLink, StatusBadge } from './object-link'

type Col = GridColumn<TStripeRow>
const col = (header: string, cell: (r: TStripeRow) => React.ReactNode, width?: string, align?: 'right'): Col => ({
  id: header || 'actions',
  header,
  cell: ({ row }) => cell(row.original),
  meta: { width, align },
})

const status = col('Status', (r) => <StatusBadge row={r} />, '96px')
const created = col('Created', (r) => <span className="text-slate-600">{date(r.created)}</span>, '120px')
const nameCol = (label: string) => col(label, (r) => <NameCell name={r.name} id={r.id} />, 'minmax(200px, 2fr)')
const n = (v: number | null | undefined, zeroTone = true) => <span className={v ? 'tabular text-slate-900' : zeroTone ? 'tabular text-slate-400' : 'tabular'}>{count(v ?? 0)}</span>

export function columnsFor(type: string, ws: string, o: { canDesign: boolean }): Col[] {
  switch (type) {
    case 'meter':
      return [
        nameCol('Meter'),
        col('Event name', (r) => <code className="font-mono text-xs text-slate-700">{r.meter?.eventName}</code>, 'minmax(150px, 1.2fr)'),
        col('Aggregation', (r) => <Badge tone="indigo">{FORMULA[r.meter?.formula ?? ''] ?? r.meter?.formula ?? '—'}</Badge>, '100px'),
        col('Value key', (r) => <Mono>{r.meter?.formula === 'count' ? '—' : r.meter?.valueKey}</Mono>, '100px'),
        col('Dimensions', (r) => (r.meter?.dimensions.length ? r.meter.dimensions.map((d) => <Badge key={d} tone="violet" className="mr-1">{d}</Badge>) : <span className="text-slate-400">—</span>), 'minmax(120px, 1fr)'),
        col('Prices', (r) => n(r.meter?.prices), '64px', 'right'),
        col('Subscriptions', (r) => n(r.meter?.subscriptions), '104px', 'right'),
        status,
        col('', (r) => o.canDesign && !r.removed && <Link prefetch={false} className="text-xs font-medium whitespace-nowrap text-brand-600 hover:underline" href={`/w/${ws}/metrics/new?meter=${r.id}`}>Create metric →</Link>, '128px'),
      ]
    case 'product':
      return [
        nameCol('Product'),
        col('Description', (r) => <span className="text-slate-600">{r.product?.description ?? '—'}</span>, 'minmax(200px, 2fr)'),
        col('Prices', (r) => <span className="tabular">{count(r.product?.activePrices ?? 0)}<span className="text-slate-400"> / {count(r.product?.prices ?? 0)}</span></span>, '100px', 'right'),
        created,
        status,
      ]
    case 'price':
      return [
        col('Price', (r) => <NameCell name={r.price?.nickname ?? r.price?.lookupKey ?? null} id={r.id} />, 'minmax(170px, 1.6fr)'),
        col('Product', (r) => <ObjectLink ws={ws} type="product" target={r.price?.product} />, 'minmax(120px, 1.1fr)'),
        col('Pricing', (r) => <span className="tabular text-slate-900" title={r.price ? pricing(r.price, r.currency) : undefined}>{r.price ? pricing(r.price, r.currency) : '—'}</span>, 'minmax(160px, 1.4fr)'),
        col('Billing', (r) => <span className="text-slate-600">{r.price ? cadence(r.price) : '—'}</span>, '160px'),
        col('Meter', (r) => <ObjectLink ws={ws} type="meter" target={r.price?.meter} />, 'minmax(110px, 1fr)'),
        col('Currency', (r) => (
          <span className="uppercase">
            {r.currency}
            {r.price?.currencyOptions.length ? <span className="text-xs text-slate-400"> +{r.price.currencyOptions.map((c) => c.currency).join(', ')}</span> : null}
          </span>
        ), '96px'),
        col('Used by', (r) => n(r.price?.subscriptions), '72px', 'right'),
        status,
      ]
    case 'customer':
      return [
        nameCol('Customer'),
        col('Email', (r) => <span className="text-slate-600">{r.customer?.email ?? '—'}</span>, 'minmax(200px, 1.4fr)'),
        col('Subscriptions', (r) => <span className="tabular">{count(r.customer?.activeSubscriptions ?? 0)}<span className="text-slate-400"> / {count(r.customer?.subscriptions ?? 0)}</span></span>, '120px', 'right'),
        col('Credit grants', (r) => n(r.customer?.creditGrants), '110px', 'right'),
        col('Credit balance', (r) => <span className="tabular">{r.customer?.balances.length ? r.customer.balances.map((b) => minor(b.available, b.currency)).join(' · ') : <span className="text-slate-400">—</span>}</span>, '150px', 'right'),
        col('Currency', (r) => <span className="uppercase">{r.currency ?? '—'}</span>, '90px'),
        created,
      ]
    case 'subscription':
      return [
        col('Subscription', (r) => <Mono className="text-slate-700">{r.id}</Mono>, 'minmax(220px, 1.3fr)'),
        col('Customer', (r) => <ObjectLink ws={ws} type="customer" target={r.subscription?.customer} />, 'minmax(180px, 1.4fr)'),
        status,
        col('Items', (r) => n(r.subscription?.items), '70px', 'right'),
        col('Currency', (r) => <span className="uppercase">{r.currency}</span>, '90px'),
        col('Started', (r) => date(r.subscription?.startDate), '120px'),
        col('Period ends', (r) => date(r.subscription?.currentPeriodEnd), '120px'),
        col('Schedule', (r) => (r.subscription?.schedule ? <ObjectLink ws={ws} type="subscription_schedule" target={{ id: r.subscription.schedule, name: null }} /> : <span className="text-slate-400">—</span>), 'minmax(160px, 1fr)'),
      ]
    case 'subscription_schedule':
      return [
        col('Schedule', (r) => <Mono className="text-slate-700">{r.id}</Mono>, 'minmax(220px, 1.3fr)'),
        col('Customer', (r) => <ObjectLink ws={ws} type="customer" target={r.schedule?.customer} />, 'minmax(180px, 1.4fr)'),
        status,
        col('Phases', (r) => n(r.schedule?.phases), '80px', 'right'),
        col('Phase ends', (r) => date(r.schedule?.currentPhaseEnd), '120px'),
        col('At the end', (r) => <span className="text-slate-600">{r.schedule?.endBehavior ?? '—'}</span>, '110px'),
        col('Subscription', (r) => (r.schedule?.subscription ? <ObjectLink ws={ws} type="subscription" target={{ id: r.schedule.subscription, name: null }} /> : <span className="text-slate-400">—</span>), 'minmax(160px, 1fr)'),
      ]
    case 'credit_grant':
      return [
        nameCol('Credit grant'),
        col('Customer', (r) => <ObjectLink ws={ws} type="customer" target={r.creditGrant?.customer} />, 'minmax(140px, 1.2fr)'),
        col('Category', (r) => <Badge tone={r.creditGrant?.category === 'paid' ? 'blue' : 'violet'}>{r.creditGrant?.category ?? '—'}</Badge>, '104px'),
        col('Granted', (r) => <span className="tabular">{minor(r.creditGrant?.amount, r.creditGrant?.amountCurrency)}</span>, '110px', 'right'),
        col('Remaining', (r) => <span className="tabular font-medium">{r.creditGrant?.balance ? minor(r.creditGrant.balance.available, r.creditGrant.balance.currency) : '—'}</span>, '110px', 'right'),
        col('Priority', (r) => <span className="tabular">{r.creditGrant?.priority ?? '—'}</span>, '70px', 'right'),
        col('Expires', (r) => (r.creditGrant?.expiresAt ? date(r.creditGrant.expiresAt) : <span className="text-slate-400">never</span>), '108px'),
        col('Applies to', (r) => <span className="text-slate-600">{r.creditGrant?.scope}</span>, '96px'),
        status,
      ]
    case 'coupon':
      return [
        nameCol('Coupon'),
        col('Discount', (r) => (r.coupon?.percentOff !== null && r.coupon?.percentOff !== undefined ? `${r.coupon.percentOff}% off` : r.coupon?.amountOff ? `${minor(r.coupon.amountOff, r.currency)} off` : '—'), '130px'),
        col('Duration', (r) => (r.coupon?.duration === 'repeating' ? `${r.coupon.durationInMonths} months` : (r.coupon?.duration ?? '—')), '120px'),
        col('Redeemed', (r) => <span className="tabular">{count(r.coupon?.timesRedeemed ?? 0)}{r.coupon?.maxRedemptions ? <span className="text-slate-400"> / {count(r.coupon.maxRedemptions)}</span> : null}</span>, '110px', 'right'),
        created,
        status,
      ]
    case 'promotion_code':
      return [
        col('Code', (r) => <code className="font-mono text-sm font-medium text-slate-900">{r.promotionCode?.code}</code>, 'minmax(160px, 1fr)'),
        col('Coupon', (r) => <ObjectLink ws={ws} type="coupon" target={r.promotionCode?.coupon} />, 'minmax(160px, 1fr)'),
        col('Customer', (r) => (r.promotionCode?.customer ? <ObjectLink ws={ws} type="customer" target={r.promotionCode.customer} /> : <span className="text-slate-400">anyone</span>), 'minmax(160px, 1fr)'),
        col('Redeemed', (r) => n(r.promotionCode?.timesRedeemed), '100px', 'right'),
        col('Expires', (r) => (r.promotionCode?.expiresAt ? date(r.promotionCode.expiresAt) : <span className="text-slate-400">never</span>), '108px'),
        status,
      ]
    case 'discount':
      return [
        col('Discount', (r) => <Mono className="text-slate-700">{r.id}</Mono>, 'minmax(200px, 1fr)'),
        col('Coupon', (r) => <ObjectLink ws={ws} type="coupon" target={r.discount?.coupon} />, 'minmax(160px, 1fr)'),
        col('Customer', (r) => <ObjectLink ws={ws} type="customer" target={r.discount?.customer} />, 'minmax(160px, 1fr)'),
        col('Subscription', (r) => (r.discount?.subscription ? <ObjectLink ws={ws} type="subscription" target={{ id: r.discount.subscription, name: null }} /> : '—'), 'minmax(160px, 1fr)'),
        col('Ends', (r) => date(r.discount?.end), '120px'),
      ]
    default:
      return [nameCol('Name'), created, status]
  }
}
