'use client'

/**
 * A virtualised grid (TanStack Table for the columns, TanStack Virtual for the rows): only the rows
 * in view are in the DOM, so 10,000 prices scroll like 50. More rows load as the end comes into view.
 * A row opens its object; links inside a row (a price's product) open theirs.
 */
import { flexRender, getCoreRowModel, useReactTable, type ColumnDef, type Row } from '@tanstack/react-table'
import { useVirtualizer } from '@tanstack/react-virtual'
import { useRouter } from 'next/navigation'
import { memo, useEffect, useRef, type MouseEvent } from 'react'
import { cn } from '@/lib/utils'

export type GridColumn<T> = ColumnDef<T, unknown> & { meta?: { width?: string; align?: 'right' } }

type Props<T> = Readonly<{
  rows: T[]
  columns: Array<GridColumn<T>>
  rowId: (row: T) => string
  rowHref?: (row: T) => string
  hasMore?: boolean
  loadingMore?: boolean
  onLoadMore?: () => void
  rowHeight?: number
  height?: string
  testId?: string
}>

export function DataGrid<T>({ rows, columns, rowId, rowHref, hasMore, loadingMore, onLoadMore, rowHeight = 52, height = 'calc(100vh - 290px)', testId }: Props<T>) {
  const router = useRouter()
  const scroller = useRef<HTMLDivElement>(null)
  const table = useReactTable({ data: rows, columns, getCoreRowModel: getCoreRowModel(), getRowId: rowId })
  const virtualizer = useVirtualizer({ count: rows.length, getScrollElement: () => scroller.current, estimateSize: () => rowHeight, overscan: 10 })
  const items = virtualizer.getVirtualItems()
  const lastIndex = items.at(-1)?.index ?? 0

  useEffect(() => {
    if (hasMore && !loadingMore && lastIndex >= rows.length - 40) onLoadMore?.()
  }, [hasMore, loadingMore, lastIndex, rows.length, onLoadMore])

  const template = columns.map((c) => c.meta?.width ?? 'minmax(120px, 1fr)').join(' ')
  const tableRows = table.getRowModel().rows

  const hrefRef = useRef(rowHref)
  hrefRef.current = rowHref
  // Stable across renders, so rows that stay in view are not re-rendered while scrolling.
  const open = useRef((e: MouseEvent | { key: string }, row: T) => {
    const href = hrefRef.current?.(row)
    if (!href) return
    if ('target' in e && (e.target as HTMLElement).closest('a,button')) return
    if ('metaKey' in e && (e.metaKey || e.ctrlKey)) window.open(href, '_blank')
    else router.push(href)
  }).current

  return (
    <div ref={scroller} className="overflow-auto" style={{ maxHeight: height, minHeight: Math.min(360, (rows.length + 1) * rowHeight) }} data-testid={testId}>
      <div role="table" aria-rowcount={rows.length} className="min-w-max text-sm">
        <div role="row" className="sticky top-0 z-10 grid border-b border-slate-200 bg-slate-50/95 text-xs font-medium text-slate-500 backdrop-blur" style={{ gridTemplateColumns: template }}>
          {table.getHeaderGroups()[0]!.headers.map((h) => (
            <div key={h.id} role="columnheader" className={cn('px-3 py-2 whitespace-nowrap first:pl-5', (h.column.columnDef as GridColumn<T>).meta?.align === 'right' && 'text-right')}>
              {flexRender(h.column.columnDef.header, h.getContext())}
            </div>
          ))}
        </div>
        <div className="relative" style={{ height: virtualizer.getTotalSize() }}>
          {items.map((vi) => (
            <GridRow key={tableRows[vi.index]!.id} row={tableRows[vi.index]!} start={vi.start} size={vi.size} template={template} onOpen={rowHref ? open : undefined} />
          ))}
        </div>
        {loadingMore && <div className="px-5 py-3 text-xs text-slate-500">Loading more…</div>}
      </div>
    </div>
  )
}

type RowProps<T> = { row: Row<T>; start: number; size: number; template: string; onOpen?: (e: MouseEvent | { key: string }, row: T) => void }

function GridRowImpl<T>({ row, start, size, template, onOpen }: Readonly<RowProps<T>>) {
  return (
    <div
      role="row"
      tabIndex={onOpen ? 0 : undefined}
      onClick={onOpen && ((e) => onOpen(e, row.original))}
      onKeyDown={onOpen && ((e) => e.key === 'Enter' && onOpen({ key: e.key }, row.original))}
      className={cn('absolute left-0 grid w-full items-center border-b border-slate-100 bg-white', onOpen && 'cursor-pointer hover:bg-brand-50/40 focus:bg-brand-50/60 focus:outline-none')}
      style={{ gridTemplateColumns: template, height: size, transform: `translateY(${start}px)` }}
    >
      {row.getVisibleCells().map((cell) => (
        <div key={cell.id} role="cell" className={cn('min-w-0 truncate px-3 first:pl-5', (cell.column.columnDef as GridColumn<T>).meta?.align === 'right' && 'text-right')}>
          {flexRender(cell.column.columnDef.cell, cell.getContext())}
        </div>
      ))}
    </div>
  )
}

const GridRow = memo(GridRowImpl) as typeof GridRowImpl
