import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { TDraftBillableMetric } from '@/lib/catalog/schemas'
import type { TMetricDetail, TMetricRow } from '@/lib/contracts/metrics'
import { apiFetch } from '../fetcher'
import { metricKeys, workspaceKeys } from '../keys'

export function useMetrics(ws: string) {
  return useQuery({ queryKey: metricKeys.lists(ws), queryFn: () => apiFetch<{ changeSet: { id: string; number: number } | null; metrics: TMetricRow[] }>(`/api/w/${ws}/metrics`) })
}

export function useMetric(ws: string, key: string) {
  return useQuery({ queryKey: metricKeys.detail(ws, key), queryFn: () => apiFetch<TMetricDetail>(`/api/w/${ws}/metrics/${encodeURIComponent(key)}`) })
}

export function useCreateMetric(ws: string) {
  const qc = useQueryClient()
  return useMutation({
    mutationFn: (body: { metric: Omit<TDraftBillableMetric, 'key'> & { key?: string }; meterId?: string }) =>
      apiFetch<{ metric: TDraftBillableMetric; changeSetNumber: number }>(`/api/w/${ws}/metrics`, { method: 'POST', json: body }),
    onSettled: () => qc.invalidateQueries({ queryKey: metricKeys.all(ws) }),
  })
}

export function usePublishMetric(ws: string, key: string) {
  const qc = useQueryClient()
  return useMutation({
    mutationFn: () => apiFetch<{ metronomeId: string; status: string }>(`/api/w/${ws}/metrics/${encodeURIComponent(key)}/publish`, { method: 'POST', json: {} }),
    onSettled: async () => {
      await qc.invalidateQueries({ queryKey: metricKeys.all(ws) })
      await qc.invalidateQueries({ queryKey: workspaceKeys.summary(ws) })
    },
  })
}
