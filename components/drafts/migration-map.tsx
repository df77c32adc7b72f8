'use client'

import {
  getCoreRowModel,
  getFilteredRowModel,
  getSortedRowModel,
  useReactTable,
  type ColumnDef,
  type ColumnFiltersState,
  type FilterFn,
  type SortingState,
} from '@tanstack/react-table'
import { useVirtualizer } from '@tanstack/react-virtual'
import Link from 'next/link'
import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from 'react'
import { PageHeader } from '@/components/layout/page-header'
import { Alert } from '@/components/ui/alert'
import { Badge } from '@/components/ui/badge'
import { Button } from '@/components/ui/button'
import { Card } from '@/components/ui/card'
import { EmptyState, Spinner } from '@/components/ui/empty-state'
import { Input, Select } from '@/components/ui/field'
import { useToast } from '@/components/ui/toast'
import type { Fidelity, UserState } from '@/lib/catalog/mapping/types'
import type { TDecisionRow } from '@/lib/contracts/drafts'
import { ApiError } from '@/lib/query/fetcher'
import { useBulkDecisions, useDecisionAction, useDecisions } from '@/lib/query/hooks/use-drafts'
import { cn, formatCount, formatDateTime } from '@/lib/utils'
import { FIDELITY, FidelityBadge, RuleChip, STATE, STRIPE_TYPE_LABELS, StateBadge, StripeRef, TargetChip } from './bits'
import { DecisionPanel } from './decision-panel'

export type MapFilters = { q?: string; fidelity?: string; rule?: string; type?: string; state?: string; decision?: string; changed?: string }

const FIDELITY_RANK: Record<Fidelity, number> = { unsupported: 0, approximate: 1, exact: 2 }
const ruleNumber = (r: string) => Number(r.slice(1)) || 999

const matchesText: FilterFn<TDecisionRow> = (row, _id, value: string) => {
  const q = value.trim().toLowerCase()
  if (!q) return true
  const d = row.original
  const hay = [d.stripeId, d.stripeName ?? '', d.stripeType, d.rule, d.reason, d.lost ?? '', d.userNote ?? '', ...d.targets.map((t) => t.key)].join('\u0001').toLowerCase()
  return q.split(/\s+/).every((w) => hay.includes(w))
}

const equals: FilterFn<TDecisionRow> = (row, id, value: string) => !value || String(row.getValue(id)) === value

const GRID = 'grid grid-cols-[minmax(200px,1.1fr)_16px_minmax(190px,1.2fr)_118px_minmax(240px,2fr)_156px] items-start gap-x-4'
/** With the decision panel open the explanation moves to the panel. */
const GRID_COMPACT = 'grid grid-cols-[minmax(170px,1fr)_14px_minmax(150px,1.1fr)_104px_176px] items-start gap-x-3'

