'use client'

import { useQuery } from '@tanstack/react-query'
import { PageHeader } from '@/components/layout/page-header'
import { Card } from '@/components/ui/card'
import { EmptyState, Spinner } from '@/components/ui/empty-state'
import { apiFetch } from '@/lib/query/fetcher'
import { workspaceKeys } from '@/lib/query/keys'
import { formatDateTime } from '@/lib/utils'

type Event = { id: string; action: string; actorEmail: string | null; targetType: string | null; targetId: string | null; data: Record<string, unknown>; createdAt: string }

export function AuditLog({ ws }: Readonly<{ ws: string }>) {
  const { data, isLoading } = useQuery({ queryKey: workspaceKeys.audit(ws), queryFn: () => apiFetch<Event[]>(`/api/w/${ws}/audit`) })
  return (
    <>
      <PageHeader title="Audit log" description="Every change to connections, imports, the catalogue, reviews and publishes, with who did it and when." />
      <Card>
        {isLoading ? <Spinner /> : !data?.length ? <EmptyState title="Nothing recorded yet" /> : (
          <table className="min-w-full text-sm" data-testid="audit-table">
            <thead className="bg-slate-50 text-left text-xs font-medium text-slate-500">
              <tr><th className="px-5 py-2">When</th><th className="px-3 py-2">Who</th><th className="px-3 py-2">Action</th><th className="px-3 py-2">Target</th><th className="px-3 py-2">Details</th></tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {data.map((e) => (
                <tr key={e.id} className="align-top">
                  <td className="px-5 py-2 whitespace-nowrap text-slate-600">{formatDateTime(e.createdAt)}</td>
                  <td className="px-3 py-2">{e.actorEmail ?? <span className="text-slate-400">system</span>}</td>
                  <td className="px-3 py-2"><code className="font-mono text-xs">{e.action}</code></td>
                  <td className="px-3 py-2 font-mono text-xs text-slate-600">{e.targetType ? `${e.targetType}:${e.targetId ?? ''}` : '—'}</td>
                  <td className="max-w-md truncate px-3 py-2 font-mono text-xs text-slate-500">{Object.keys(e.data).length ? JSON.stringify(e.data) : ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Card>
    </>
  )
}
