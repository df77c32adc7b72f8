/**
 * The validation engine: runs the rule registry over a catalogue, keeps each rule's findings per
 * object, and on an edit re-runs only the rules and objects the edit can affect. Pure.
 *
 * Invariants:
 *  - never throws on any catalogue or context: a malformed top level or object becomes `RC-schema`
 *    issues, and a rule that throws on some object becomes one `RC-rule-failed` issue for it;
 *  - the issues after any sequence of `update`s equal those of a fresh run on the edited catalogue
 *    (same set, same order: issues are sorted by document position, then registry order, then path);
 *  - an edit costs O(objects linked to the edited one) rule runs, plus O(issues) to list the result.
 * Rules may read only what their scope allows (see rule.ts): an object rule reads its subject and the
 * objects affected.ts connects to it; a rule on packages or contracts may read anything (they are
 * re-run on every edit of a kind they read); a global rule may read anything.
 */
import { pointer } from '../json-pointer'
import type { CatalogKind } from '../schemas'
import { CatalogIndex } from './catalog-index'
import { CONTEXT_ROOTS, type ValidationContext } from './context'
import { arrayName, KIND_ORDER, type Entry } from './entry'
import type { Issue, IssueCode, Severity } from './issue'
import type { AnyRule, IssueDraft, IssueTarget, RuleContext } from './rule'
import { checkObject, checkTopLevel, rawKeyOf, type Segment } from './structural'
import { affectedBy, linkView, type EditState } from './affected'
import { buildContext } from './run-context'

export type CatalogChange = { kind: CatalogKind; key: string; doc: unknown | null }

type IssueRecord = {
  code: IssueCode
  severity: Severity
  ruleIdx: number
  target: IssueTarget
  rel: Segment[]
  relPath: string
  message: string
  /** The rendered issue and the target position it was rendered at (paths change when objects move). */
  out?: Issue
  outPos?: number
}

const SCHEMA_CODE: IssueCode = 'RC-schema'
const FAILED_CODE: IssueCode = 'RC-rule-failed'

export class ValidationEngine {
  private readonly rules: readonly AnyRule[]
  private readonly ctx: RuleContext
  private readonly index: CatalogIndex
  private readonly entries: { [K in CatalogKind]: Entry<K>[] }
  private readonly topLevel: IssueRecord[] = []
  private readonly structural = new Map<Entry, IssueRecord[]>()
  /** subject entry → rule index → findings (only non-empty lists are kept). */
  private readonly bySubject = new Map<Entry, Map<number, IssueRecord[]>>()
  private readonly byGlobal = new Map<number, IssueRecord[]>()
  private readonly schemaIdx: number
  private readonly failedIdx: number
  private sorted: Issue[] | undefined
  /**
   * All records in issue order, kept across edits: an edit never changes the relative order of records
   * it does not replace (removals shift later positions uniformly, replacements keep them, additions go
   * last in their kind), so listing issues after an edit is a merge, not a sort.
   */
  private ordered: IssueRecord[] | undefined
  private readonly removedRecords = new Set<IssueRecord>()
  private addedRecords: IssueRecord[] = []
  /** Whether the document is an object: edits of a non-object "catalogue" change nothing (see applyChange). */
  private readonly editable: boolean

  constructor(catalog: unknown, context: ValidationContext = {}, rules: readonly AnyRule[], opts: { incremental?: boolean } = {}) {
    this.rules = rules
    this.schemaIdx = Math.max(0, rules.findIndex((r) => r.code === SCHEMA_CODE))
    this.failedIdx = Math.max(0, rules.findIndex((r) => r.code === FAILED_CODE))
    const top = checkTopLevel(catalog)
    this.editable = typeof catalog === 'object' && catalog !== null && !Array.isArray(catalog)
    for (const p of top.problems) this.topLevel.push(this.record(SCHEMA_CODE, 'error', this.schemaIdx, { root: '' }, p.rel, p.message))
    const entries = {} as { [K in CatalogKind]: Entry<K>[] }
    for (const kind of KIND_ORDER)
      (entries as Record<CatalogKind, Entry[]>)[kind] = top.arrays[kind].map((raw, pos) => this.makeEntry(kind, raw, pos))
    this.entries = entries
    this.index = new CatalogIndex(entries, { trackRefs: opts.incremental === true })
    this.ctx = buildContext(this.index, context)
    this.runAll()
  }

  /** The current issues, in the engine's deterministic order. */
  issues(): Issue[] {
    if (this.sorted) return this.sorted
    if (!this.ordered) {
      const all: IssueRecord[] = [...this.topLevel]
      for (const recs of this.structural.values()) all.push(...recs)
      for (const m of this.bySubject.values()) for (const recs of m.values()) all.push(...recs)
      for (const recs of this.byGlobal.values()) all.push(...recs)
      this.ordered = all.sort(compareRecords)
    } else if (this.removedRecords.size || this.addedRecords.length) {
      const removed = this.removedRecords
      const kept = removed.size ? this.ordered.filter((r) => !removed.has(r)) : this.ordered
      const added = this.addedRecords.filter((r) => !removed.has(r)).sort(compareRecords)
      this.ordered = mergeSorted(kept, added)
      this.removedRecords.clear()
      this.addedRecords = []
    }
    this.sorted = this.ordered.map(render)
    return this.sorted
  }

