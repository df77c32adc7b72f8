import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { apiFetch } from '../fetcher'
import { stripeKeys } from '../keys'

export type TStripeObjectRow = {
  stripeId: string
  name: string | null
  active: boolean | null
  status: string | null
  currency: string | null
  productId: string | null
  meterId: string | null
  customerId: string | null
  stripeCreated: string | null
  removedAt: string | null
  raw: Record<string, unknown>
}

export type TStripeObjectPage = { accountId: string | null; total: number; nextCursor: string | null; items: TStripeObjectRow[] }

export function useStripeObjects(ws: string, type: string, filters: { q?: string; active?: string; limit?: number }) {
  const params = new URLSearchParams(Object.entries(filters).filter(([, v]) => v !== undefined && v !== '').map(([k, v]) => [k, String(v)]))
  return useQuery({
    queryKey: stripeKeys.list(ws, type, filters),
    queryFn: () => apiFetch<TStripeObjectPage>(`/api/w/${ws}/stripe/${type}?${params}`),
    placeholderData: keepPreviousData,
  })
}
