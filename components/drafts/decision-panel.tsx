'use client'

import { plural } from '@/lib/catalog/plural'
import Link from 'next/link'
import { useEffect, useMemo, useRef, useState } from 'react'
import { Alert } from '@/components/ui/alert'
import { Badge } from '@/components/ui/badge'
import { Button } from '@/components/ui/button'
import { Spinner } from '@/components/ui/empty-state'
import { Textarea } from '@/components/ui/field'
import { useToast } from '@/components/ui/toast'
import { checkTargetDoc, TARGET_LABELS, TERM_TYPES } from '@/lib/catalog/drafting/target-docs'
import { CATALOG_KINDS, type CatalogKind } from '@/lib/catalog/schemas'
import { IssuesPanel } from '@/components/validation/issues-panel'
import { useChangeSetValidator } from '@/lib/query/hooks/use-change-set-validator'
import type { TargetType } from '@/lib/catalog/mapping/types'
import type { TDecisionDetail } from '@/lib/contracts/drafts'
import { ApiError } from '@/lib/query/fetcher'
import { useChangeTargets, useDecisionAction, useDecisionDetail } from '@/lib/query/hooks/use-drafts'
import { FidelityBadge, RuleChip, STRIPE_TYPE_LABELS, StateBadge, StripeRef, TargetChip, designHref } from './bits'

export function DecisionPanel({ ws, cs, id, canEdit, onClose }: Readonly<{ ws: string; cs: string; id: string; canEdit: boolean; onClose: () => void }>) {
  const { data, isLoading, error } = useDecisionDetail(ws, cs, id)
  const [editing, setEditing] = useState(false)
  useEffect(() => setEditing(false), [id])
  return (
    <aside className="sticky top-0 flex max-h-[calc(100vh-300px)] min-h-[460px] flex-col overflow-y-auto" aria-label="Decision" data-testid="decision-panel">
      <div className="flex items-center justify-between border-b border-slate-200 bg-white px-4 py-2.5">
        <p className="text-xs font-semibold tracking-wide text-slate-500 uppercase">Decision</p>
        <button type="button" onClick={onClose} className="rounded p-1 text-slate-400 hover:bg-slate-100 hover:text-slate-700" aria-label="Close the decision">
          ✕
        </button>
      </div>
      {isLoading ? (
        <Spinner />
      ) : error || !data ? (
        <div className="p-4"><Alert tone="error">{error instanceof ApiError ? error.userMessage : 'Could not load the decision'}</Alert></div>
      ) : editing ? (
        <TargetEditor ws={ws} cs={cs} detail={data} onDone={() => setEditing(false)} />
      ) : (
        <DecisionBody ws={ws} cs={cs} detail={data} canEdit={canEdit && data.editable} onEdit={() => setEditing(true)} />
      )}
    </aside>
  )
}

