'use client'

import Link from 'next/link'
import { useEffect, useRef, useState, type ChangeEvent } from 'react'
import { PageHeader } from '@/components/layout/page-header'
import { Alert } from '@/components/ui/alert'
import { Badge } from '@/components/ui/badge'
import { Button } from '@/components/ui/button'
import { Card, CardBody, CardHeader } from '@/components/ui/card'
import { Spinner } from '@/components/ui/empty-state'
import { Field, Input, Select, Textarea } from '@/components/ui/field'
import { useToast } from '@/components/ui/toast'
import { ApiError } from '@/lib/query/fetcher'
import { useApplyCatalog, useChangeSets, useExportText } from '@/lib/query/hooks/use-drafts'
import { formatCount } from '@/lib/utils'

type Problem = { path: string; message: string; line?: number; column?: number }

/** Catalogue as code: download a change set as catalogue JSON, or load a file into a new change set. */
export function CatalogCode({ ws, canEdit }: Readonly<{ ws: string; canEdit: boolean }>) {
  const sets = useChangeSets(ws)
  const [cs, setCs] = useState<string | null>(null)
  useEffect(() => {
    if (cs === null && sets.data) setCs(sets.data.latestOpenId ?? sets.data.changeSets[0]?.id ?? '')
  }, [sets.data, cs])
  const preview = useExportText(ws, cs ? cs : null)
  const lines = preview.data?.split('\n') ?? []
  const selected = sets.data?.changeSets.find((c) => c.id === cs)
  return (
    <>
      <PageHeader
        eyebrow="Metronome design"
        title="Catalogue as code"
        description={
          <>
            The design as one versioned JSON document (<Link href="/schema/catalog-v1.json" className="text-brand-600 hover:underline" target="_blank">JSON Schema</Link>, <code className="font-mono text-xs">ratecraft.catalog</code> v1). Keep it in git: exporting, applying and exporting again gives the same bytes.
          </>
        }
      />
      <div className="grid gap-6 xl:grid-cols-2">
        <Card>
          <CardHeader title="Export" description="Download a change set's catalogue. The CLI does the same: npx ratecraft export --out catalog.json" />
          <CardBody className="space-y-3">
            {sets.isLoading ? (
              <Spinner />
            ) : !sets.data?.changeSets.length ? (
              <p className="text-sm text-slate-500">No change set yet: <Link href={`/w/${ws}/auto-draft`} className="text-brand-600 hover:underline">draft one</Link> or apply a file.</p>
            ) : (
              <>
                <div className="flex flex-wrap items-end gap-2">
                  <Field label="Change set" htmlFor="export-cs">
                    <Select id="export-cs" value={cs ?? ''} onChange={(e) => setCs(e.target.value)} className="w-80">
                      {sets.data.changeSets.map((c) => (
                        <option key={c.id} value={c.id}>CS-{c.number} · {c.status.replace('_', ' ')} · {c.title}{c.id === sets.data!.latestOpenId ? ' (latest open)' : ''}</option>
                      ))}
                    </Select>
                  </Field>
                  {cs && (
                    <a href={`/api/w/${ws}/catalog/export?changeSet=${encodeURIComponent(cs)}`} className="rounded-md bg-brand-600 px-3.5 py-2 text-sm font-medium text-white shadow-sm hover:bg-brand-700" data-testid="download-catalog">
                      Download JSON
                    </a>
                  )}
                </div>
                {selected && <p className="text-xs text-slate-500">CS-{selected.number} · origin {selected.origin.replace('_', '-')} · {preview.data ? `${formatCount(preview.data.length)} characters, ${formatCount(lines.length - 1)} lines` : '…'}</p>}
                {preview.error ? (
                  <Alert tone="error">{preview.error.message}</Alert>
                ) : (
                  <pre className="max-h-[420px] overflow-auto rounded-md bg-slate-950 p-3 font-mono text-[11px] leading-relaxed text-slate-200" data-testid="export-preview">
                    {preview.data ? lines.slice(0, 400).join('\n') + (lines.length > 400 ? `\n… ${formatCount(lines.length - 400)} more lines` : '') : 'Loading…'}
                  </pre>
                )}
              </>
            )}
          </CardBody>
        </Card>
        <ApplyCard ws={ws} canEdit={canEdit} />
      </div>
    </>
  )
}

