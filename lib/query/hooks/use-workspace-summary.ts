import { useQuery } from '@tanstack/react-query'
import type { TConnections } from '@/lib/contracts/connections'
import { apiFetch } from '../fetcher'
import { workspaceKeys } from '../keys'

export type TWorkspaceSummary = {
  workspace: { slug: string; name: string }
  role: 'admin' | 'editor' | 'reviewer' | 'viewer'
  connections: TConnections
  lastImport: { id: string; status: string; queuedAt: string; finishedAt: string | null; counts: Record<string, number> } | null
  stripeCounts: Record<string, number>
  openChangeSets: number
  publishedObjects: number
}

export function useWorkspaceSummary(ws: string) {
  return useQuery({ queryKey: workspaceKeys.summary(ws), queryFn: () => apiFetch<TWorkspaceSummary>(`/api/w/${ws}`) })
}
