/**
 * The shape of a validation rule and the context it runs in. Pure types and tiny constructors.
 *
 * A rule is either
 *  - an *object* rule: `check(entry, ctx)` runs once per object of its `subjects` kinds and may read
 *    the objects linked to it (its product, its card, its metric, the rates of its product, …), or
 *  - a *global* rule: `check(ctx)` runs once per validation and must stay cheap (it re-runs whenever
 *    an object of a kind in `appliesTo` is edited).
 * `appliesTo` lists every input the rule reads; incremental validation re-runs a rule only for edits of
 * those kinds, so an omission there is a bug the full-vs-incremental property test catches.
 *
 * `check` returns issue drafts (target object + path inside it): the engine turns them into `Issue`s
 * with the rule's code and severity (a draft may lower the severity, e.g. MTR-26's warning half) and
 * renders paths from the objects' current positions.
 */
import type { CatalogKind } from '../schemas'
import type { CatalogIndex } from './catalog-index'
import type { AccountFlags, ContextRoot, ValidationContext } from './context'
import type { Entry, ValidEntry } from './entry'
import type { IssueCode, Severity } from './issue'
import type { Segment } from './structural'
import type { EventStore } from './support/events'
import type { PublishedStore } from './support/published'
import type { Dec } from '../money'

export type InputKind = CatalogKind | 'published' | 'sampleEvents' | 'usage' | 'context'

export type RootRef = { root: ContextRoot | ''; pos?: number }
export type IssueTarget = Entry | RootRef

export type IssueDraft = { target: IssueTarget; rel: Segment[]; message: string; severity?: Severity }

export type NormalizedUsage = {
  pos: number
  product: string
  values: Record<string, string>
  quantity: Dec | undefined
  customer?: string
}

export type RuleContext = {
  index: CatalogIndex
  /** `now` in ms; undefined when the caller gave no time (time-dependent checks then stay silent). */
  now: number | undefined
  published: PublishedStore
  events: EventStore
  usage: NormalizedUsage[]
  flags: AccountFlags
  input: ValidationContext
  /** When scheduled product updates take effect (context.effectiveAt, else the next full hour). */
  effectiveAt: { raw: string | undefined; ms: number | undefined }
}

export type RuleMeta = {
  code: IssueCode
  /** The most severe issue the rule raises (some rules also raise warnings; see `explanation`). */
  severity: Severity
  title: string
  /** What the rule catches and why it matters. */
  explanation: string
  /** How to fix what it reports. */
  fix: string
  /** Citation: the doc rule and its evidence keys, plus any severity decision. */
  source: string
  links: string[]
  /** The doc marks the rule's basis INFERRED: such rules never raise errors. */
  inferred?: boolean
  /** One of the silent-failure traps (Metronome accepts the configuration and bills wrong). */
  silentFailure?: boolean
  appliesTo: readonly InputKind[]
}

export type ObjectRule<K extends CatalogKind = CatalogKind> = RuleMeta & {
  scope: 'object'
  subjects: readonly K[]
  check(entry: ValidEntry<K>, ctx: RuleContext): IssueDraft[] | void
}

export type GlobalRule = RuleMeta & {
  scope: 'global'
  check(ctx: RuleContext): IssueDraft[] | void
}

/** A rule with its subject type erased (the registry's element type). */
export type AnyRule =
  | (RuleMeta & { scope: 'object'; subjects: readonly CatalogKind[]; check(entry: ValidEntry, ctx: RuleContext): IssueDraft[] | void })
  | GlobalRule

export function objectRule<K extends CatalogKind>(def: Omit<ObjectRule<K>, 'scope'>): AnyRule {
  return { ...def, scope: 'object' } as unknown as AnyRule
}

export function globalRule(def: Omit<GlobalRule, 'scope'>): AnyRule {
  return { ...def, scope: 'global' }
}

/** An issue on a field of a catalogue object (`rel` is the path inside the object). */
export function on(entry: Entry, rel: Segment[], message: string, severity?: Severity): IssueDraft {
  return severity ? { target: entry, rel, message, severity } : { target: entry, rel, message }
}

/** An issue on a context input (`/sampleEvents/3/…`) or, with root '', on the document itself. */
export function onRoot(root: ContextRoot | '', pos: number | undefined, rel: Segment[], message: string, severity?: Severity): IssueDraft {
  const target: RootRef = pos === undefined ? { root } : { root, pos }
  return severity ? { target, rel, message, severity } : { target, rel, message }
}
