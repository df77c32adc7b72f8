'use client'

/** One imported Stripe type as a searchable, filterable grid; filters live in the URL. */
import { usePathname, useRouter, useSearchParams } from 'next/navigation'
import { useCallback, useEffect, useMemo, useState } from 'react'
import { PageHeader } from '@/components/layout/page-header'
import { Badge } from '@/components/ui/badge'
import { Card } from '@/components/ui/card'
import { EmptyState, Spinner } from '@/components/ui/empty-state'
import { Input, Select } from '@/components/ui/field'
import { flattenPages, useStripeObjects, type TStripeFilters } from '@/lib/query/hooks/use-stripe-objects'
import { columnsFor } from './columns'
import { DataGrid } from './data-grid'
import { count, TYPE_LABEL } from './format'
import { objectHref } from './object-link'

const DESCRIPTIONS: Record<string, string> = {
  meter: 'Billing meters. Each becomes a Metronome billable metric; dimensions become group keys, which can never change once published.',
  product: 'Products, active and archived, with how many of their prices are still active.',
  price: 'Every price — active, archived and inline — with tiers, transforms, currency options and how many current subscriptions use it.',
  customer: 'Customers with their subscriptions, credit grants and remaining credit balance.',
  subscription: 'All subscriptions, canceled ones included, with their items.',
  subscription_schedule: 'Scheduled changes: future phases and the prices they move to.',
  credit_grant: 'Credit grants with the balance each has left, priority (0 is spent first) and expiry.',
  coupon: 'Coupons, for the mapping of discounts.',
  promotion_code: 'Promotion codes and the coupons they apply.',
  discount: 'Discounts applied to customers and subscriptions.',
}

const INACTIVE_LABEL: Record<string, string> = { price: 'Archived', product: 'Archived', meter: 'Inactive', subscription: 'Ended', credit_grant: 'Voided', coupon: 'Invalid', subscription_schedule: 'Finished' }
const SUB_STATUSES = ['active', 'trialing', 'past_due', 'unpaid', 'paused', 'incomplete', 'canceled', 'incomplete_expired']
const FILTER_KEYS = ['q', 'state', 'subtype', 'scheme', 'currency', 'product', 'meter', 'customer', 'status', 'sort'] as const

