import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { apiFetch } from '../fetcher'
import { importKeys, stripeKeys, workspaceKeys } from '../keys'

export type TImportRun = {
  id: string
  accountId: string
  status: 'queued' | 'running' | 'succeeded' | 'failed' | 'cancelled'
  trigger: string
  types: string[]
  counts: Record<string, number>
  changes: { created?: number; updated?: number; unchanged?: number; removed?: number }
  errors: Array<{ type: string; id: string; message: string }>
  progress: Record<string, { fetched: number; done: boolean }>
  checkpoint: Record<string, { fetched: number; done: boolean; pass: string }>
  cancelRequested: boolean
  queuedAt: string
  startedAt: string | null
  finishedAt: string | null
  durationMs: number | null
}

const isActive = (r: TImportRun) => r.status === 'queued' || r.status === 'running'

export function useImportRuns(ws: string) {
  return useQuery({
    queryKey: importKeys.lists(ws),
    queryFn: () => apiFetch<TImportRun[]>(`/api/w/${ws}/imports`),
    refetchInterval: (q) => (q.state.data?.some(isActive) ? 1000 : false),
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
