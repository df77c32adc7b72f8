'use client'

import { Badge } from '@/components/ui/badge'
import { Card, CardHeader } from '@/components/ui/card'
import { EmptyState } from '@/components/ui/empty-state'
import type { GroupKeySuggestion } from '@/lib/catalog/mapping/types'

function Keys({ keys, tone = 'gray' }: Readonly<{ keys: string[]; tone?: 'gray' | 'violet' }>) {
  if (!keys.length) return <span className="text-slate-300">—</span>
  return (
    <span className="flex flex-wrap gap-1">
      {keys.map((k) => <Badge key={k} tone={tone} className="font-mono">{k}</Badge>)}
    </span>
  )
}

/** The group-key superset drafted per metric (M7) and where each key came from; what was kept out and why. */
export function GroupKeySuggestions({ suggestions }: Readonly<{ suggestions: GroupKeySuggestion[] }>) {
  return (
    <Card>
      <CardHeader
        title="Group keys"
        description="Group keys can never change once a metric exists, so the draft includes every dimension it can justify now: meter dimensions, the price-metadata keys that price the metric, and payload keys on every uploaded sample event. Identifiers and high-cardinality keys are kept out."
      />
      {suggestions.length === 0 ? (
        <EmptyState title="No streaming metrics drafted" />
      ) : (
        <div className="overflow-x-auto">
          <table className="min-w-full text-sm" data-testid="group-keys">
            <thead className="bg-slate-50 text-left text-xs font-medium text-slate-500">
              <tr>
                <th className="px-5 py-2">Metric</th>
                <th className="px-3 py-2">Drafted group keys</th>
                <th className="px-3 py-2">Meter dimensions</th>
                <th className="px-3 py-2">Price metadata</th>
                <th className="px-3 py-2">Sample events</th>
                <th className="px-3 py-2">Kept out</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100 align-top">
              {suggestions.map((s) => (
                <tr key={s.metric}>
                  <td className="px-5 py-2.5 font-mono text-xs text-slate-900">{s.metric}</td>
                  <td className="px-3 py-2.5">
                    {s.keys.length ? (
                      <span className="flex flex-col gap-1">{s.keys.map((g) => <Badge key={g.join()} tone="violet" className="w-fit font-mono">{g.join(' × ')}</Badge>)}</span>
                    ) : (
                      <span className="text-xs text-slate-400">none</span>
                    )}
                  </td>
                  <td className="px-3 py-2.5"><Keys keys={s.fromMeterDimensions} /></td>
                  <td className="px-3 py-2.5"><Keys keys={s.fromPriceMetadata} /></td>
                  <td className="px-3 py-2.5"><Keys keys={s.fromSampleEvents} /></td>
                  <td className="px-3 py-2.5 text-xs">
                    {s.excludedHighCardinality.length + s.notApplied.length === 0 ? (
                      <span className="text-slate-300">—</span>
                    ) : (
                      <ul className="space-y-1">
                        {s.excludedHighCardinality.map((e) => (
                          <li key={e.key}><code className="font-mono text-rose-700">{e.key}</code> <span className="text-slate-500">{e.why}{e.distinctValues !== null ? ` · ${e.distinctValues} distinct` : ''}</span></li>
                        ))}
                        {s.notApplied.map((e) => (
                          <li key={e.key}><code className="font-mono text-amber-700">{e.key}</code> <span className="text-slate-500">{e.why}</span></li>
                        ))}
                      </ul>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Card>
  )
}
