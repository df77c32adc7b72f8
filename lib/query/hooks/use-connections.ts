import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { TConnections } from '@/lib/contracts/connections'
import { apiFetch } from '../fetcher'
import { connectionKeys, workspaceKeys } from '../keys'

export function useConnections(ws: string) {
  return useQuery({ queryKey: connectionKeys.all(ws), queryFn: () => apiFetch<TConnections>(`/api/w/${ws}/connections`) })
}

export function useConnect(ws: string, which: 'stripe' | 'metronome') {
  const qc = useQueryClient()
  return useMutation({
    mutationFn: (body: Record<string, unknown>) => apiFetch<Record<string, unknown>>(`/api/w/${ws}/connections/${which}`, { method: 'PUT', json: body }),
    onSettled: async () => {
      await qc.invalidateQueries({ queryKey: connectionKeys.all(ws) })
      await qc.invalidateQueries({ queryKey: workspaceKeys.summary(ws) })
    },
  })
}