  /** Notes that `old` records were replaced by `next` ones (after the first listing, for the merge). */
  private replaced(old: readonly IssueRecord[] | undefined, next: readonly IssueRecord[] | undefined): void {
    this.sorted = undefined
    if (!this.ordered) return
    if (old) for (const r of old) this.removedRecords.add(r)
    if (next) for (const r of next) this.addedRecords.push(r)
  }

  /**
   * Applies one edit — `doc: null` removes the first object with `key`, a doc for an existing key
   * replaces that object in place (the doc may carry a new key: a rename), a doc for an unknown key is
   * appended — and re-validates what it can affect. Same semantics as `applyChange`.
   */
  update(change: CatalogChange): Issue[] {
    if (typeof change !== 'object' || change === null || typeof change.key !== 'string') return this.issues()
    const kind = change.kind
    if (!this.editable || !KIND_ORDER.includes(kind)) return this.issues()
    // applyChange turns a missing or malformed list into a list: its top-level issue goes away.
    const listName = arrayName(kind)
    const stale = this.topLevel.findIndex((r) => r.rel.length === 1 && r.rel[0] === listName)
    if (stale >= 0 && (change.doc !== null || this.index.allWithKey(kind, change.key).length)) this.replaced(this.topLevel.splice(stale, 1), undefined)
    const list = this.entries[kind] as Entry[]
    const existing = this.index.allWithKey(kind, change.key)[0]
    const before = existing ? { key: existing.key, doc: linkView(existing) } : undefined
    let entry: Entry
    let removed = false
    if (change.doc === null) {
      if (!existing) return this.issues()
      entry = existing
      this.index.remove(entry)
      list.splice(entry.pos, 1)
      for (let i = entry.pos; i < list.length; i++) list[i]!.pos = i
      this.replaced(this.structural.get(entry), undefined)
      this.structural.delete(entry)
      for (const recs of this.bySubject.get(entry)?.values() ?? []) this.replaced(recs, undefined)
      this.bySubject.delete(entry)
      removed = true
    } else if (existing) {
      entry = existing
      this.index.remove(entry)
      if (entry.doc && kind === 'billable_metric') this.ctx.events.forget(entry.doc)
      this.reparse(entry, change.doc)
      this.index.insert(entry)
    } else {
      entry = this.makeEntry(kind, change.doc, list.length)
      list.push(entry)
      this.index.insert(entry)
    }
    const after = removed ? undefined : { key: entry.key, doc: linkView(entry) }
    this.rerun(kind, [before, after])
    return this.issues()
  }

  // -------------------------------------------------------------------------------------------------

  private makeEntry<K extends CatalogKind>(kind: K, raw: unknown, pos: number): Entry<K> {
    const entry: Entry<K> = { kind, key: rawKeyOf(raw), pos, raw, doc: undefined }
    this.reparse(entry as Entry, raw)
    return entry
  }

  private reparse(entry: Entry, raw: unknown): void {
    entry.raw = raw
    entry.key = rawKeyOf(raw)
    const problems = checkObject(entry.kind, raw)
    entry.doc = problems.length === 0 ? (raw as Entry['doc']) : undefined
    const old = this.structural.size ? this.structural.get(entry) : undefined
    if (problems.length === 0) {
      if (old) {
        this.structural.delete(entry)
        this.replaced(old, undefined)
      }
      return
    }
    const recs = problems.map((p) => this.record(SCHEMA_CODE, 'error', this.schemaIdx, entry, p.rel, p.message))
    this.structural.set(entry, recs)
    this.replaced(old, recs)
  }

  private runAll(): void {
    const ctx = this.ctx
    for (let idx = 0; idx < this.rules.length; idx++) {
      const rule = this.rules[idx]!
      if (rule.scope === 'global') {
        this.store(undefined, idx, this.runRule(idx, undefined))
        continue
      }
      const check = rule.check as (e: Entry, ctx: RuleContext) => IssueDraft[] | void
      for (const kind of rule.subjects) {
        const list = this.entries[kind] as Entry[]
        for (let i = 0; i < list.length; i++) {
          const e = list[i]!
          if (e.doc === undefined) continue
          // The common case (nothing to report) stays on this fast path: one guarded call, no allocation.
          let drafts: IssueDraft[] | void
          try {
            drafts = check(e, ctx)
          } catch {
            drafts = undefined
            this.store(e, idx, this.runRule(idx, e))
            continue
          }
          if (drafts && drafts.length) this.store(e, idx, this.toRecords(idx, drafts))
        }
      }
    }
  }

