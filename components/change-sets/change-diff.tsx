'use client'

import { plural } from '@/lib/catalog/plural'
import { useState } from 'react'
import { Badge, type Tone } from '@/components/ui/badge'
import type { Change } from '@/lib/catalog/diff'

const ACTION_TONE: Record<string, Tone> = { create: 'green', update: 'blue', replace: 'amber', archive: 'red', noop: 'gray' }
const KIND_LABEL: Record<string, string> = { billable_metric: 'Billable metric', product: 'Product', pricing_unit: 'Pricing unit', rate_card: 'Rate card', rate: 'Rate', package: 'Package', contract: 'Contract preview' }

function short(v: unknown): string {
  if (v === undefined) return '—'
  const s = typeof v === 'string' ? v : JSON.stringify(v)
  return s.length > 160 ? `${s.slice(0, 157)}…` : s
}

/** A reviewer-readable diff: per object, what happens in Metronome and which fields change. */
export function ChangeDiff({ changes }: Readonly<{ changes: Change[] }>) {
  const [open, setOpen] = useState<Record<string, boolean>>({})
  const [limit, setLimit] = useState(200)
  if (!changes.length) return <p className="px-5 py-6 text-sm text-slate-500">Nothing to change: this change set matches what is published.</p>
  const counts = changes.reduce<Record<string, number>>((a, c) => ({ ...a, [c.action]: (a[c.action] ?? 0) + 1 }), {})
  return (
    <div data-testid="change-diff">
      <div className="flex flex-wrap gap-2 border-b border-slate-100 px-5 py-3">
        {Object.entries(counts).map(([a, n]) => <Badge key={a} tone={ACTION_TONE[a]}>{n} {a}</Badge>)}
      </div>
      <ul className="divide-y divide-slate-100">
        {changes.slice(0, limit).map((c) => {
          const id = `${c.kind}:${c.key}`
          const fields = c.fields.filter((f) => !f.local)
          return (
            <li key={id} className="px-5 py-2.5">
              <button type="button" className="flex w-full items-center gap-2 text-left" onClick={() => setOpen((o) => ({ ...o, [id]: !o[id] }))} aria-expanded={!!open[id]}>
                <Badge tone={ACTION_TONE[c.action]}>{c.action}</Badge>
                <span className="text-xs text-slate-500">{KIND_LABEL[c.kind] ?? c.kind}</span>
                <code className="truncate font-mono text-xs text-slate-900">{c.key}</code>
                {c.action !== 'create' && <span className="ml-auto text-xs text-slate-400">{plural(fields.length, 'field')}</span>}
              </button>
              {c.reason && <p className="mt-1 text-xs text-amber-800">{c.reason}</p>}
              {open[id] && c.action !== 'create' && fields.length > 0 && (
                <table className="mt-2 w-full table-fixed text-xs">
                  <thead className="text-left text-slate-500"><tr><th className="w-48 py-1">Field</th><th className="py-1">Published</th><th className="py-1">This change set</th></tr></thead>
                  <tbody>
                    {fields.map((f) => (
                      <tr key={f.path} className="align-top">
                        <td className="py-1 font-mono">{f.path}{f.immutable && <Badge tone="amber" className="ml-1">immutable</Badge>}</td>
                        <td className="py-1 pr-2 font-mono break-all text-rose-700">{short(f.before)}</td>
                        <td className="py-1 font-mono break-all text-emerald-700">{short(f.after)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
            </li>
          )
        })}
      </ul>
      {changes.length > limit && (
        <button type="button" className="w-full border-t border-slate-100 px-5 py-2 text-sm text-brand-600 hover:bg-slate-50" onClick={() => setLimit((l) => l + 500)}>
          Show more ({changes.length - limit} left)
        </button>
      )}
    </div>
  )
}
