'use client'

import Link from 'next/link'
import { Badge } from '@/components/ui/badge'
import { Ticks } from '@/components/ui/ticks'
import type { Issue } from '@/lib/catalog/validation/issue'
import { ruleInfo } from '@/lib/catalog/validation/rule-catalog'
import { cn } from '@/lib/utils'

/**
 * The issues panel: errors first, then warnings; each names its rule (linked to the Rules page), the
 * field (JSON Pointer) and the fix. Clicking an issue hands its path to `onSelect` (focus the field).
 */
export function IssuesPanel({ issues, ws, onSelect, title = 'Validation', compact }: Readonly<{ issues: Issue[]; ws: string; onSelect?: (path: string) => void; title?: string; compact?: boolean }>) {
  const sorted = [...issues].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1))
  const errors = issues.filter((i) => i.severity === 'error').length
  return (
    <section className="rounded-lg bg-white shadow-sm ring-1 ring-slate-200" aria-label={title} data-testid="issues-panel">
      <header className="flex items-center justify-between gap-3 border-b border-slate-100 px-4 py-3">
        <h2 className="text-sm font-semibold text-slate-900">{title}</h2>
        <div className="flex gap-1.5">
          <Badge tone={errors ? 'red' : 'green'}>{errors} error{errors === 1 ? '' : 's'}</Badge>
          <Badge tone={issues.length - errors ? 'amber' : 'gray'}>{issues.length - errors} warning{issues.length - errors === 1 ? '' : 's'}</Badge>
        </div>
      </header>
      {sorted.length === 0 ? (
        <p className="px-4 py-4 text-sm text-slate-500">No issues: every rule passes.</p>
      ) : (
        <ul className={cn('divide-y divide-slate-100 overflow-y-auto', compact ? 'max-h-72' : 'max-h-[32rem]')}>
          {sorted.map((i, n) => {
            const rule = ruleInfo(i.code)
            return (
              <li key={`${i.code}-${i.path}-${n}`} className="px-4 py-2.5">
                <button type="button" className="block w-full text-left" onClick={() => onSelect?.(i.path)} disabled={!onSelect}>
                  <span className="flex items-center gap-2">
                    <Badge tone={i.severity === 'error' ? 'red' : 'amber'}>{i.code}</Badge>
                    {rule && <span className="truncate text-xs text-slate-500">{rule.title}</span>}
                  </span>
                  <span className="mt-1 block text-sm text-slate-800"><Ticks text={i.message} /></span>
                  {i.path && <code className="mt-0.5 block truncate font-mono text-[11px] text-slate-500">{i.path}</code>}
                </button>
                {rule && (
                  <Link href={`/w/${ws}/rules#${i.code}`} className="mt-1 inline-block text-xs text-brand-600 hover:underline">
                    About {i.code}
                  </Link>
                )}
              </li>
            )
          })}
        </ul>
      )}
    </section>
  )
}

/** Issues whose path is the field or inside it, for inline messages under a form field. */
export function issuesAt(issues: Issue[], path: string): Issue[] {
  return issues.filter((i) => i.path === path || i.path.startsWith(`${path}/`))
}

export function FieldIssues({ issues }: Readonly<{ issues: Issue[] }>) {
  if (!issues.length) return null
  return (
    <ul className="space-y-0.5">
      {issues.map((i, n) => (
        <li key={n} className={cn('text-xs', i.severity === 'error' ? 'text-rose-600' : 'text-amber-700')}>
          <span className="font-mono">{i.code}</span> <Ticks text={i.message} />
        </li>
      ))}
    </ul>
  )
}
