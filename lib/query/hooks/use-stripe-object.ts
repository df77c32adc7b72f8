import { useQuery } from '@tanstack/react-query'
import { apiFetch } from '../fetcher'
import { stripeKeys } from '../keys'

export function useStripeObject(ws: string, type: string, id: string | null) {
  return useQuery({
    queryKey: stripeKeys.detail(ws, type, id ?? ''),
    queryFn: () => apiFetch<{ stripeId: string; name: string | null; raw: Record<string, unknown> }>(`/api/w/${ws}/stripe/${type}/${id}`),
    enabled: !!id,
  })
}
