import { useQuery } from '@tanstack/react-query'
import type { TStripeDetail } from '@/lib/contracts/stripe-data'
import { apiFetch } from '../fetcher'
import { stripeKeys } from '../keys'

export type { TStripeDetail } from '@/lib/contracts/stripe-data'

export function useStripeObject(ws: string, type: string, id: string | null) {
  return useQuery({
    queryKey: stripeKeys.detail(ws, type, id ?? ''),
    queryFn: () => apiFetch<TStripeDetail>(`/api/w/${ws}/stripe/${type}/${encodeURIComponent(id!)}`),
    enabled: !!id,
  })
}