export function StripeBrowser({ ws, type, canDesign }: Readonly<{ ws: string; type: string; canDesign: boolean }>) {
  const router = useRouter()
  const pathname = usePathname()
  const params = useSearchParams()
  const filters: TStripeFilters = useMemo(() => Object.fromEntries(FILTER_KEYS.map((k) => [k, params.get(k) ?? undefined])), [params])
  const [q, setQ] = useState(filters.q ?? '')

  const setFilter = useCallback(
    (patch: Partial<TStripeFilters>) => {
      const next = new URLSearchParams(params)
      for (const [k, v] of Object.entries(patch)) {
        if (v) next.set(k, v)
        else next.delete(k)
      }
      router.replace(`${pathname}${next.size ? `?${next}` : ''}`, { scroll: false })
    },
    [params, pathname, router],
  )

  // Search as you type, without a request per keystroke.
  useEffect(() => {
    if (q === (filters.q ?? '')) return
    const t = setTimeout(() => setFilter({ q }), 250)
    return () => clearTimeout(t)
  }, [q, filters.q, setFilter])

  const query = useStripeObjects(ws, type, filters)
  const rows = useMemo(() => flattenPages(query.data?.pages), [query.data])
  const first = query.data?.pages[0]
  const columns = useMemo(() => columnsFor(type, ws, { canDesign }), [type, ws, canDesign])
  const label = TYPE_LABEL[type] ?? { one: type, many: type }
  const scoped = (['product', 'meter', 'customer'] as const).filter((k) => filters[k])

  return (
    <>
      <PageHeader
        eyebrow={<>Stripe{first?.accountId && <> · <span className="font-mono">{first.accountId}</span></>}{first?.livemode !== null && first?.livemode !== undefined && <Badge tone={first.livemode ? 'red' : 'blue'} className="ml-2">{first.livemode ? 'live' : 'test'}</Badge>}</>}
        title={label.many}
        description={DESCRIPTIONS[type]}
      />
      <Card>
        <div className="flex flex-wrap items-center gap-2 border-b border-slate-100 px-5 py-3">
          <Input aria-label="Search" placeholder={`Search ${label.many.toLowerCase()} by name, id${type === 'price' ? ', lookup key' : type === 'customer' ? ', email' : ''}`} value={q} onChange={(e) => setQ(e.target.value)} className="w-72" />
          <Select aria-label="State" value={filters.state ?? ''} onChange={(e) => setFilter({ state: e.target.value })} className="w-36 text-xs">
            <option value="">All current</option>
            <option value="active">Active</option>
            <option value="inactive">{INACTIVE_LABEL[type] ?? 'Inactive'}</option>
            <option value="removed">Removed</option>
          </Select>
          {type === 'price' && (
            <>
              <Select aria-label="Kind" value={filters.subtype ?? ''} onChange={(e) => setFilter({ subtype: e.target.value })} className="w-36 text-xs">
                <option value="">Any billing</option>
                <option value="metered">Metered</option>
                <option value="licensed">Licensed</option>
                <option value="one_time">One-time</option>
              </Select>
              <Select aria-label="Scheme" value={filters.scheme ?? ''} onChange={(e) => setFilter({ scheme: e.target.value })} className="w-36 text-xs">
                <option value="">Any scheme</option>
                <option value="per_unit">Per unit</option>
                <option value="tiered">Tiered</option>
              </Select>
            </>
          )}
          {type === 'subscription' && (
            <Select aria-label="Status" value={filters.status ?? ''} onChange={(e) => setFilter({ status: e.target.value })} className="w-40 text-xs">
              <option value="">Any status</option>
              {SUB_STATUSES.map((s) => <option key={s} value={s}>{s.replaceAll('_', ' ')}</option>)}
            </Select>
          )}
          {first?.currencies && first.currencies.length > 1 && (
            <Select aria-label="Currency" value={filters.currency ?? ''} onChange={(e) => setFilter({ currency: e.target.value })} className="w-36 text-xs">
              <option value="">Any currency</option>
              {first.currencies.map((c) => <option key={c} value={c}>{c.toUpperCase()}</option>)}
            </Select>
          )}
          <Select aria-label="Sort" value={filters.sort ?? 'created'} onChange={(e) => setFilter({ sort: e.target.value === 'created' ? '' : e.target.value })} className="w-32 text-xs">
            <option value="created">Newest</option>
            <option value="name">Name</option>
            <option value="id">ID</option>
          </Select>
          {scoped.map((k) => (
            <button key={k} onClick={() => setFilter({ [k]: '' })} className="inline-flex items-center gap-1 rounded-md bg-brand-50 px-2 py-1 font-mono text-xs text-brand-700 ring-1 ring-brand-100 hover:bg-brand-100" title="Remove filter">
              {k}: {filters[k]} ×
            </button>
          ))}
          <span className="ml-auto text-xs text-slate-500 tabular" data-testid="browser-count">
            {first ? `${count(first.total)} ${first.total === 1 ? label.one.toLowerCase() : label.many.toLowerCase()}` : ''}
            {query.isFetching && !query.isLoading ? ' · updating…' : ''}
          </span>
        </div>
        {query.isLoading ? (
          <Spinner />
        ) : !rows.length ? (
          <EmptyState title={`No ${label.many.toLowerCase()}`}>{first?.accountId ? 'Nothing matches these filters.' : 'Connect Stripe and run an import first.'}</EmptyState>
        ) : (
          <DataGrid
            rows={rows}
            columns={columns}
            rowId={(r) => r.id}
            rowHref={(r) => objectHref(ws, type, r.id)}
            hasMore={query.hasNextPage}
            loadingMore={query.isFetchingNextPage}
            onLoadMore={() => void query.fetchNextPage()}
            testId={`stripe-${type}-grid`}
          />
        )}
      </Card>
    </>
  )
}
