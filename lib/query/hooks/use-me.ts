import { useQuery } from '@tanstack/react-query'
import type { TMe } from '@/lib/contracts/auth'
import { apiFetch } from '../fetcher'
import { meKeys } from '../keys'

export function useMe() {
  return useQuery({ queryKey: meKeys.me, queryFn: () => apiFetch<TMe>('/api/auth/me'), staleTime: 60_000 })
}