  private rerun(kind: CatalogKind, states: Array<EditState | undefined>): void {
    const affected = affectedBy(this.index, kind, states)
    this.rules.forEach((rule, idx) => {
      if (!rule.appliesTo.includes(kind)) return
      if (rule.scope === 'global') {
        this.store(undefined, idx, this.runRule(idx, undefined))
        return
      }
      for (const subjectKind of rule.subjects) {
        const everyOne = (subjectKind === 'package' || subjectKind === 'contract') && kind !== subjectKind
        const subjects = everyOne ? (this.entries[subjectKind] as Entry[]) : (affected.get(subjectKind) ?? [])
        for (const e of subjects) {
          if (e.pos < 0 || (this.entries[e.kind] as Entry[])[e.pos] !== e) continue
          this.store(e, idx, e.doc !== undefined ? this.runRule(idx, e) : [])
        }
      }
    })
  }

  private runRule(idx: number, entry: Entry | undefined): IssueRecord[] {
    const rule = this.rules[idx]!
    let drafts: IssueDraft[] | void
    try {
      drafts = rule.scope === 'global' ? rule.check(this.ctx) : rule.check(entry as never, this.ctx)
    } catch (err) {
      const why = err instanceof Error ? err.message : String(err)
      return [
        this.record(
          FAILED_CODE,
          'error',
          idx,
          entry ?? { root: '' },
          [],
          `Rule ${rule.code} (${rule.title}) could not evaluate ${entry ? `this ${entry.kind.replace('_', ' ')}` : 'the catalogue'}: ${why}. Fix the structural issues reported here and validate again.`,
        ),
      ]
    }
    if (!drafts || drafts.length === 0) return []
    return this.toRecords(idx, drafts)
  }

  private toRecords(idx: number, drafts: IssueDraft[]): IssueRecord[] {
    const rule = this.rules[idx]!
    return drafts.map((d) => {
      // Rules whose basis is INFERRED never block a publish, whatever a draft asks for.
      const severity = rule.inferred ? 'warning' : (d.severity ?? rule.severity)
      return this.record(rule.code, severity, idx, d.target, d.rel, d.message)
    })
  }

  private store(subject: Entry | undefined, idx: number, recs: IssueRecord[]): void {
    if (!subject) {
      this.replaced(this.byGlobal.get(idx), recs)
      if (recs.length) this.byGlobal.set(idx, recs)
      else this.byGlobal.delete(idx)
      return
    }
    let m = this.bySubject.get(subject)
    this.replaced(m?.get(idx), recs)
    if (recs.length) {
      if (!m) this.bySubject.set(subject, (m = new Map()))
      m.set(idx, recs)
    } else if (m) {
      m.delete(idx)
      if (m.size === 0) this.bySubject.delete(subject)
    }
  }

  private record(code: IssueCode, severity: Severity, ruleIdx: number, target: IssueTarget, rel: Segment[], message: string): IssueRecord {
    return { code, severity, ruleIdx, target, rel, relPath: pointer(...rel), message }
  }
}

// ---------------------------------------------------------------------------------------------------

const ROOT_RANK = new Map<string, number>([
  ['', 0],
  ...KIND_ORDER.map((k, i) => [k, 1 + i] as [string, number]),
  ...CONTEXT_ROOTS.map((r, i) => [r, 1 + KIND_ORDER.length + i] as [string, number]),
])

function rankOf(t: IssueTarget): number {
  return ROOT_RANK.get('kind' in t ? t.kind : t.root) ?? 99
}

function posOf(t: IssueTarget): number {
  return 'kind' in t ? t.pos : (t.pos ?? -1)
}

function compareRecords(a: IssueRecord, b: IssueRecord): number {
  return (
    rankOf(a.target) - rankOf(b.target) ||
    posOf(a.target) - posOf(b.target) ||
    a.ruleIdx - b.ruleIdx ||
    cmp(a.relPath, b.relPath) ||
    cmp(a.severity, b.severity) ||
    cmp(a.message, b.message)
  )
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/** Merges two lists sorted by compareRecords. */
function mergeSorted(a: IssueRecord[], b: IssueRecord[]): IssueRecord[] {
  if (b.length === 0) return a
  const out: IssueRecord[] = new Array(a.length + b.length)
  let i = 0
  let j = 0
  let k = 0
  while (i < a.length && j < b.length) out[k++] = compareRecords(a[i]!, b[j]!) <= 0 ? a[i++]! : b[j++]!
  while (i < a.length) out[k++] = a[i++]!
  while (j < b.length) out[k++] = b[j++]!
  return out
}

function render(r: IssueRecord): Issue {
  const t = r.target
  const pos = posOf(t)
  if (r.out && r.outPos === pos) return r.out
  r.outPos = pos
  r.out = renderFresh(r)
  return r.out
}

function renderFresh(r: IssueRecord): Issue {
  const t = r.target
  const path = 'kind' in t ? pointer(arrayName(t.kind), t.pos, ...r.rel) : t.root === '' ? r.relPath : t.pos === undefined ? pointer(t.root, ...r.rel) : pointer(t.root, t.pos, ...r.rel)
  return { code: r.code, severity: r.severity, path, message: r.message }
}
