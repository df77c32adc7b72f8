'use client'

/** What each type's page shows beyond its facts. */
import Link from 'next/link'
import { Badge } from '@/components/ui/badge'
import { Button } from '@/components/ui/button'
import type { TStripeDetail, TStripeRow, TSubscriptionItem } from '@/lib/contracts/stripe-data'
import { cadence, count, date, FORMULA, minor, pricing } from '../format'
import { Mono, ObjectLink, StatusBadge } from '../object-link'
import { Amount, Facts, RowsTable, Section, TierTable } from './parts'

type P = Readonly<{ ws: string; d: TStripeDetail; canDesign: boolean }>

export function MeterSections({ ws, d, canDesign }: P) {
  const m = d.row.meter!
  return (
    <>
      <Section title="Definition" description="What Metronome's billable metric has to reproduce." actions={canDesign && !d.row.removed && <Link href={`/w/${ws}/metrics/new?meter=${d.row.id}`}><Button size="sm">Create billable metric</Button></Link>}>
        <div className="px-5 py-2">
          <Facts
            items={[
              ['Event name', <code key="e" className="font-mono text-xs">{m.eventName}</code>],
              ['Aggregation', <Badge key="a" tone="indigo">{FORMULA[m.formula ?? ''] ?? m.formula}</Badge>],
              ['Value key', <Mono key="v">{m.formula === 'count' ? '— (counts events)' : m.valueKey}</Mono>],
              ['Customer key', <Mono key="c">{m.customerKey}</Mono>],
              ['Pre-aggregated per', m.eventTimeWindow ?? 'no window (raw events)'],
              ['Dimensions', m.dimensions.length ? m.dimensions.map((x) => <Badge key={x} tone="violet" className="ml-1">{x}</Badge>) : 'none'],
            ]}
          />
        </div>
      </Section>
      <Section title={`Prices on this meter · ${count(d.related.prices?.length ?? 0)}`}>
        <RowsTable ws={ws} type="price" rows={d.related.prices} empty="No price bills through this meter." hide={['Meter']} />
      </Section>
      <Section title={`Current subscriptions billing through it · ${count(d.related.subscriptionCount ?? 0)}`} description={d.related.subscriptions && d.related.subscriptionCount && d.related.subscriptionCount > d.related.subscriptions.length ? `The ${d.related.subscriptions.length} newest are listed.` : undefined}>
        <RowsTable ws={ws} type="subscription" rows={d.related.subscriptions} empty="No current subscription uses this meter." />
      </Section>
    </>
  )
}