function DecisionBody({ ws, cs, detail, canEdit, onEdit }: Readonly<{ ws: string; cs: string; detail: TDecisionDetail; canEdit: boolean; onEdit: () => void }>) {
  const d = detail.decision
  const action = useDecisionAction(ws, cs)
  const toast = useToast()
  const [note, setNote] = useState(d.userNote ?? '')
  const [confirmExclude, setConfirmExclude] = useState(false)
  const confirmRef = useRef<HTMLDivElement>(null)
  useEffect(() => {
    setNote(d.userNote ?? '')
    setConfirmExclude(false)
  }, [d.id, d.userNote])
  useEffect(() => {
    if (confirmExclude) confirmRef.current?.scrollIntoView({ block: 'nearest', behavior: 'smooth' })
  }, [confirmExclude])
  const noteChanged = (note.trim() || null) !== (d.userNote ?? null)

  async function run(verb: 'accept' | 'exclude' | 'restore' | 'reset') {
    try {
      const r = await action.mutateAsync({ id: d.id, action: verb, note: note.trim() })
      setConfirmExclude(false)
      toast({
        tone: verb === 'exclude' ? 'info' : 'success',
        message:
          verb === 'exclude' ? `Excluded: ${r.removed.length} object${r.removed.length === 1 ? '' : 's'} left the draft.` : verb === 'restore' ? `Restored ${r.restored} object${r.restored === 1 ? '' : 's'}.` : verb === 'accept' ? 'Accepted.' : 'Back to review.',
      })
    } catch (e) {
      toast({ tone: 'error', message: e instanceof ApiError ? e.userMessage : 'Could not save the decision' })
    }
  }

  return (
    <div className="space-y-4 p-4 text-sm">
      <StripeRef ws={ws} type={d.stripeType} id={d.stripeId} name={d.stripeName} removed={d.stripeRemoved} />
      <div className="flex flex-wrap items-center gap-1.5">
        <FidelityBadge fidelity={d.fidelity} />
        <RuleChip rule={d.rule} />
        <StateBadge state={d.userState} />
        {d.isNew && <Badge tone="blue">new in this import</Badge>}
      </div>
      {d.sourceChanged && <Alert tone="warning" title="Stripe changed this object since the previous draft">This draft took Stripe&apos;s change; if you had accepted or changed it, it is back to review.</Alert>}

      <section>
        <h3 className="text-xs font-semibold text-slate-500">Why</h3>
        <p className="mt-1 leading-relaxed text-slate-800">{d.reason}</p>
      </section>
      {d.lost && (
        <section className="rounded-md bg-amber-50 px-3 py-2 ring-1 ring-amber-200 ring-inset">
          <h3 className="text-xs font-semibold text-amber-900">What is lost</h3>
          <p className="mt-0.5 leading-relaxed text-amber-900">{d.lost}</p>
        </section>
      )}

      <section>
        <h3 className="text-xs font-semibold text-slate-500">Became in Metronome</h3>
        {detail.targets.length === 0 ? (
          <p className="mt-1 text-slate-500 italic">No Metronome object: {d.fidelity === 'unsupported' ? 'nothing was drafted for it.' : 'nothing needs to be created.'}</p>
        ) : (
          <ul className="mt-1.5 space-y-1.5" data-testid="decision-targets">
            {detail.targets.map((t) => (
              <li key={`${t.type}:${t.key}`} className="flex items-start justify-between gap-2">
                <div className="min-w-0">
                  <TargetChip ws={ws} cs={cs} target={{ type: t.type as TargetType, key: t.key }} />
                  {t.holder && <span className="ml-1 text-[11px] text-slate-500">in {t.holder}</span>}
                </div>
                <span className="shrink-0 text-[11px] text-slate-500">
                  {t.doc === null ? <span className="text-rose-600">not in the draft</span> : t.producedBy === d.key ? 'made by this decision' : t.producedBy ? 'shared' : ''}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>

      {d.userState === 'excluded' && detail.stash.length > 0 && (
        <section className="rounded-md bg-white px-3 py-2 ring-1 ring-slate-200 ring-inset">
          <h3 className="text-xs font-semibold text-slate-500">Left the draft when excluded ({detail.stash.length})</h3>
          <ul className="mt-1 max-h-32 space-y-0.5 overflow-y-auto font-mono text-[11px] text-slate-600">
            {detail.stash.map((e, i) => (
              <li key={i}>{e.kind === 'field' ? `${e.type} ${e.key}: ${e.field} cleared` : `${e.type} ${e.key ?? ''}${e.holder ? ` (in ${e.holder})` : ''}${e.replace ? ' trimmed' : ''}`}</li>
            ))}
          </ul>
        </section>
      )}

      {canEdit ? (
        <section className="space-y-2 border-t border-slate-200 pt-4">
          <label htmlFor={`note-${d.id}`} className="text-xs font-semibold text-slate-500">Note (kept across re-drafts)</label>
          <Textarea id={`note-${d.id}`} rows={2} value={note} onChange={(e) => setNote(e.target.value)} placeholder="Why you accepted, changed or excluded it" className="font-sans text-sm" maxLength={2000} />
          {confirmExclude ? (
            <div ref={confirmRef} className="space-y-2 rounded-md bg-rose-50 p-3 ring-1 ring-rose-200 ring-inset">
              <p className="text-xs font-medium text-rose-900">
                {detail.exclusionPreview.length === 0 ? 'Nothing leaves the draft: other decisions also produce these objects, or it produced none.' : detail.exclusionPreview.length === 1 ? 'This object leaves the draft:' : `These ${detail.exclusionPreview.length} objects leave the draft:`}
              </p>
              {detail.exclusionPreview.length > 0 && (
                <ul className="max-h-32 overflow-y-auto font-mono text-[11px] text-rose-900" data-testid="exclusion-preview">
                  {detail.exclusionPreview.map((p, i) => (
                    <li key={i}>{p.type} {p.key}{p.holder ? ` (in ${p.holder})` : ''}{p.trimmed ? ' — trimmed' : ''}</li>
                  ))}
                </ul>
              )}
              <div className="flex gap-2">
                <Button variant="danger" size="sm" busy={action.isPending} onClick={() => run('exclude')}>Exclude</Button>
                <Button variant="ghost" size="sm" onClick={() => setConfirmExclude(false)}>Cancel</Button>
              </div>
            </div>
          ) : (
            <div className="flex flex-wrap gap-2">
              {d.userState === 'excluded' ? (
                <Button size="sm" busy={action.isPending} onClick={() => run('restore')}>Restore</Button>
              ) : (
                <>
                  <Button size="sm" busy={action.isPending} onClick={() => run('accept')} disabled={d.userState === 'accepted' && !noteChanged}>
                    {d.userState === 'accepted' ? (noteChanged ? 'Save note' : 'Accepted') : 'Accept'}
                  </Button>
                  {detail.targets.some((t) => t.doc !== null) && (
                    <Button size="sm" variant="secondary" onClick={onEdit}>Change…</Button>
                  )}
                  <Button size="sm" variant="secondary" onClick={() => setConfirmExclude(true)} className="text-rose-700">Exclude…</Button>
                  {d.userState !== 'proposed' && <Button size="sm" variant="ghost" onClick={() => run('reset')}>Back to review</Button>}
                </>
              )}
            </div>
          )}
        </section>
      ) : (
        d.userNote && (
          <section className="border-t border-slate-200 pt-3">
            <h3 className="text-xs font-semibold text-slate-500">Note</h3>
            <p className="mt-1 whitespace-pre-wrap text-slate-700">{d.userNote}</p>
          </section>
        )
      )}
      <p className="font-mono text-[10px] break-all text-slate-400">{d.key}</p>
    </div>
  )
}

type Draft = { type: string; key: string; text: string }

/** The decision's target objects as JSON, each checked live against the draft schema of its type. */
function TargetEditor({ ws, cs, detail, onDone }: Readonly<{ ws: string; cs: string; detail: TDecisionDetail; onDone: () => void }>) {
  const d = detail.decision
  const editableTargets = useMemo(() => detail.targets.filter((t) => t.doc !== null), [detail.targets])
  const [drafts, setDrafts] = useState<Draft[]>(() => editableTargets.map((t) => ({ type: t.type, key: t.key, text: JSON.stringify(t.doc, null, 2) })))
  const [note, setNote] = useState(d.userNote ?? '')
  const [serverProblems, setServerProblems] = useState<Array<{ path: string; message: string }>>([])
  const change = useChangeTargets(ws, cs)
  const toast = useToast()
  const checks = useMemo(() => drafts.map((x) => checkTargetDoc(x.type as TargetType, x.key, x.text)), [drafts])
  const original = useMemo(() => editableTargets.map((t) => JSON.stringify(t.doc, null, 2)), [editableTargets])
  const dirty = drafts.some((x, i) => x.text !== original[i])
  const valid = checks.every((c) => c.ok)
  // Beyond the schema: every validation rule, incrementally, over the whole change set with these edits.
  const { validator, catalog } = useChangeSetValidator(ws, cs)
  // Rule issues of the edited objects, overall and per object (so each object's badge tells the truth).
  const ruleCheck = useMemo(() => {
    if (!validator || !catalog) return null
    const pathOf: Array<string | null> = drafts.map((x, i) => {
      const c = checks[i]!
      if (TERM_TYPES.has(x.type as TargetType) || !(x.type in CATALOG_KINDS)) return null
      const kind = x.type as CatalogKind
      const list = catalog[CATALOG_KINDS[kind]] as Array<{ key: string }>
      const index = list.findIndex((o) => o.key === x.key)
      if (c.ok) validator.update({ kind, key: x.key, doc: c.doc })
      return index >= 0 ? `/${CATALOG_KINDS[kind]}/${index}` : null
    })
    const under = (path: string, p: string) => path === p || path.startsWith(`${p}/`)
    const all = validator.issues.filter((i) => pathOf.some((p) => p !== null && under(i.path, p)))
    return { all, of: (i: number) => (pathOf[i] === null ? [] : all.filter((x) => under(x.path, pathOf[i]!))) }
  }, [validator, catalog, drafts, checks])
  const ruleIssues = ruleCheck?.all ?? null

  async function save() {
    setServerProblems([])
    const objects = drafts.flatMap((x, i) => {
      const c = checks[i]!
      return c.ok && x.text !== original[i] ? [{ type: x.type, key: x.key, doc: c.doc }] : []
    })
    try {
      await change.mutateAsync({ id: d.id, objects, note: note.trim() })
      toast({ tone: 'success', message: `Saved ${objects.length} object${objects.length === 1 ? '' : 's'}; the decision is marked changed.` })
      onDone()
    } catch (e) {
      const problems = e instanceof ApiError ? ((e.details as { problems?: Array<{ path: string; message: string }> } | undefined)?.problems ?? []) : []
      setServerProblems(problems.length ? problems : [{ path: '', message: e instanceof ApiError ? e.userMessage : 'Could not save' }])
    }
  }

  return (
    <div className="space-y-4 p-4 text-sm" data-testid="target-editor">
      <div>
        <p className="text-xs font-semibold text-slate-500">Change what {STRIPE_TYPE_LABELS[d.stripeType]?.toLowerCase() ?? d.stripeType} {d.stripeName || d.stripeId} became</p>
        <p className="mt-1 text-xs text-slate-500">Edit the catalogue JSON of each object. Prices are decimal strings as Metronome receives them (USD in cents). Keys stay; rename with <code className="font-mono">name</code>.</p>
      </div>
      {drafts.map((x, i) => {
        const c = checks[i]!
        return (
          <div key={`${x.type}:${x.key}`} className="space-y-1.5">
            <div className="flex items-center justify-between gap-2">
              <Link href={designHref(ws, cs, { type: x.type as TargetType, key: x.key })} className="truncate text-xs font-medium text-slate-800 hover:text-brand-600">
                {TARGET_LABELS[x.type as TargetType] ?? x.type} <span className="font-mono">{x.key}</span>
              </Link>
              <ObjectBadge schemaProblems={c.ok ? 0 : c.problems.length} issues={ruleCheck?.of(i) ?? []} />
            </div>
            <Textarea
              aria-label={`JSON of ${x.type} ${x.key}`}
              value={x.text}
              spellCheck={false}
              rows={Math.min(18, Math.max(6, x.text.split('\n').length))}
              onChange={(e) => setDrafts((all) => all.map((y, j) => (j === i ? { ...y, text: e.target.value } : y)))}
              className={c.ok ? '' : 'ring-rose-300'}
            />
            {!c.ok && (
              <ul className="space-y-0.5 text-xs text-rose-700" role="alert">
                {c.problems.map((p, j) => (
                  <li key={j}><code className="font-mono">{p.path || '(object)'}</code> {p.message}</li>
                ))}
              </ul>
            )}
          </div>
        )
      })}
      {ruleIssues && <IssuesPanel issues={ruleIssues} ws={ws} title="Validation of these objects" compact />}
      <div className="space-y-1.5">
        <label htmlFor={`edit-note-${d.id}`} className="text-xs font-semibold text-slate-500">Note</label>
        <Textarea id={`edit-note-${d.id}`} rows={2} value={note} onChange={(e) => setNote(e.target.value)} className="font-sans text-sm" maxLength={2000} placeholder="What you changed and why" />
      </div>
      {serverProblems.length > 0 && (
        <Alert tone="error" title="Not saved">
          <ul className="space-y-0.5 text-xs">
            {serverProblems.map((p, j) => <li key={j}>{p.path && <code className="font-mono">{p.path}</code>} {p.message}</li>)}
          </ul>
        </Alert>
      )}
      <div className="flex gap-2">
        <Button size="sm" onClick={save} busy={change.isPending} disabled={!valid || !dirty}>Save changes</Button>
        <Button size="sm" variant="ghost" onClick={onDone}>Cancel</Button>
      </div>
    </div>
  )
}

/** Schema problems first (the JSON cannot be saved), then rule errors and warnings of this object. */
function ObjectBadge({ schemaProblems, issues }: { schemaProblems: number; issues: ReadonlyArray<{ severity: string }> }) {
  if (schemaProblems) return <Badge tone="red">{plural(schemaProblems, 'problem')}</Badge>
  const errors = issues.filter((x) => x.severity === 'error').length
  if (errors) return <Badge tone="red">{plural(errors, 'error')}</Badge>
  const warnings = issues.length - errors
  if (warnings) return <Badge tone="amber">{plural(warnings, 'warning')}</Badge>
  return <Badge tone="green">valid</Badge>
}
