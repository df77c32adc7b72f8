import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type {
  TApplyResult,
  TChangeSetRef,
  TDecisionDetail,
  TDecisionList,
  TDecisionMutation,
  TDesignObject,
  TDraftOverview,
  TDraftSettingsResponse,
  TDraftSettingsUpdate,
  TSampleEventSet,
  TUploadResult,
} from '@/lib/contracts/drafts'
import type { IntegrationPattern } from '@/lib/catalog/mapping/types'
import { apiFetch } from '../fetcher'
import { draftKeys, workspaceKeys } from '../keys'

const base = (ws: string) => `/api/w/${ws}`
const enc = encodeURIComponent

export function useDraftOverview(ws: string, cs?: string) {
  return useQuery({ queryKey: draftKeys.overview(ws, cs), queryFn: () => apiFetch<TDraftOverview>(`${base(ws)}/drafts${cs ? `?changeSet=${enc(cs)}` : ''}`) })
}

export function useRunDraft(ws: string) {
  const qc = useQueryClient()
  return useMutation({
    mutationFn: () => apiFetch<{ changeSetId: string; number: number; decisions: number; counts: Record<string, number>; redraft: boolean }>(`${base(ws)}/drafts`, { method: 'POST', json: {} }),
    onSettled: async () => {
      await qc.invalidateQueries({ queryKey: draftKeys.all(ws) })
      await qc.invalidateQueries({ queryKey: workspaceKeys.summary(ws) })
    },
  })
}

export function useDecisions(ws: string, cs: string) {
  return useQuery({ queryKey: draftKeys.decisions(ws, cs), queryFn: () => apiFetch<TDecisionList>(`${base(ws)}/drafts/${enc(cs)}/decisions`), placeholderData: keepPreviousData, staleTime: 30_000 })
}

export function useDecisionDetail(ws: string, cs: string, id: string | null) {
  return useQuery({
    queryKey: draftKeys.decision(ws, cs, id ?? ''),
    queryFn: () => apiFetch<TDecisionDetail>(`${base(ws)}/drafts/${enc(cs)}/decisions/${enc(id!)}`),
    enabled: !!id,
  })
}

/** Patches the decision into every cached list, then refreshes what the change touched. */
function useDecisionSettled(ws: string) {
  const qc = useQueryClient()
  return {
    onSuccess: (r: TDecisionMutation) => {
      // The map may have loaded the list as "latest" or by id: patch every cached list of the workspace.
      qc.setQueriesData<TDecisionList>({ queryKey: ['w', ws, 'drafts', 'decisions'] }, (old) =>
        old ? { ...old, decisions: old.decisions.map((d) => (d.id === r.decision.id ? r.decision : d)) } : old,
      )
    },
    onSettled: async () => {
      await qc.invalidateQueries({ queryKey: ['w', ws, 'drafts', 'decision'] })
      await qc.invalidateQueries({ queryKey: ['w', ws, 'drafts', 'overview'] })
      await qc.invalidateQueries({ queryKey: ['w', ws, 'drafts', 'object'] })
    },
  }
}

export function useDecisionAction(ws: string, cs: string) {
  return useMutation({
    mutationFn: (v: { id: string; action: 'accept' | 'exclude' | 'restore' | 'reset'; note?: string }) =>
      apiFetch<TDecisionMutation>(`${base(ws)}/drafts/${enc(cs)}/decisions/${enc(v.id)}`, { method: 'POST', json: { action: v.action, ...(v.note !== undefined ? { note: v.note } : {}) } }),
    ...useDecisionSettled(ws),
  })
}

export function useChangeTargets(ws: string, cs: string) {
  return useMutation({
    mutationFn: (v: { id: string; objects: Array<{ type: string; key: string; doc: unknown }>; note?: string }) =>
      apiFetch<TDecisionMutation>(`${base(ws)}/drafts/${enc(cs)}/decisions/${enc(v.id)}`, { method: 'PUT', json: { objects: v.objects, ...(v.note !== undefined ? { note: v.note } : {}) } }),
    ...useDecisionSettled(ws),
  })
}