export function PriceSections({ ws, d }: P) {
  const p = d.row.price!
  const currency = d.row.currency
  return (
    <>
      <Section title="Pricing" description={`${pricing(p, currency)} · ${cadence(p)}`}>
        {p.scheme === 'tiered' && p.tiers ? (
          <TierTable tiers={p.tiers} currency={currency} mode={p.tiersMode} />
        ) : (
          <div className="px-5 py-4">
            <p className="tabular text-2xl font-semibold tracking-tight text-slate-900" data-testid="unit-amount">{pricing(p, currency)}</p>
            {p.unitAmountDecimal && <p className="mt-1 text-xs text-slate-500">unit_amount_decimal <Mono>{p.unitAmountDecimal}</Mono> ({currency?.toUpperCase()} minor units)</p>}
          </div>
        )}
        {p.transform && (
          <p className="border-t border-slate-100 px-5 py-2.5 text-sm text-slate-700">
            Transform: quantity ÷ <span className="tabular font-medium">{count(p.transform.divideBy)}</span>, rounded <span className="font-medium">{p.transform.round}</span> — billed per package of {count(p.transform.divideBy)} units.
          </p>
        )}
      </Section>
      {p.currencyOptions.length > 0 && (
        <Section title="Currency options" description={`Charged in these currencies too; ${currency?.toUpperCase()} is the default.`}>
          <table className="min-w-full text-sm" data-testid="currency-options">
            <thead className="bg-slate-50 text-left text-xs font-medium text-slate-500">
              <tr><th className="px-5 py-2">Currency</th><th className="px-3 py-2 text-right">Per unit</th><th className="px-5 py-2">Tiers</th></tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {p.currencyOptions.map((o) => (
                <tr key={o.currency}>
                  <td className="px-5 py-2 font-medium uppercase">{o.currency}</td>
                  <td className="tabular px-3 py-2 text-right">{o.unitAmountDecimal !== null ? minor(o.unitAmountDecimal, o.currency) : '—'}</td>
                  <td className="px-5 py-2 text-slate-600">{o.tiers ? `${o.tiers.length} tiers from ${minor(o.tiers[0]?.unitAmountDecimal, o.currency)}` : '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </Section>
      )}
      <Section title={`Used by ${count(p.subscriptions)} current subscription${p.subscriptions === 1 ? '' : 's'}`} description={d.related.subscriptionCount !== undefined && d.related.subscriptionCount > p.subscriptions ? `${count(d.related.subscriptionCount)} including ended ones.` : undefined}>
        <RowsTable ws={ws} type="subscription" rows={d.related.subscriptions} empty="No subscription has an item on this price." />
      </Section>
      {!!d.related.schedules?.length && (
        <Section title="Scheduled on">
          <RowsTable ws={ws} type="subscription_schedule" rows={d.related.schedules} empty="" />
        </Section>
      )}
      {!!d.related.creditGrants?.length && (
        <Section title="Credit grants that apply to it">
          <RowsTable ws={ws} type="credit_grant" rows={d.related.creditGrants} empty="" />
        </Section>
      )}
    </>
  )
}

function ItemsTable({ ws, items }: Readonly<{ ws: string; items: TSubscriptionItem[] }>) {
  if (!items.length) return <p className="px-5 py-4 text-sm text-slate-500">No items.</p>
  return (
    <table className="min-w-full text-sm" data-testid="subscription-items">
      <thead className="bg-slate-50 text-left text-xs font-medium text-slate-500">
        <tr><th className="px-5 py-2">Price</th><th className="px-3 py-2">Product</th><th className="px-3 py-2">Pricing</th><th className="px-3 py-2">Billing</th><th className="px-3 py-2 text-right">Qty</th><th className="px-5 py-2">Current period</th></tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {items.map((i) => {
          const p = i.price?.price
          return (
            <tr key={i.id}>
              <td className="px-5 py-2"><ObjectLink ws={ws} type="price" target={i.priceId ? { id: i.priceId, name: p?.nickname ?? p?.lookupKey ?? null } : null} />{i.price && !i.price.active && <Badge className="ml-2">archived</Badge>}</td>
              <td className="px-3 py-2"><ObjectLink ws={ws} type="product" target={p?.product} /></td>
              <td className="tabular px-3 py-2">{p ? pricing(p, i.price!.currency) : '—'}</td>
              <td className="px-3 py-2 text-slate-600">{p ? cadence(p) : '—'}{p?.meter && <> · <ObjectLink ws={ws} type="meter" target={p.meter} /></>}</td>
              <td className="tabular px-3 py-2 text-right">{i.quantity ?? <span className="text-slate-400">metered</span>}</td>
              <td className="px-5 py-2 text-slate-600 whitespace-nowrap">{date(i.currentPeriodStart)} → {date(i.currentPeriodEnd)}</td>
            </tr>
          )
        })}
      </tbody>
    </table>
  )
}

export function CustomerSections({ ws, d }: P) {
  const c = d.row.customer!
  const subs = d.related.subscriptions ?? []
  return (
    <>
      {c.balances.length > 0 && (
        <div className="grid gap-4 sm:grid-cols-3">
          {c.balances.map((b) => (
            <div key={b.currency} className="rounded-lg bg-white px-5 py-4 shadow-sm ring-1 ring-slate-200">
              <p className="text-xs text-slate-500">Credit remaining ({b.currency.toUpperCase()})</p>
              <p className="tabular mt-1 text-2xl font-semibold text-slate-900" data-testid="credit-balance">{minor(b.available, b.currency)}</p>
            </div>
          ))}
        </div>
      )}
      {subs.map((s) => (
        <Section key={s.id} title={<span className="flex items-center gap-2"><ObjectLink ws={ws} type="subscription" target={{ id: s.id, name: null }} /> <StatusBadge row={s} /></span>} description={`Started ${date(s.subscription?.startDate)} · ${s.currency?.toUpperCase()} · ${s.subscription?.collectionMethod?.replaceAll('_', ' ') ?? ''}${s.subscription?.cancelAtPeriodEnd ? ' · cancels at period end' : ''}`}>
          <ItemsTable ws={ws} items={(d.related.items ?? []).filter((i) => i.id.startsWith(`${s.id}/`))} />
        </Section>
      ))}
      {!subs.length && <Section title="Subscriptions"><p className="px-5 py-6 text-sm text-slate-500">No subscriptions.</p></Section>}
      <Section title="Subscription schedules">
        <RowsTable ws={ws} type="subscription_schedule" rows={d.related.schedules} empty="No scheduled changes." hide={['Customer']} />
      </Section>
      <Section title="Credit grants" description="Spent in priority order (0 first), then by expiry.">
        <RowsTable ws={ws} type="credit_grant" rows={d.related.creditGrants} empty="No credit grants." hide={['Customer']} />
      </Section>
      {!!d.related.discounts?.length && (
        <Section title="Discounts">
          <RowsTable ws={ws} type="discount" rows={d.related.discounts} empty="" hide={['Customer']} />
        </Section>
      )}
      <Section title="Metered usage" description="Meter event summaries fetched on demand (Stripe keeps them per customer and meter)." actions={<Link href={`/w/${ws}/stripe/usage?customer=${encodeURIComponent(d.row.id)}`}><Button size="sm" variant="secondary">Fetch usage…</Button></Link>}>
        {d.related.usage?.length ? (
          <table className="min-w-full text-sm" data-testid="customer-usage">
            <thead className="bg-slate-50 text-left text-xs font-medium text-slate-500"><tr><th className="px-5 py-2">Meter</th><th className="px-3 py-2">Period</th><th className="px-3 py-2 text-right">Windows</th><th className="px-5 py-2 text-right">Total</th></tr></thead>
            <tbody className="divide-y divide-slate-100">
              {d.related.usage.map((u) => (
                <tr key={u.meter.id}><td className="px-5 py-2"><ObjectLink ws={ws} type="meter" target={u.meter} /></td><td className="px-3 py-2 text-slate-600">{date(u.from)} → {date(u.to)}</td><td className="tabular px-3 py-2 text-right">{count(u.windows)}</td><td className="tabular px-5 py-2 text-right font-medium">{u.total}</td></tr>
              ))}
            </tbody>
          </table>
        ) : (
          <p className="px-5 py-6 text-sm text-slate-500">No usage fetched for this customer yet.</p>
        )}
      </Section>
    </>
  )
}

export function SubscriptionSections({ ws, d }: P) {
  return (
    <>
      <Section title="Items">
        <ItemsTable ws={ws} items={d.related.items ?? []} />
      </Section>
      {!!d.related.schedules?.length && (
        <Section title="Schedule">
          <RowsTable ws={ws} type="subscription_schedule" rows={d.related.schedules} empty="" />
        </Section>
      )}
      {!!d.related.discounts?.length && (
        <Section title="Discounts">
          <RowsTable ws={ws} type="discount" rows={d.related.discounts} empty="" />
        </Section>
      )}
    </>
  )
}

export function ScheduleSections({ ws, d }: P) {
  const phases = d.related.phases ?? []
  const now = Date.now()
  return (
    <Section title={`Phases · ${phases.length}`} description={`At the end: ${d.row.schedule?.endBehavior ?? '—'}`}>
      <ol className="divide-y divide-slate-100" data-testid="schedule-phases">
        {phases.map((ph, i) => {
          const current = ph.start && ph.end && Date.parse(ph.start) <= now && now < Date.parse(ph.end)
          const before = new Set(i > 0 ? phases[i - 1]!.items.map((x) => x.priceId) : [])
          const here = new Set(ph.items.map((x) => x.priceId))
          const dropped = i > 0 ? phases[i - 1]!.items.filter((x) => !here.has(x.priceId)) : []
          return (
            <li key={i} className="px-5 py-3">
              <p className="flex items-center gap-2 text-sm font-medium text-slate-900">
                Phase {i + 1} <span className="font-normal text-slate-500">{date(ph.start)} → {date(ph.end)}</span>
                {current && <Badge tone="green">current</Badge>}
                {ph.start && Date.parse(ph.start) > now && <Badge tone="blue">upcoming</Badge>}
              </p>
              <ul className="mt-1.5 space-y-1">
                {ph.items.map((it, k) => (
                  <li key={k} className="flex items-center gap-3 text-sm">
                    <ObjectLink ws={ws} type="price" target={it.priceId ? { id: it.priceId, name: it.price?.price?.nickname ?? it.price?.price?.lookupKey ?? null } : null} />
                    <span className="tabular text-slate-600">{it.price?.price ? `${pricing(it.price.price, it.price.currency)} · ${cadence(it.price.price)}` : ''}</span>
                    {it.quantity !== null && <span className="tabular text-xs text-slate-500">× {it.quantity}</span>}
                    {i > 0 && !before.has(it.priceId) && <Badge tone="green">new in this phase</Badge>}
                  </li>
                ))}
                {dropped.map((it, k) => (
                  <li key={`d${k}`} className="flex items-center gap-3 text-sm text-slate-400 line-through">
                    {it.price?.price?.nickname ?? it.priceId} <Badge tone="red" className="no-underline">dropped</Badge>
                  </li>
                ))}
              </ul>
            </li>
          )
        })}
      </ol>
    </Section>
  )
}

export function CreditGrantSections({ ws, d }: P) {
  const g = d.row.creditGrant!
  return (
    <>
      <div className="grid gap-4 sm:grid-cols-3">
        <div className="rounded-lg bg-white px-5 py-4 shadow-sm ring-1 ring-slate-200"><p className="text-xs text-slate-500">Granted</p><p className="tabular mt-1 text-2xl font-semibold">{minor(g.amount, g.amountCurrency)}</p></div>
        <div className="rounded-lg bg-white px-5 py-4 shadow-sm ring-1 ring-slate-200"><p className="text-xs text-slate-500">Remaining</p><p className="tabular mt-1 text-2xl font-semibold text-emerald-700" data-testid="grant-remaining">{g.balance ? minor(g.balance.available, g.balance.currency) : g.voidedAt ? minor('0', g.amountCurrency) : '—'}</p></div>
        <div className="rounded-lg bg-white px-5 py-4 shadow-sm ring-1 ring-slate-200"><p className="text-xs text-slate-500">Priority</p><p className="tabular mt-1 text-2xl font-semibold">{g.priority ?? '—'}</p></div>
      </div>
      {!!d.related.prices?.length && (
        <Section title="Applies to these prices only">
          <RowsTable ws={ws} type="price" rows={d.related.prices} empty="" />
        </Section>
      )}
    </>
  )
}

export function OtherSections({ ws, d }: P) {
  const blocks: Array<[string, string, TStripeRow[] | undefined]> = [
    ['Prices', 'price', d.related.prices],
    ['Promotion codes', 'promotion_code', d.related.promotionCodes],
    ['Discounts', 'discount', d.related.discounts],
  ]
  return (
    <>
      {blocks.filter(([, , rows]) => rows !== undefined).map(([title, type, rows]) => (
        <Section key={type} title={`${title} · ${count(rows?.length ?? 0)}`}>
          <RowsTable ws={ws} type={type} rows={rows} empty={`No ${title.toLowerCase()}.`} hide={d.row.type === 'product' ? ['Product'] : []} />
        </Section>
      ))}
    </>
  )
}

export { Amount }