export function MigrationMap({ ws, cs, canEdit, initial }: Readonly<{ ws: string; cs: string; canEdit: boolean; initial: MapFilters }>) {
  const { data, isLoading, error, isFetching } = useDecisions(ws, cs)
  const action = useDecisionAction(ws, cs)
  const bulk = useBulkDecisions(ws, cs)
  const toast = useToast()
  const [q, setQ] = useState(initial.q ?? '')
  const [fidelity, setFidelity] = useState(initial.fidelity ?? '')
  const [rule, setRule] = useState(initial.rule ?? '')
  const [type, setType] = useState(initial.type ?? '')
  const [state, setState] = useState(initial.state ?? '')
  const [changedOnly, setChangedOnly] = useState(initial.changed === '1')
  const [sorting, setSorting] = useState<SortingState>([])
  const [selected, setSelected] = useState<string | null>(initial.decision ?? null)
  const [confirmBulk, setConfirmBulk] = useState(false)
  const decisions = useMemo(() => data?.decisions ?? [], [data])
  const editable = canEdit && !!data?.editable

  const columnFilters = useMemo<ColumnFiltersState>(
    () =>
      [
        { id: 'fidelity', value: fidelity },
        { id: 'rule', value: rule },
        { id: 'type', value: type },
        { id: 'state', value: state },
        { id: 'flag', value: changedOnly ? '1' : '' },
      ].filter((f) => f.value),
    [fidelity, rule, type, state, changedOnly],
  )

  const columns = useMemo<ColumnDef<TDecisionRow>[]>(
    () => [
      { id: 'stripe', accessorFn: (d) => `${d.stripeName ?? ''} ${d.stripeId}`.trim().toLowerCase() },
      { id: 'type', accessorFn: (d) => d.stripeType, filterFn: equals },
      { id: 'fidelity', accessorFn: (d) => d.fidelity, filterFn: equals, sortingFn: (a, b) => FIDELITY_RANK[a.original.fidelity] - FIDELITY_RANK[b.original.fidelity] },
      { id: 'rule', accessorFn: (d) => d.rule, filterFn: equals, sortingFn: (a, b) => ruleNumber(a.original.rule) - ruleNumber(b.original.rule) },
      { id: 'state', accessorFn: (d) => d.userState, filterFn: equals },
      { id: 'flag', accessorFn: (d) => (d.sourceChanged || d.isNew ? '1' : ''), filterFn: equals },
    ],
    [],
  )

  const table = useReactTable({
    data: decisions,
    columns,
    state: { globalFilter: q, columnFilters, sorting },
    onSortingChange: setSorting,
    globalFilterFn: matchesText,
    getColumnCanGlobalFilter: () => true,
    getCoreRowModel: getCoreRowModel(),
    getFilteredRowModel: getFilteredRowModel(),
    getSortedRowModel: getSortedRowModel(),
  })
  const rows = table.getRowModel().rows
  const scrollRef = useRef<HTMLDivElement>(null)
  const virtualizer = useVirtualizer({ count: rows.length, getScrollElement: () => scrollRef.current, estimateSize: () => 84, overscan: 10, scrollPaddingStart: 36 })

  const counts = useMemo(() => {
    const byFidelity: Record<Fidelity, number> = { exact: 0, approximate: 0, unsupported: 0 }
    const byState: Record<UserState, number> = { proposed: 0, accepted: 0, changed: 0, excluded: 0 }
    const rules = new Map<string, number>()
    const types = new Map<string, number>()
    let flagged = 0
    for (const d of decisions) {
      byFidelity[d.fidelity]++
      byState[d.userState]++
      rules.set(d.rule, (rules.get(d.rule) ?? 0) + 1)
      types.set(d.stripeType, (types.get(d.stripeType) ?? 0) + 1)
      if (d.sourceChanged || d.isNew) flagged++
    }
    return { byFidelity, byState, rules: [...rules].sort((a, b) => ruleNumber(a[0]) - ruleNumber(b[0])), types: [...types].sort((a, b) => b[1] - a[1]), flagged }
  }, [decisions])

  const visibleToReview = rows.filter((r) => r.original.userState === 'proposed').map((r) => r.original.id)
  const reviewed = counts.byState.accepted + counts.byState.changed + counts.byState.excluded
  const selectedIndex = rows.findIndex((r) => r.original.id === selected)
  const compact = !!selected

  // New filters start at the top of the list.
  useEffect(() => {
    scrollRef.current?.scrollTo({ top: 0 })
  }, [q, fidelity, rule, type, state, changedOnly, sorting])

  // Keep the selected decision in view when it moves (filters, keyboard).
  useEffect(() => {
    if (selectedIndex >= 0) virtualizer.scrollToIndex(selectedIndex, { align: 'auto' })
  }, [selectedIndex, virtualizer])

  const act = useCallback(
    async (d: TDecisionRow, verb: 'accept' | 'exclude' | 'restore' | 'reset') => {
      try {
        const r = await action.mutateAsync({ id: d.id, action: verb })
        const what = d.stripeName || d.stripeId
        if (verb === 'exclude') toast({ tone: 'info', message: r.removed.length ? `Excluded ${what}: ${r.removed.length} object${r.removed.length === 1 ? '' : 's'} left the draft (restore brings them back).` : `Excluded ${what}: it produced nothing another decision does not also produce.` })
        else if (verb === 'restore') toast({ tone: 'success', message: `Restored ${what}: ${r.restored} object${r.restored === 1 ? '' : 's'} back in the draft.` })
        else if (verb === 'accept') toast({ tone: 'success', message: `Accepted ${what}.` })
      } catch (e) {
        toast({ tone: 'error', message: e instanceof ApiError ? e.userMessage : 'Could not save the decision' })
      }
    },
    [action, toast],
  )

  function onKey(e: KeyboardEvent<HTMLDivElement>) {
    if ((e.target as HTMLElement).closest('input, textarea, select, button, a')) return
    const move = (delta: number) => {
      const next = rows[Math.max(0, Math.min(rows.length - 1, (selectedIndex < 0 ? -1 : selectedIndex) + delta))]
      if (next) setSelected(next.original.id)
    }
    const current = selectedIndex >= 0 ? rows[selectedIndex]!.original : null
    if (e.key === 'ArrowDown' || e.key === 'j' || e.key === 'ArrowUp' || e.key === 'k') {
      e.preventDefault()
      move(e.key === 'ArrowDown' || e.key === 'j' ? 1 : -1)
    } else if (e.key === 'Escape') setSelected(null)
    else if (current && editable && e.key === 'a' && current.userState !== 'excluded') void act(current, 'accept').then(() => move(1))
    else if (current && editable && e.key === 'x' && current.userState !== 'excluded') void act(current, 'exclude')
    else if (current && editable && e.key === 'u' && current.userState === 'excluded') void act(current, 'restore')
  }

  async function acceptVisible() {
    setConfirmBulk(false)
    try {
      const r = await bulk.mutateAsync({ ids: visibleToReview, action: 'accept' })
      toast({ tone: 'success', message: `Accepted ${formatCount(r.changed)} decision${r.changed === 1 ? '' : 's'}.` })
    } catch (e) {
      toast({ tone: 'error', message: e instanceof ApiError ? e.userMessage : 'Could not accept them' })
    }
  }

  const clear = () => {
    setQ('')
    setFidelity('')
    setRule('')
    setType('')
    setState('')
    setChangedOnly(false)
  }
  const filtered = !!(q || fidelity || rule || type || state || changedOnly)

  if (isLoading) return <Spinner label="Loading the migration map" />
  if (error || !data) {
    return (
      <>
        <PageHeader eyebrow="Metronome design" title="Migration map" />
        <Card>
          <EmptyState title="No auto-draft yet" action={<Link href={`/w/${ws}/auto-draft`} className="text-sm font-medium text-brand-600 hover:underline">Go to Auto-draft →</Link>}>
            {error instanceof ApiError && error.status !== 404 ? error.userMessage : 'Draft the Metronome design from your Stripe import first; every decision it makes shows up here.'}
          </EmptyState>
        </Card>
      </>
    )
  }

  return (
    <>
      <PageHeader
        eyebrow={<Link href={`/w/${ws}/auto-draft`} className="hover:text-brand-600">Metronome design · Auto-draft</Link>}
        title="Migration map"
        description={
          <>
            Every Stripe object beside the Metronome objects it became, how faithful that is and what is lost. <span className="font-medium text-slate-800">CS-{data.changeSet.number}</span> · {data.changeSet.title} · updated {formatDateTime(data.changeSet.updatedAt)}
          </>
        }
        actions={
          <>
            <a href={`/api/w/${ws}/catalog/export?changeSet=${data.changeSet.id}`} className="rounded-md bg-white px-3 py-2 text-sm font-medium text-slate-800 shadow-sm ring-1 ring-slate-300 ring-inset hover:bg-slate-50">Export JSON</a>
          </>
        }
      />
      {!data.editable && <Alert tone="info" className="mb-4">CS-{data.changeSet.number} is {data.changeSet.status.replace('_', ' ')}: decisions are read-only. Re-draft from the Auto-draft page for a new draft.</Alert>}

      <div className="mb-4 grid gap-3 lg:grid-cols-[1fr_auto]">
        <div className="flex flex-wrap items-center gap-2" role="group" aria-label="Fidelity">
          <FidelityChip label="All" count={decisions.length} active={!fidelity} onClick={() => setFidelity('')} />
          {(['exact', 'approximate', 'unsupported'] as const).map((f) => (
            <FidelityChip key={f} label={FIDELITY[f].label} count={counts.byFidelity[f]} dot={FIDELITY[f].dot} active={fidelity === f} onClick={() => setFidelity(fidelity === f ? '' : f)} testId={`fidelity-${f}`} />
          ))}
        </div>
        <div className="flex items-center gap-3 text-xs text-slate-600" data-testid="review-progress">
          <div className="h-1.5 w-40 overflow-hidden rounded-full bg-slate-200">
            <div className="h-full bg-brand-600 transition-all" style={{ width: `${decisions.length ? (reviewed / decisions.length) * 100 : 0}%` }} />
          </div>
          <span className="tabular">
            <span className="font-semibold text-slate-900">{formatCount(reviewed)}</span> of {formatCount(decisions.length)} reviewed · {formatCount(counts.byState.accepted)} accepted · {formatCount(counts.byState.changed)} changed · {formatCount(counts.byState.excluded)} excluded
          </span>
        </div>
      </div>

      <Card className="overflow-hidden">
        <div className="flex flex-wrap items-center gap-2 border-b border-slate-100 px-4 py-3">
          <Input aria-label="Search decisions" placeholder="Search id, name, key, explanation…" value={q} onChange={(e) => setQ(e.target.value)} className="w-72 py-1.5" />
          <Select aria-label="Stripe type" value={type} onChange={(e) => setType(e.target.value)} className="w-44 py-1.5">
            <option value="">All Stripe types</option>
            {counts.types.map(([t, n]) => <option key={t} value={t}>{STRIPE_TYPE_LABELS[t] ?? t} ({n})</option>)}
          </Select>
          <Select aria-label="Rule" value={rule} onChange={(e) => setRule(e.target.value)} className="w-32 py-1.5">
            <option value="">All rules</option>
            {counts.rules.map(([r, n]) => <option key={r} value={r}>{r} ({n})</option>)}
          </Select>
          <Select aria-label="Review state" value={state} onChange={(e) => setState(e.target.value)} className="w-40 py-1.5">
            <option value="">Any state</option>
            {(Object.keys(STATE) as UserState[]).map((s) => <option key={s} value={s}>{STATE[s].label} ({counts.byState[s]})</option>)}
          </Select>
          {counts.flagged > 0 && (
            <label className="flex items-center gap-1.5 text-xs text-slate-700">
              <input type="checkbox" checked={changedOnly} onChange={(e) => setChangedOnly(e.target.checked)} className="rounded border-slate-300" />
              New or changed in Stripe ({counts.flagged})
            </label>
          )}
          {filtered && <Button variant="ghost" size="sm" onClick={clear}>Clear</Button>}
          <div className="ml-auto flex items-center gap-2">
            <span className="tabular text-xs text-slate-500" data-testid="map-count">
              {formatCount(rows.length)} of {formatCount(decisions.length)} decisions{isFetching ? ' · updating…' : ''}
            </span>
            {editable && visibleToReview.length > 0 &&
              (confirmBulk ? (
                <span className="flex items-center gap-1">
                  <Button size="sm" onClick={acceptVisible} busy={bulk.isPending}>Accept {formatCount(visibleToReview.length)}</Button>
                  <Button size="sm" variant="ghost" onClick={() => setConfirmBulk(false)}>Cancel</Button>
                </span>
              ) : (
                <Button size="sm" variant="secondary" onClick={() => setConfirmBulk(true)} title="Accept every decision still to review that the filters show">
                  Accept {formatCount(visibleToReview.length)} shown
                </Button>
              ))}
          </div>
        </div>

        <div className={cn('grid', selected ? 'grid-cols-[minmax(0,1fr)_440px]' : 'grid-cols-1')}>
          <div className="min-w-0">
            <div ref={scrollRef} tabIndex={0} onKeyDown={onKey} className="h-[calc(100vh-340px)] min-h-[420px] overflow-auto outline-none focus-visible:ring-2 focus-visible:ring-brand-500 focus-visible:ring-inset" data-testid="migration-map">
              <div role="table" aria-label="Migration map" aria-rowcount={rows.length} className={compact ? 'min-w-[700px]' : 'min-w-[980px]'}>
                <div role="rowgroup" className="sticky top-0 z-10">
                  <div role="row" className={cn(compact ? GRID_COMPACT : GRID, 'h-9 items-center border-b border-slate-200 bg-slate-50 px-4 text-[11px] font-semibold tracking-wide text-slate-500 uppercase')}>
                    <SortHeader table={table} id="stripe">Stripe object</SortHeader>
                    <span role="columnheader" aria-hidden />
                    <span role="columnheader">Metronome objects</span>
                    <SortHeader table={table} id="fidelity">Fidelity · rule</SortHeader>
                    {!compact && <span role="columnheader">Why · what is lost</span>}
                    <SortHeader table={table} id="state">Review</SortHeader>
                  </div>
                </div>
                {rows.length === 0 ? (
                  <EmptyState title="No decision matches" action={filtered && <Button variant="secondary" size="sm" onClick={clear}>Clear filters</Button>}>
                    Try another fidelity, rule or search.
                  </EmptyState>
                ) : (
                  <div role="rowgroup" className="relative" style={{ height: virtualizer.getTotalSize() }}>
                    {virtualizer.getVirtualItems().map((v) => {
                      const d = rows[v.index]!.original
                      return (
                        <DecisionRowView
                          key={d.id}
                          d={d}
                          ws={ws}
                          cs={data.changeSet.id}
                          top={v.start}
                          height={v.size}
                          selected={d.id === selected}
                          compact={compact}
                          editable={editable}
                          busy={action.isPending && action.variables?.id === d.id}
                          onSelect={() => setSelected(d.id === selected ? null : d.id)}
                          onAct={(verb) => void act(d, verb)}
                        />
                      )
                    })}
                  </div>
                )}
              </div>
            </div>
            <p className="border-t border-slate-100 px-4 py-2 text-[11px] text-slate-400">
              Keys: <Kbd>j</Kbd>/<Kbd>k</Kbd> move · {editable && <><Kbd>a</Kbd> accept · <Kbd>x</Kbd> exclude · <Kbd>u</Kbd> restore · </>}<Kbd>esc</Kbd> close
            </p>
          </div>
          {selected && (
            <div className="border-l border-slate-200 bg-slate-50/60">
              <DecisionPanel ws={ws} cs={data.changeSet.id} id={selected} canEdit={editable} onClose={() => setSelected(null)} />
            </div>
          )}
        </div>
      </Card>
    </>
  )
}

