import Link from 'next/link'
import { Badge, type Tone } from '@/components/ui/badge'
import type { TRef, TStripeRow } from '@/lib/contracts/stripe-data'
import { cn } from '@/lib/utils'

export const objectHref = (ws: string, type: string, id: string) => `/w/${ws}/stripe/${type}/${encodeURIComponent(id)}`

/** A link to an imported object: its name, or its id in monospace when it has none. */
export function ObjectLink({ ws, type, target, className }: Readonly<{ ws: string; type: string; target: TRef | null | undefined; className?: string }>) {
  if (!target) return <span className="text-slate-400">—</span>
  return (
    <Link prefetch={false} href={objectHref(ws, type, target.id)} className={cn('truncate text-brand-700 hover:underline', !target.name && 'font-mono text-xs', target.removed && 'line-through', className)} title={target.id}>
      {target.name ?? target.id}
    </Link>
  )
}

export function Mono({ children, className }: Readonly<{ children: React.ReactNode; className?: string }>) {
  return <span className={cn('font-mono text-xs text-slate-500', className)}>{children}</span>
}

/** Name over id, the first column of most grids. */
export function NameCell({ name, id }: Readonly<{ name: string | null; id: string }>) {
  return (
    <div className="min-w-0 leading-tight" title={name ? `${name}\n${id}` : id}>
      <div className="truncate font-medium text-slate-900">{name ?? <span className="font-mono text-xs font-normal">{id}</span>}</div>
      {name && <div className="truncate font-mono text-[11px] text-slate-400">{id}</div>}
    </div>
  )
}

const STATUS_TONE: Record<string, Tone> = {
  active: 'green', trialing: 'blue', past_due: 'amber', unpaid: 'red', canceled: 'gray', incomplete: 'amber', incomplete_expired: 'gray', paused: 'amber',
  not_started: 'blue', completed: 'gray', released: 'gray', inactive: 'gray',
}

/** Status as Stripe names it (any value, known or new), or active/archived for objects without one. */
export function StatusBadge({ row }: Readonly<{ row: Pick<TStripeRow, 'status' | 'active' | 'removed' | 'type'> }>) {
  if (row.removed) return <Badge tone="red" title="No longer in Stripe: marked removed by the last complete import">removed</Badge>
  if (row.status) return <Badge tone={STATUS_TONE[row.status] ?? 'gray'}>{row.status.replaceAll('_', ' ')}</Badge>
  if (row.active === null) return null
  const inactive = row.type === 'credit_grant' ? 'voided' : row.type === 'coupon' ? 'invalid' : 'archived'
  return row.active ? <Badge tone="green">active</Badge> : <Badge>{inactive}</Badge>
}
