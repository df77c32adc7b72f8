import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { TMember } from '@/lib/contracts/members'
import { apiFetch } from '../fetcher'
import { workspaceKeys } from '../keys'

export function useMembers(ws: string) {
  return useQuery({ queryKey: workspaceKeys.members(ws), queryFn: () => apiFetch<TMember[]>(`/api/w/${ws}/members`) })
}

export function useMemberMutations(ws: string) {
  const qc = useQueryClient()
  const onSettled = () => qc.invalidateQueries({ queryKey: workspaceKeys.members(ws) })
  return {
    add: useMutation({ mutationFn: (body: { email: string; role: string; password?: string }) => apiFetch(`/api/w/${ws}/members`, { method: 'POST', json: body }), onSettled }),
    update: useMutation({ mutationFn: ({ userId, ...body }: { userId: string; role?: string; password?: string }) => apiFetch(`/api/w/${ws}/members/${userId}`, { method: 'PATCH', json: body }), onSettled }),
    remove: useMutation({ mutationFn: (userId: string) => apiFetch(`/api/w/${ws}/members/${userId}`, { method: 'DELETE' }), onSettled }),
  }
}