function Kbd({ children }: Readonly<{ children: ReactNode }>) {
  return <kbd className="rounded border border-slate-200 bg-white px-1 font-mono text-[10px] text-slate-600">{children}</kbd>
}

function FidelityChip({ label, count, active, onClick, dot, testId }: Readonly<{ label: string; count: number; active: boolean; onClick: () => void; dot?: string; testId?: string }>) {
  return (
    <button
      type="button"
      onClick={onClick}
      aria-pressed={active}
      data-testid={testId}
      className={cn(
        'inline-flex items-center gap-2 rounded-full px-3 py-1.5 text-sm font-medium ring-1 transition-colors ring-inset',
        active ? 'bg-slate-900 text-white ring-slate-900' : 'bg-white text-slate-700 ring-slate-200 hover:bg-slate-50',
      )}
    >
      {dot && <span className={cn('size-2 rounded-full', dot)} aria-hidden />}
      {label}
      <span className={cn('tabular rounded-full px-1.5 text-xs', active ? 'bg-white/20' : 'bg-slate-100 text-slate-600')}>{formatCount(count)}</span>
    </button>
  )
}

function SortHeader({ table, id, children }: Readonly<{ table: ReturnType<typeof useReactTable<TDecisionRow>>; id: string; children: ReactNode }>) {
  const col = table.getColumn(id)
  const dir = col?.getIsSorted()
  return (
    <button type="button" role="columnheader" aria-sort={dir === 'asc' ? 'ascending' : dir === 'desc' ? 'descending' : 'none'} onClick={col?.getToggleSortingHandler()} className="flex items-center gap-1 text-left uppercase hover:text-slate-800">
      {children}
      <span className="text-[9px]">{dir === 'asc' ? '▲' : dir === 'desc' ? '▼' : ''}</span>
    </button>
  )
}

