'use client'

import { useMemo, useState } from 'react'
import { PageHeader } from '@/components/layout/page-header'
import { Badge } from '@/components/ui/badge'
import { Card } from '@/components/ui/card'
import { Input, Select } from '@/components/ui/field'
import { Ticks } from '@/components/ui/ticks'
import { RULE_CATALOG } from '@/lib/catalog/validation/rule-catalog'

function host(link: string): string {
  try {
    return new URL(link).hostname
  } catch {
    return link
  }
}

export function RulesList() {
  const [q, setQ] = useState('')
  const [severity, setSeverity] = useState('')
  const rules = useMemo(() => {
    const needle = q.trim().toLowerCase()
    return RULE_CATALOG.filter(
      (r) => (!severity || (severity === 'silent' ? r.silentFailure : r.severity === severity)) && (!needle || `${r.code} ${r.title} ${r.explanation} ${r.fix}`.toLowerCase().includes(needle)),
    )
  }, [q, severity])
  const errors = RULE_CATALOG.filter((r) => r.severity === 'error').length
  return (
    <>
      <PageHeader
        title="Validation rules"
        description={`Every rule Ratecraft checks on each edit and before submit and publish: ${RULE_CATALOG.length} rules, ${errors} errors (block publishing) and ${RULE_CATALOG.length - errors} warnings. MTR-n is rule n of Metronome's documented constraints; RC-… are Ratecraft's own checks, most of them for configurations Metronome accepts silently and bills as zero.`}
      />
      <Card>
        <div className="flex flex-wrap items-center gap-3 border-b border-slate-100 px-5 py-3">
          <Input aria-label="Search rules" placeholder="Search by code, title or text" value={q} onChange={(e) => setQ(e.target.value)} className="max-w-sm" />
          <Select aria-label="Severity" value={severity} onChange={(e) => setSeverity(e.target.value)} className="w-48">
            <option value="">All rules</option>
            <option value="error">Errors</option>
            <option value="warning">Warnings</option>
            <option value="silent">Silent failures</option>
          </Select>
          <span className="ml-auto text-xs text-slate-500">{rules.length} shown</span>
        </div>
        <ul className="divide-y divide-slate-100" data-testid="rules-list">
          {rules.map((r) => (
            <li key={r.code} id={r.code} className="scroll-mt-6 px-5 py-4 target:bg-brand-50/60">
              <div className="flex flex-wrap items-center gap-2">
                <Badge tone={r.severity === 'error' ? 'red' : 'amber'}>{r.code}</Badge>
                <h3 className="text-sm font-semibold text-slate-900">{r.title}</h3>
                {r.inferred && <Badge tone="gray" title="No source states this; confirm in a Metronome sandbox. Never an error.">inferred</Badge>}
                {r.silentFailure && <Badge tone="violet" title="Metronome accepts this configuration silently">silent failure</Badge>}
              </div>
              <p className="mt-1.5 max-w-4xl text-sm text-slate-700"><Ticks text={r.explanation} /></p>
              {r.fix && <p className="mt-1 max-w-4xl text-sm text-slate-600"><span className="font-medium text-slate-800">Fix:</span> <Ticks text={r.fix} /></p>}
              <p className="mt-1 text-xs text-slate-500">
                Source: {r.source}
                {r.links.map((l) => (
                  <a key={l} href={l} target="_blank" rel="noreferrer" className="ml-2 text-brand-600 hover:underline">{host(l)}</a>
                ))}
              </p>
            </li>
          ))}
        </ul>
      </Card>
    </>
  )
}
