import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { Change } from '@/lib/catalog/diff'
import type { Issue } from '@/lib/catalog/validation/issue'
import { apiFetch } from '../fetcher'

export type TChangeSetRow = { id: string; number: number; title: string; status: string; origin: string; author: string | null; approvedBy: string | null; updatedAt: string; createdAt: string }

export type TChangeSetReview = TChangeSetRow & {
  description: string | null
  authorId: string | null
  submittedAt: string | null
  approvedAt: string | null
  counts: Record<string, number>
  issues: Issue[]
  changes: Change[]
  approvals: Array<{ reviewer: string; decision: string; comment: string | null; at: string }>
}

export const changeSetKeys = {
  all: (ws: string) => ['w', ws, 'change-sets'] as const,
  lists: (ws: string) => ['w', ws, 'change-sets', 'list'] as const,
  detail: (ws: string, id: string) => ['w', ws, 'change-sets', 'detail', id] as const,
}

export function useChangeSets(ws: string) {
  return useQuery({ queryKey: changeSetKeys.lists(ws), queryFn: () => apiFetch<TChangeSetRow[]>(`/api/w/${ws}/change-sets`) })
}

export function useChangeSetReview(ws: string, id: string) {
  return useQuery({ queryKey: changeSetKeys.detail(ws, id), queryFn: () => apiFetch<TChangeSetReview>(`/api/w/${ws}/change-sets/${id}`) })
}

export function useChangeSetTransition(ws: string, id: string) {
  const qc = useQueryClient()
  return useMutation({
    mutationFn: ({ verb, comment }: { verb: 'submit' | 'approve' | 'reject' | 'reopen'; comment?: string }) =>
      apiFetch<{ status: string }>(`/api/w/${ws}/change-sets/${id}/${verb}`, { method: 'POST', json: comment ? { comment } : {} }),
    onSettled: () => qc.invalidateQueries({ queryKey: changeSetKeys.all(ws) }),
  })
}