function DecisionRowView({
  d,
  ws,
  cs,
  top,
  height,
  selected,
  compact,
  editable,
  busy,
  onSelect,
  onAct,
}: Readonly<{ d: TDecisionRow; ws: string; cs: string; top: number; height: number; selected: boolean; compact: boolean; editable: boolean; busy: boolean; onSelect: () => void; onAct: (verb: 'accept' | 'exclude' | 'restore') => void }>) {
  const stop = (e: React.MouseEvent) => e.stopPropagation()
  const shown = d.targets.slice(0, 4)
  return (
    <div
      role="row"
      aria-selected={selected}
      data-decision={d.key}
      onClick={onSelect}
      className={cn(
        compact ? GRID_COMPACT : GRID,
        'absolute inset-x-0 cursor-pointer overflow-hidden border-b border-slate-100 px-4 py-2.5 text-sm',
        selected ? 'bg-brand-50 shadow-[inset_3px_0_0_var(--color-brand-600)]' : 'hover:bg-slate-50',
        d.userState === 'excluded' && !selected && 'bg-slate-50/80 [&_.row-body]:opacity-55',
      )}
      style={{ top, height }}
    >
      <div role="cell" className="row-body min-w-0">
        <StripeRef ws={ws} type={d.stripeType} id={d.stripeId} name={d.stripeName} removed={d.stripeRemoved} onClick={stop} />
      </div>
      <div role="cell" aria-hidden className="row-body pt-4 text-slate-300">→</div>
      <div role="cell" className="row-body flex min-w-0 flex-wrap content-start gap-1 pt-0.5">
        {shown.length === 0 ? (
          <span className="text-xs text-slate-400 italic">{d.fidelity === 'unsupported' ? 'nothing drafted' : 'nothing to create'}</span>
        ) : (
          shown.map((t) => <TargetChip key={`${t.type}:${t.key}`} ws={ws} cs={cs} target={t} onClick={stop} />)
        )}
        {d.targets.length > shown.length && <span className="text-xs text-slate-500">+{d.targets.length - shown.length} more</span>}
      </div>
      <div role="cell" className="row-body flex flex-col items-start gap-1">
        <FidelityBadge fidelity={d.fidelity} />
        <RuleChip rule={d.rule} />
      </div>
      {!compact && (
        <div role="cell" className="row-body min-w-0 text-[13px] leading-snug">
          <p className="line-clamp-2 text-slate-700">{d.reason}</p>
          {d.lost && (
            <p className="mt-0.5 line-clamp-1 text-xs text-amber-800">
              <span className="font-semibold">Lost:</span> {d.lost}
            </p>
          )}
        </div>
      )}
      <div role="cell" className="flex flex-col items-start gap-1.5" onClick={stop}>
        <div className="flex flex-wrap items-center gap-1">
          <StateBadge state={d.userState} />
          {d.sourceChanged && <Badge tone="violet" title="Stripe changed this object since the previous draft: this draft took the change">changed in Stripe</Badge>}
          {d.isNew && <Badge tone="blue">new</Badge>}
        </div>
        {editable && (
          <div className="flex gap-1">
            {d.userState === 'excluded' ? (
              <Button size="sm" variant="secondary" busy={busy} onClick={() => onAct('restore')} aria-label={`Restore ${d.key}`}>Restore</Button>
            ) : (
              <>
                {d.userState !== 'accepted' && (
                  <Button size="sm" variant="secondary" busy={busy} onClick={() => onAct('accept')} aria-label={`Accept ${d.key}`}>
                    Accept
                  </Button>
                )}
                <Button size="sm" variant="ghost" disabled={busy} onClick={() => onAct('exclude')} aria-label={`Exclude ${d.key}`} className="text-rose-700 hover:bg-rose-50">
                  Exclude
                </Button>
              </>
            )}
          </div>
        )}
      </div>
    </div>
  )
}
