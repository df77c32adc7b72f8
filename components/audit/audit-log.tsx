'use client'

import { useQuery } from '@tanstack/react-query'
import { useMemo, useState } from 'react'
import { PageHeader } from '@/components/layout/page-header'
import { Card } from '@/components/ui/card'
import { EmptyState, Spinner } from '@/components/ui/empty-state'
import { Input } from '@/components/ui/field'
import { apiFetch } from '@/lib/query/fetcher'
import { workspaceKeys } from '@/lib/query/keys'
import { formatDateTime } from '@/lib/utils'

type Event = { id: string; action: string; actorEmail: string | null; targetType: string | null; targetId: string | null; data: Record<string, unknown>; createdAt: string }

/** One short line per detail: scalars as they are, nested values as compact JSON cut at 80 characters. */
function detailLines(data: Record<string, unknown>): Array<[string, string]> {
  return Object.entries(data).map(([k, v]) => {
    const text = typeof v === 'string' ? v : JSON.stringify(v)
    return [k, text.length > 80 ? `${text.slice(0, 79)}…` : text]
  })
}

function matches(e: Event, q: string): boolean {
  if (!q) return true
  const hay = `${e.action} ${e.actorEmail ?? 'system'} ${e.targetType ?? ''} ${e.targetId ?? ''} ${JSON.stringify(e.data)}`.toLowerCase()
  return q.toLowerCase().split(/\s+/).every((w) => hay.includes(w))
}

export function AuditLog({ ws }: Readonly<{ ws: string }>) {
  const { data, isLoading } = useQuery({ queryKey: workspaceKeys.audit(ws), queryFn: () => apiFetch<Event[]>(`/api/w/${ws}/audit`) })
  const [q, setQ] = useState('')
  const shown = useMemo(() => (data ?? []).filter((e) => matches(e, q.trim())), [data, q])
  return (
    <>
      <PageHeader title="Audit log" description="Every change to connections, imports, the catalogue, reviews and publishes, with who did it and when." />
      <Card>
        {isLoading ? <Spinner /> : !data?.length ? <EmptyState title="Nothing recorded yet" /> : (
          <>
          <div className="flex items-center gap-3 border-b border-slate-100 px-5 py-3">
            <Input aria-label="Filter the audit log" placeholder="Filter by action, member, target or detail" value={q} onChange={(e) => setQ(e.target.value)} className="max-w-sm" />
            <span className="ml-auto text-xs text-slate-500">{shown.length === data.length ? `${data.length} events` : `${shown.length} of ${data.length} events`}</span>
          </div>
          <table className="min-w-full text-sm" data-testid="audit-table">
            <thead className="bg-slate-50 text-left text-xs font-medium text-slate-500">
              <tr><th className="px-5 py-2">When</th><th className="px-3 py-2">Who</th><th className="px-3 py-2">Action</th><th className="px-3 py-2">Target</th><th className="px-3 py-2">Details</th></tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {shown.map((e) => (
                <tr key={e.id} className="align-top">
                  <td className="px-5 py-2 whitespace-nowrap text-slate-600">{formatDateTime(e.createdAt)}</td>
                  <td className="px-3 py-2">{e.actorEmail ?? <span className="text-slate-400">system</span>}</td>
                  <td className="px-3 py-2"><code className="font-mono text-xs">{e.action}</code></td>
                  <td className="max-w-56 px-3 py-2 font-mono text-xs break-all text-slate-600">{e.targetType ? (e.targetId ? `${e.targetType}:${e.targetId}` : e.targetType) : '—'}</td>
                  <td className="px-3 py-2 text-xs text-slate-600">
                    <dl className="space-y-0.5">
                      {detailLines(e.data).map(([k, v]) => (
                        <div key={k} className="flex gap-1.5"><dt className="shrink-0 text-slate-400">{k}</dt><dd className="font-mono break-all">{v}</dd></div>
                      ))}
                    </dl>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          </>
        )}
      </Card>
    </>
  )
}
