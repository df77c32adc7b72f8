'use client'

import Link from 'next/link'
import { PageHeader } from '@/components/layout/page-header'
import { Card } from '@/components/ui/card'
import { EmptyState, Spinner } from '@/components/ui/empty-state'
import { useChangeSets } from '@/lib/query/hooks/use-change-sets'
import { formatDateTime } from '@/lib/utils'
import { ChangeSetStatus } from './change-set-status'

export function ChangeSetList({ ws }: Readonly<{ ws: string }>) {
  const { data, isLoading } = useChangeSets(ws)
  return (
    <>
      <PageHeader title="Change sets" description="Each change set is a whole catalogue design. Review compares it with what is published in Metronome; only an approved change set can be published." />
      <Card>
        {isLoading ? (
          <Spinner />
        ) : !data?.length ? (
          <EmptyState title="No change sets yet">
            <Link href={`/w/${ws}/auto-draft`} className="text-brand-600 hover:underline">Auto-draft one</Link> from the imported Stripe catalogue,{' '}
            <Link href={`/w/${ws}/catalog-code`} className="text-brand-600 hover:underline">apply a catalogue JSON</Link>, or{' '}
            <Link href={`/w/${ws}/stripe/meter`} className="text-brand-600 hover:underline">create a billable metric from a meter</Link>.
          </EmptyState>
        ) : (
          <table className="min-w-full text-sm" data-testid="change-sets-table">
            <thead className="bg-slate-50 text-left text-xs font-medium text-slate-500">
              <tr><th className="px-5 py-2">Change set</th><th className="px-3 py-2">Status</th><th className="px-3 py-2">Origin</th><th className="px-3 py-2">Author</th><th className="px-3 py-2">Updated</th></tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {data.map((c) => (
                <tr key={c.id}>
                  <td className="px-5 py-2.5">
                    <Link href={`/w/${ws}/change-sets/${c.id}`} className="font-medium text-slate-900 hover:text-brand-600">CS-{c.number} · {c.title}</Link>
                  </td>
                  <td className="px-3 py-2.5"><ChangeSetStatus status={c.status} /></td>
                  <td className="px-3 py-2.5 text-slate-600">{c.origin.replace('_', '-')}</td>
                  <td className="px-3 py-2.5 text-slate-600">{c.author ?? '—'}</td>
                  <td className="px-3 py-2.5 whitespace-nowrap text-slate-500">{formatDateTime(c.updatedAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Card>
    </>
  )
}