function ApplyCard({ ws, canEdit }: Readonly<{ ws: string; canEdit: boolean }>) {
  const apply = useApplyCatalog(ws)
  const toast = useToast()
  const input = useRef<HTMLInputElement>(null)
  const [text, setText] = useState('')
  const [source, setSource] = useState<string | null>(null)
  const [title, setTitle] = useState('')
  const [problems, setProblems] = useState<Problem[] | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [done, setDone] = useState<{ number: number } | null>(null)

  async function onFile(e: ChangeEvent<HTMLInputElement>) {
    const f = e.target.files?.[0]
    if (!f) return
    setText(await f.text())
    setSource(f.name)
    setTitle((t) => t || `Applied ${f.name}`)
    setProblems(null)
    setError(null)
    if (input.current) input.current.value = ''
  }

  async function run() {
    setProblems(null)
    setError(null)
    setDone(null)
    try {
      const r = await apply.mutateAsync({ text, ...(title.trim() ? { title: title.trim() } : {}) })
      setDone({ number: r.number })
      toast({ tone: 'success', message: `Applied as CS-${r.number}: ${formatCount(r.counts.billableMetrics)} metrics, ${formatCount(r.counts.products)} products, ${formatCount(r.counts.rates)} rates.` })
    } catch (e) {
      const p = e instanceof ApiError ? (e.details as { problems?: Problem[] } | undefined)?.problems : undefined
      if (p?.length) setProblems(p)
      else setError(e instanceof ApiError ? e.userMessage : 'Could not apply the file')
    }
  }

  return (
    <Card>
      <CardHeader title="Apply" description="Load a catalogue JSON file into a new change set. Every problem is listed with its JSON path; nothing changes unless the whole file is valid." />
      <CardBody className="space-y-3">
        {!canEdit ? (
          <p className="text-sm text-slate-500">Editors and admins can apply files.</p>
        ) : (
          <>
            <div className="flex flex-wrap items-center gap-2">
              <input ref={input} type="file" accept=".json,application/json" className="hidden" onChange={onFile} aria-label="Catalogue file" id="catalog-file" />
              <Button variant="secondary" size="sm" onClick={() => input.current?.click()}>Choose a file…</Button>
              {source && <Badge>{source}</Badge>}
              <span className="text-xs text-slate-500">or paste the JSON below</span>
            </div>
            <Textarea aria-label="Catalogue JSON" rows={10} value={text} onChange={(e) => { setText(e.target.value); setSource(null) }} placeholder='{"$schema": "https://ratecraft.dev/schema/catalog-v1.json", "format": "ratecraft.catalog", "version": 1, …}' spellCheck={false} />
            <Field label="Change set title (optional)" htmlFor="apply-title">
              <Input id="apply-title" value={title} onChange={(e) => setTitle(e.target.value)} maxLength={200} placeholder="Applied catalogue file" />
            </Field>
            <Button onClick={run} busy={apply.isPending} disabled={!text.trim()}>Apply to a new change set</Button>
            {done && <Alert tone="success">Created CS-{done.number}. <Link href={`/w/${ws}/migration-map`} className="font-medium underline">Review the design</Link> or export it above.</Alert>}
            {error && <Alert tone="error">{error}</Alert>}
            {problems && (
              <Alert tone="error" title={`The file has ${problems.length} problem${problems.length === 1 ? '' : 's'}; nothing was changed`}>
                <table className="mt-2 w-full text-xs" data-testid="apply-problems">
                  <tbody>
                    {problems.map((p, i) => (
                      <tr key={i} className="align-top">
                        <td className="py-0.5 pr-3 font-mono whitespace-nowrap">{p.path || (p.line ? `line ${p.line}:${p.column ?? 1}` : '(document)')}</td>
                        <td className="py-0.5">{p.message}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </Alert>
            )}
          </>
        )}
      </CardBody>
    </Card>
  )
}
