import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query'
import type { TStripePage, TStripeRow } from '@/lib/contracts/stripe-data'
import { apiFetch } from '../fetcher'
import { stripeKeys } from '../keys'

export type { TStripeRow, TStripePage } from '@/lib/contracts/stripe-data'
export type TStripeFilters = { q?: string; state?: string; subtype?: string; scheme?: string; currency?: string; product?: string; meter?: string; customer?: string; status?: string; sort?: string }

const PAGE = 500

/** One imported type, loaded page by page as the grid scrolls. */
export function useStripeObjects(ws: string, type: string, filters: TStripeFilters) {
  const clean = Object.fromEntries(Object.entries(filters).filter(([, v]) => v !== undefined && v !== ''))
  return useInfiniteQuery({
    queryKey: stripeKeys.list(ws, type, clean),
    queryFn: ({ pageParam }) => apiFetch<TStripePage>(`/api/w/${ws}/stripe/${type}?${new URLSearchParams({ ...clean, offset: String(pageParam), limit: String(PAGE) })}`),
    initialPageParam: 0,
    getNextPageParam: (last) => (last.offset + last.items.length < last.total ? last.offset + last.items.length : undefined),
    placeholderData: keepPreviousData,
  })
}

export function flattenPages(pages: TStripePage[] | undefined): TStripeRow[] {
  return pages?.flatMap((p) => p.items) ?? []
}
