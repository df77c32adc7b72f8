import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { TImportRun } from '@/lib/contracts/imports'
import { apiFetch } from '../fetcher'
import { importKeys, stripeKeys, workspaceKeys } from '../keys'

export type { TImportRun } from '@/lib/contracts/imports'

export const isActiveRun = (r: Pick<TImportRun, 'status'>) => r.status === 'queued' || r.status === 'running'

/** Runs of one kind, polled every second while one is active. */
export function useImportRuns(ws: string, kind: 'catalog' | 'usage' = 'catalog') {
  return useQuery({
    queryKey: [...importKeys.lists(ws), kind],
    queryFn: () => apiFetch<TImportRun[]>(`/api/w/${ws}/imports?kind=${kind}`),
    refetchInterval: (q) => (q.state.data?.some(isActiveRun) ? 1000 : false),
  })
}

export function useStartImport(ws: string) {
  const qc = useQueryClient()
  return useMutation({
    mutationFn: () => apiFetch<{ id: string }>(`/api/w/${ws}/imports`, { method: 'POST', json: {} }),
    onSettled: () => qc.invalidateQueries({ queryKey: importKeys.all(ws) }),
  })
}

export function useCancelImport(ws: string) {
  const qc = useQueryClient()
  return useMutation({
    mutationFn: (id: string) => apiFetch(`/api/w/${ws}/imports/${id}/cancel`, { method: 'POST', json: {} }),
    onSettled: () => qc.invalidateQueries({ queryKey: importKeys.all(ws) }),
  })
}

/** Refresh everything that shows imported data once a run ends. */
export function useInvalidateImported(ws: string) {
  const qc = useQueryClient()
  return () => Promise.all([qc.invalidateQueries({ queryKey: stripeKeys.all(ws) }), qc.invalidateQueries({ queryKey: workspaceKeys.summary(ws) })])
}
