'use client'

import { plural } from '@/lib/catalog/plural'
import { useRef, useState, type ChangeEvent } from 'react'
import { Alert } from '@/components/ui/alert'
import { Button } from '@/components/ui/button'
import { Card, CardBody, CardHeader } from '@/components/ui/card'
import { useToast } from '@/components/ui/toast'
import { SAMPLE_EVENT_LIMITS } from '@/lib/catalog/drafting/sample-events'
import { ApiError } from '@/lib/query/fetcher'
import { useDeleteSampleEvents, useSampleEventSets, useUploadSampleEvents } from '@/lib/query/hooks/use-drafts'
import { formatCount, formatDateTime } from '@/lib/utils'

type LineError = { line: number; message: string }

/** Upload Stripe meter events (JSON Lines) for the group-key suggestions; list and delete sets. */
export function SampleEvents({ ws, canEdit, used }: Readonly<{ ws: string; canEdit: boolean; used?: { used: number; skipped: number; sets: number } }>) {
  const sets = useSampleEventSets(ws)
  const upload = useUploadSampleEvents(ws)
  const remove = useDeleteSampleEvents(ws)
  const toast = useToast()
  const input = useRef<HTMLInputElement>(null)
  const [skipInvalid, setSkipInvalid] = useState(false)
  const [problem, setProblem] = useState<{ message: string; errors: LineError[]; errorCount: number; file: File } | null>(null)
  const [justUploaded, setJustUploaded] = useState(false)

  async function send(file: File, skip: boolean) {
    setProblem(null)
    if (file.size > SAMPLE_EVENT_LIMITS.maxChars) {
      setProblem({ message: `${file.name} is ${(file.size / 1024 / 1024).toFixed(1)} MB; upload at most ${SAMPLE_EVENT_LIMITS.maxChars / 1024 / 1024} MB (a representative sample is enough).`, errors: [], errorCount: 0, file })
      return
    }
    try {
      const r = await upload.mutateAsync({ name: file.name, text: await file.text(), skipInvalid: skip })
      setJustUploaded(true)
      toast({ tone: 'success', message: `Stored ${formatCount(r.stored)} events from ${file.name}${r.skipped ? ` (${plural(r.skipped, 'unreadable line')} skipped)` : ''}.` })
    } catch (e) {
      const details = e instanceof ApiError ? (e.details as { errors?: LineError[]; errorCount?: number } | undefined) : undefined
      setProblem({ message: e instanceof ApiError ? e.userMessage : 'Could not upload the file', errors: details?.errors ?? [], errorCount: details?.errorCount ?? 0, file })
    } finally {
      if (input.current) input.current.value = ''
    }
  }

  function onFile(e: ChangeEvent<HTMLInputElement>) {
    const file = e.target.files?.[0]
    if (file) void send(file, skipInvalid)
  }

  return (
    <Card>
      <CardHeader
        title="Sample events"
        description={
          <>
            Stripe&apos;s event summaries carry no dimensions, so upload a sample of your meter events (JSON Lines, one <code className="font-mono text-xs">{'{"event_name","timestamp","identifier","payload":{…}}'}</code> per line) to suggest group keys.
          </>
        }
      />
      <CardBody className="space-y-3">
        {canEdit && (
          <div className="flex flex-wrap items-center gap-3">
            <input ref={input} type="file" accept=".jsonl,.ndjson,.json,.txt,application/json" onChange={onFile} className="hidden" id="sample-events-file" aria-label="Sample events file" />
            <Button size="sm" variant="secondary" busy={upload.isPending} onClick={() => input.current?.click()}>Upload JSON Lines…</Button>
            <label className="flex items-center gap-1.5 text-xs text-slate-600">
              <input type="checkbox" checked={skipInvalid} onChange={(e) => setSkipInvalid(e.target.checked)} className="rounded border-slate-300" />
              Skip unreadable lines
            </label>
            <span className="text-xs text-slate-400">up to {SAMPLE_EVENT_LIMITS.maxChars / 1024 / 1024} MB, {formatCount(SAMPLE_EVENT_LIMITS.maxEvents)} events</span>
          </div>
        )}
        {problem && (
          <Alert tone="error" title="Nothing was stored">
            <p>{problem.errors.length > 0 ? `${problem.errorCount} line${problem.errorCount === 1 ? '' : 's'} of ${problem.file.name} could not be read; fix them, or store the readable events and skip them.` : problem.message}</p>
            {problem.errors.length > 0 && (
              <ul className="mt-2 max-h-40 space-y-0.5 overflow-y-auto font-mono text-xs" data-testid="sample-errors">
                {problem.errors.map((e) => <li key={e.line}>line {e.line}: <span className="font-sans">{e.message}</span></li>)}
                {problem.errorCount > problem.errors.length && <li className="font-sans">… and {problem.errorCount - problem.errors.length} more</li>}
              </ul>
            )}
            {problem.errorCount > 0 && canEdit && (
              <Button size="sm" variant="secondary" className="mt-2" onClick={() => void send(problem.file, true)}>Store the readable events, skip {problem.errorCount} line(s)</Button>
            )}
          </Alert>
        )}
        {justUploaded && <Alert tone="info">Re-draft to apply the new sample events to the group-key suggestions.</Alert>}
        {used && used.sets > 0 && <p className="text-xs text-slate-500">The current draft used {formatCount(used.used)} sample {used.used === 1 ? 'event' : 'events'}{used.skipped ? `, ${used.skipped} unreadable` : ''}.</p>}
        {sets.data && sets.data.sets.length > 0 ? (
          <ul className="divide-y divide-slate-100 rounded-md ring-1 ring-slate-200" data-testid="sample-sets">
            {sets.data.sets.map((s) => (
              <li key={s.id} className="flex items-start justify-between gap-3 px-3 py-2 text-sm">
                <div className="min-w-0">
                  <p className="truncate font-medium text-slate-900">{s.name}</p>
                  <p className="text-xs text-slate-500">
                    {formatCount(s.eventCount)} events · {s.eventNames.slice(0, 4).map((n) => `${n.eventName} (${formatCount(n.count)})`).join(', ')}
                    {s.eventNames.length > 4 ? ` +${s.eventNames.length - 4}` : ''} · {s.uploadedBy ?? 'unknown'} · {formatDateTime(s.createdAt)}
                  </p>
                </div>
                {canEdit && (
                  <Button size="sm" variant="ghost" className="text-rose-700" busy={remove.isPending && remove.variables === s.id} onClick={() => remove.mutate(s.id)} aria-label={`Delete ${s.name}`}>
                    Delete
                  </Button>
                )}
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-xs text-slate-400">No sample events uploaded.</p>
        )}
      </CardBody>
    </Card>
  )
}
