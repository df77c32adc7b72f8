'use client'

/** Building blocks of the object pages: fact lists, related-object tables, tiers, raw JSON. */
import { flexRender, getCoreRowModel, useReactTable } from '@tanstack/react-table'
import { useRouter } from 'next/navigation'
import { useMemo, useState, type ReactNode } from 'react'
import { Card, CardHeader } from '@/components/ui/card'
import type { TStripeRow, TTier } from '@/lib/contracts/stripe-data'
import { cn } from '@/lib/utils'
import { columnsFor } from '../columns'
import type { GridColumn } from '../data-grid'
import { minor, tierLines } from '../format'
import { objectHref } from '../object-link'

export function Facts({ items, className }: Readonly<{ items: Array<[string, ReactNode] | false | null | undefined>; className?: string }>) {
  return (
    <dl className={cn('grid grid-cols-1 gap-x-6 sm:grid-cols-2', className)}>
      {items.filter((x): x is [string, ReactNode] => !!x).map(([label, value]) => (
        <div key={label} className="flex items-baseline justify-between gap-4 border-b border-slate-100 py-2 text-sm last:border-0 sm:[&:nth-last-child(2):nth-child(odd)]:border-0">
          <dt className="shrink-0 text-slate-500">{label}</dt>
          <dd className="min-w-0 truncate text-right text-slate-900">{value ?? '—'}</dd>
        </div>
      ))}
    </dl>
  )
}

export function Section({ title, description, actions, children, className }: Readonly<{ title: ReactNode; description?: ReactNode; actions?: ReactNode; children: ReactNode; className?: string }>) {
  return (
    <Card className={className}>
      <CardHeader title={title} description={description} actions={actions} />
      {children}
    </Card>
  )
}

/** Related objects of one type, with the same columns as that type's grid (all rows, no virtualisation). */
export function RowsTable({ ws, type, rows, empty, hide = [] }: Readonly<{ ws: string; type: string; rows: TStripeRow[] | undefined; empty: string; hide?: string[] }>) {
  const router = useRouter()
  const columns = useMemo(() => columnsFor(type, ws, { canDesign: false }).filter((c) => !hide.includes(String(c.id)) && c.id !== 'actions'), [type, ws, hide])
  const table = useReactTable({ data: rows ?? [], columns, getCoreRowModel: getCoreRowModel(), getRowId: (r) => r.id })
  if (!rows?.length) return <p className="px-5 py-6 text-sm text-slate-500">{empty}</p>
  return (
    <div className="overflow-x-auto">
      <table className="min-w-full text-sm" data-testid={`related-${type}`}>
        <thead className="bg-slate-50 text-left text-xs font-medium text-slate-500">
          <tr>
            {table.getHeaderGroups()[0]!.headers.map((h) => (
              <th key={h.id} className={cn('px-3 py-2 whitespace-nowrap first:pl-5', (h.column.columnDef as GridColumn<TStripeRow>).meta?.align === 'right' && 'text-right')}>{flexRender(h.column.columnDef.header, h.getContext())}</th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {table.getRowModel().rows.map((row) => (
            <tr key={row.id} className="cursor-pointer hover:bg-brand-50/40" onClick={(e) => !(e.target as HTMLElement).closest('a,button') && router.push(objectHref(ws, type, row.original.id))}>
              {row.getVisibleCells().map((cell) => (
                <td key={cell.id} className={cn('max-w-xs truncate px-3 py-2 first:pl-5', (cell.column.columnDef as GridColumn<TStripeRow>).meta?.align === 'right' && 'text-right')}>{flexRender(cell.column.columnDef.cell, cell.getContext())}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}

/** Price tiers with their unit ranges; graduated and volume read differently, so the table says which. */
export function TierTable({ tiers, currency, mode }: Readonly<{ tiers: TTier[]; currency: string | null; mode: string | null }>) {
  const lines = tierLines(tiers, currency)
  return (
    <div>
      <table className="min-w-full text-sm" data-testid="tier-table">
        <thead className="text-left text-xs font-medium text-slate-500">
          <tr className="border-b border-slate-100">
            <th className="px-5 py-2">Units</th>
            <th className="px-3 py-2 text-right">Per unit</th>
            <th className="px-5 py-2 text-right">Flat fee</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {lines.map((l, i) => (
            <tr key={i}>
              <td className="tabular px-5 py-2 text-slate-700">{l.from} – {l.to}</td>
              <td className="tabular px-3 py-2 text-right font-medium text-slate-900">{l.unit}</td>
              <td className="tabular px-5 py-2 text-right text-slate-700">{l.flat}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="border-t border-slate-100 px-5 py-2.5 text-xs text-slate-500">
        {mode === 'volume'
          ? 'Volume: the tier the total quantity falls in sets the price of every unit.'
          : 'Graduated: each unit is priced by the tier it falls in; flat fees are added as each tier is entered.'}
      </p>
    </div>
  )
}

export function Amount({ value, currency }: Readonly<{ value: string | null | undefined; currency: string | null | undefined }>) {
  return <span className="tabular">{minor(value, currency)}</span>
}

/** The object exactly as Stripe returned it. */
export function RawJson({ raw }: Readonly<{ raw: unknown }>) {
  const [open, setOpen] = useState(false)
  const text = useMemo(() => JSON.stringify(raw, null, 2), [raw])
  return (
    <Card>
      <button className="flex w-full items-center justify-between px-5 py-3 text-left text-sm font-semibold text-slate-900" onClick={() => setOpen(!open)} aria-expanded={open}>
        Raw JSON <span className="text-xs font-normal text-slate-500">{open ? 'Hide' : `Show · ${text.split('\n').length} lines, as Stripe returned it`}</span>
      </button>
      {open && <pre className="max-h-[32rem] overflow-auto border-t border-slate-100 bg-slate-950 px-5 py-4 font-mono text-xs leading-relaxed text-slate-100">{text}</pre>}
    </Card>
  )
}
