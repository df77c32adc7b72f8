import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { TStartUsageFetch } from '@/lib/contracts/imports'
import type { TUsageRow } from '@/lib/contracts/stripe-data'
import { apiFetch } from '../fetcher'
import { importKeys, usageKeys } from '../keys'

export function useUsage(ws: string, filters: { customer?: string; run?: string }) {
  const clean = Object.fromEntries(Object.entries(filters).filter(([, v]) => !!v)) as Record<string, string>
  return useQuery({
    queryKey: usageKeys.list(ws, clean),
    queryFn: () => apiFetch<{ rows: TUsageRow[] }>(`/api/w/${ws}/usage?${new URLSearchParams(clean)}`),
    enabled: Object.keys(clean).length > 0,
  })
}

export function useStartUsageFetch(ws: string) {
  const qc = useQueryClient()
  return useMutation({
    mutationFn: (input: TStartUsageFetch) => apiFetch<{ id: string }>(`/api/w/${ws}/usage`, { method: 'POST', json: input }),
    onSettled: () => Promise.all([qc.invalidateQueries({ queryKey: importKeys.all(ws) }), qc.invalidateQueries({ queryKey: usageKeys.all(ws) })]),
  })
}