export function useDesignObject(ws: string, cs: string, kind: string, key: string) {
  return useQuery({ queryKey: draftKeys.object(ws, cs, kind, key), queryFn: () => apiFetch<TDesignObject>(`${base(ws)}/drafts/${enc(cs)}/objects/${enc(kind)}/${enc(key)}`) })
}

export function useDraftSettings(ws: string) {
  return useQuery({ queryKey: draftKeys.settings(ws), queryFn: () => apiFetch<TDraftSettingsResponse>(`${base(ws)}/settings/drafting`) })
}

export function useUpdateDraftSettings(ws: string) {
  const qc = useQueryClient()
  return useMutation({
    mutationFn: (body: { cutoverAt?: string; integrationPattern?: IntegrationPattern | null }) => apiFetch<TDraftSettingsUpdate>(`${base(ws)}/settings/drafting`, { method: 'PATCH', json: body }),
    onSuccess: (r) => qc.setQueryData(draftKeys.settings(ws), r),
    onSettled: () => qc.invalidateQueries({ queryKey: draftKeys.all(ws) }),
  })
}

export function useSampleEventSets(ws: string) {
  return useQuery({ queryKey: draftKeys.sampleEvents(ws), queryFn: () => apiFetch<{ sets: TSampleEventSet[] }>(`${base(ws)}/sample-events`) })
}

export function useUploadSampleEvents(ws: string) {
  const qc = useQueryClient()
  return useMutation({
    mutationFn: (body: { name: string; text: string; skipInvalid?: boolean }) => apiFetch<TUploadResult>(`${base(ws)}/sample-events`, { method: 'POST', json: body }),
    onSettled: () => qc.invalidateQueries({ queryKey: draftKeys.sampleEvents(ws) }),
  })
}

export function useDeleteSampleEvents(ws: string) {
  const qc = useQueryClient()
  return useMutation({
    mutationFn: (id: string) => apiFetch<{ deleted: true }>(`${base(ws)}/sample-events/${enc(id)}`, { method: 'DELETE' }),
    onSettled: () => qc.invalidateQueries({ queryKey: draftKeys.sampleEvents(ws) }),
  })
}

export function useChangeSets(ws: string) {
  return useQuery({
    queryKey: draftKeys.changeSets(ws),
    queryFn: () => apiFetch<{ latestOpenId: string | null; changeSets: Array<TChangeSetRef> }>(`${base(ws)}/catalog/change-sets`),
  })
}

export function useApplyCatalog(ws: string) {
  const qc = useQueryClient()
  return useMutation({
    mutationFn: (body: { text: string; title?: string }) => apiFetch<TApplyResult>(`${base(ws)}/catalog/apply`, { method: 'POST', json: body }),
    onSettled: () => qc.invalidateQueries({ queryKey: draftKeys.all(ws) }),
  })
}

/** The export's text (for the preview and the download). */
export function useExportText(ws: string, cs: string | null) {
  return useQuery({
    queryKey: [...draftKeys.changeSets(ws), 'export', cs ?? 'latest'],
    queryFn: async () => {
      const res = await fetch(`${base(ws)}/catalog/export?inline=1${cs ? `&changeSet=${enc(cs)}` : ''}`, { credentials: 'same-origin' })
      const text = await res.text()
      if (!res.ok) {
        let detail = `Export failed (${res.status})`
        try {
          detail = (JSON.parse(text) as { detail?: string }).detail ?? detail
        } catch {
          /* keep the status line */
        }
        throw new Error(detail)
      }
      return text
    },
    enabled: cs !== undefined,
  })
}

export function useBulkDecisions(ws: string, cs: string) {
  const qc = useQueryClient()
  return useMutation({
    mutationFn: (v: { ids: string[]; action: 'accept' | 'reset' }) => apiFetch<{ changed: number; skipped: number }>(`${base(ws)}/drafts/${enc(cs)}/decisions`, { method: 'POST', json: v }),
    onSettled: () => qc.invalidateQueries({ queryKey: ['w', ws, 'drafts'] }),
  })
}
