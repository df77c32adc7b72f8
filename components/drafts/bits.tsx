'use client'

import Link from 'next/link'
import type { ReactNode } from 'react'
import { TYPE_LABEL } from '@/components/stripe/format'
import { Badge, type Tone } from '@/components/ui/badge'
import type { DecisionTarget, Fidelity, UserState } from '@/lib/catalog/mapping/types'
import { cn } from '@/lib/utils'

export const FIDELITY: Record<Fidelity, { label: string; tone: Tone; dot: string; help: string }> = {
  exact: { label: 'Exact', tone: 'green', dot: 'bg-emerald-500', help: 'Metronome bills the same amounts for the same usage.' },
  approximate: { label: 'Approximate', tone: 'amber', dot: 'bg-amber-500', help: 'Close, with a stated difference: read what is lost.' },
  unsupported: { label: 'Unsupported', tone: 'red', dot: 'bg-rose-500', help: 'No Metronome equivalent: nothing (or only part) was drafted.' },
}

export const STATE: Record<UserState, { label: string; tone: Tone }> = {
  proposed: { label: 'To review', tone: 'gray' },
  accepted: { label: 'Accepted', tone: 'green' },
  changed: { label: 'Changed', tone: 'indigo' },
  excluded: { label: 'Excluded', tone: 'red' },
}

/** The catalogue browser's singular labels, shortened where the migration map's column is narrow. */
export const STRIPE_TYPE_LABELS: Record<string, string> = {
  ...Object.fromEntries(Object.entries(TYPE_LABEL).map(([type, l]) => [type, l.one])),
  subscription_schedule: 'Schedule',
  promotion_code: 'Promo code',
}

export const TARGET_SHORT: Record<string, string> = {
  billable_metric: 'metric',
  product: 'product',
  pricing_unit: 'unit',
  rate_card: 'card',
  rate: 'rate',
  package: 'package',
  contract: 'contract',
  commit: 'commit',
  credit: 'credit',
  override: 'override',
  subscription: 'sub term',
}

const TARGET_TONE: Record<string, string> = {
  billable_metric: 'bg-violet-50 text-violet-700 ring-violet-200',
  product: 'bg-sky-50 text-sky-700 ring-sky-200',
  rate_card: 'bg-teal-50 text-teal-700 ring-teal-200',
  rate: 'bg-slate-50 text-slate-700 ring-slate-200',
  contract: 'bg-orange-50 text-orange-700 ring-orange-200',
}

const PAGED_TYPES = new Set(['meter', 'product', 'price', 'customer', 'subscription', 'subscription_schedule', 'credit_grant', 'coupon', 'promotion_code', 'discount'])

/** The Stripe object's page in the catalogue browser (null for types it does not list). */
export function stripeHref(ws: string, type: string, id: string): string | null {
  if (type === 'credit_balance_summary') {
    const grant = id.split(':')[1]
    return grant ? `/w/${ws}/stripe/credit_grant/${encodeURIComponent(grant)}` : null
  }
  return PAGED_TYPES.has(type) ? `/w/${ws}/stripe/${type}/${encodeURIComponent(id)}` : null
}

export function designHref(ws: string, cs: string, t: DecisionTarget): string {
  return `/w/${ws}/design/${t.type}/${encodeURIComponent(t.key)}?cs=${encodeURIComponent(cs)}`
}

export function FidelityBadge({ fidelity }: Readonly<{ fidelity: Fidelity }>) {
  const f = FIDELITY[fidelity]
  return (
    <Badge tone={f.tone} title={f.help}>
      <span className={cn('size-1.5 rounded-full', f.dot)} aria-hidden />
      {f.label}
    </Badge>
  )
}

export function StateBadge({ state }: Readonly<{ state: UserState }>) {
  return <Badge tone={STATE[state].tone}>{STATE[state].label}</Badge>
}

export function RuleChip({ rule }: Readonly<{ rule: string }>) {
  return <span className="rounded bg-slate-900/5 px-1.5 py-0.5 font-mono text-[11px] font-medium text-slate-600" title={`Mapping rule ${rule} (docs/mapping.md)`}>{rule}</span>
}

export function TargetChip({ ws, cs, target, onClick }: Readonly<{ ws: string; cs: string; target: DecisionTarget; onClick?: (e: React.MouseEvent) => void }>) {
  return (
    <Link
      href={designHref(ws, cs, target)}
      onClick={onClick}
      className={cn('inline-flex max-w-full items-center gap-1 rounded-md px-1.5 py-0.5 text-xs ring-1 ring-inset hover:brightness-95', TARGET_TONE[target.type] ?? 'bg-white text-slate-700 ring-slate-200')}
      title={`${target.type.replace('_', ' ')} ${target.key}`}
    >
      <span className="shrink-0 text-[10px] font-semibold tracking-wide uppercase opacity-70">{TARGET_SHORT[target.type] ?? target.type}</span>
      <span className="truncate font-mono">{target.key}</span>
    </Link>
  )
}

export function StripeRef({ ws, type, id, name, removed, onClick }: Readonly<{ ws: string; type: string; id: string; name?: string | null; removed?: boolean; onClick?: (e: React.MouseEvent) => void }>) {
  const href = stripeHref(ws, type, id)
  const body: ReactNode = name ? (
    <>
      <span className="block truncate text-sm font-medium text-slate-900">{name}</span>
      <span className="block truncate font-mono text-[11px] text-slate-500">{id}</span>
    </>
  ) : (
    <span className="block truncate font-mono text-[13px] font-medium text-slate-900">{id}</span>
  )
  return (
    <div className="min-w-0">
      <div className="flex items-center gap-1.5">
        <span className="text-[10px] font-semibold tracking-wide text-slate-400 uppercase">{STRIPE_TYPE_LABELS[type] ?? type}</span>
        {removed && <Badge tone="red" className="!py-0 text-[10px]">removed in Stripe</Badge>}
      </div>
      {href ? (
        <Link href={href} onClick={onClick} className="block min-w-0 hover:[&>span:first-child]:text-brand-600" title="Open the Stripe object">
          {body}
        </Link>
      ) : (
        body
      )}
    </div>
  )
}

export function Stat({ label, value, hint, className }: Readonly<{ label: string; value: ReactNode; hint?: ReactNode; className?: string }>) {
  return (
    <div className={cn('min-w-0', className)}>
      <p className="text-[11px] font-medium tracking-wide text-slate-500 uppercase">{label}</p>
      <p className="tabular mt-0.5 text-lg font-semibold text-slate-900">{value}</p>
      {hint && <p className="text-xs text-slate-500">{hint}</p>}
    </div>
  )
}

/** Exact / approximate / unsupported as one stacked bar. */
export function FidelityBar({ counts, className }: Readonly<{ counts: Record<Fidelity, number>; className?: string }>) {
  const total = counts.exact + counts.approximate + counts.unsupported
  if (!total) return null
  return (
    <div className={cn('flex h-2 w-full overflow-hidden rounded-full bg-slate-100', className)} role="img" aria-label={`${counts.exact} exact, ${counts.approximate} approximate, ${counts.unsupported} unsupported`}>
      {(['exact', 'approximate', 'unsupported'] as const).map((f) => (counts[f] ? <span key={f} className={FIDELITY[f].dot} style={{ width: `${(counts[f] / total) * 100}%` }} /> : null))}
    </div>
  )
}

export function formatUtc(iso: string | null | undefined): string {
  if (!iso) return '—'
  return iso.replace('T', ' ').replace(/:00(\.000)?Z$/, ' UTC').replace(/Z$/, ' UTC')
}
