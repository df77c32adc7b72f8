import { useQuery } from '@tanstack/react-query'
import { useMemo } from 'react'
import type { TCatalog } from '@/lib/catalog/schemas'
import { createValidator, type ValidationContext, type Validator } from '@/lib/catalog/validation'
import { apiFetch } from '../fetcher'

type WireContext = Omit<ValidationContext, 'now'> & { now: string }

/**
 * A change set's catalogue and the workspace's validation context, loaded once, behind an incremental
 * validator: editors call `update` with each edit and get the same issues the server would compute.
 */
export function useChangeSetValidator(ws: string, changeSet: string): { validator: Validator | null; catalog: TCatalog | null } {
  const catalog = useQuery({
    queryKey: ['w', ws, 'validation', 'catalog', changeSet],
    queryFn: () => apiFetch<TCatalog>(`/api/w/${ws}/catalog/export?changeSet=${encodeURIComponent(changeSet)}&inline=1`),
    staleTime: 60_000,
  })
  const context = useQuery({ queryKey: ['w', ws, 'validation', 'context'], queryFn: () => apiFetch<WireContext>(`/api/w/${ws}/validation-context`), staleTime: 60_000 })
  const validator = useMemo(
    () => (catalog.data && context.data ? createValidator(catalog.data, { ...context.data, now: new Date(context.data.now) }) : null),
    [catalog.data, context.data],
  )
  return { validator, catalog: catalog.data ?? null }
}
