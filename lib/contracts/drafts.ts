import type { Issue } from '@/lib/catalog/validation/issue'
/**
 * Auto-draft, migration map, drafting settings, sample events and catalogue-as-code: the request
 * schemas route handlers parse and the response shapes the browser reads.
 */
import { z } from 'zod'
import type { StashEntry } from '@/lib/catalog/drafting/exclusion'
import type { CatalogProblem } from '@/lib/catalog/format/schema-problems'
import type { DecisionTarget, Fidelity, GroupKeySuggestion, IntegrationPattern, PatternRecommendation, RedraftReport, UserState } from '@/lib/catalog/mapping/types'

export const INTEGRATION_PATTERNS = ['metronome_only', 'with_stripe_subscriptions'] as const
export const PATTERN_LABELS: Record<IntegrationPattern, string> = {
  metronome_only: 'Metronome independently',
  with_stripe_subscriptions: 'Metronome with Stripe Subscriptions',
}
export const USER_STATES = ['proposed', 'accepted', 'changed', 'excluded'] as const

// ---------------------------------------------------------------------------------------------------
// Requests

export const ZNote = z.string().trim().max(2000, 'note: at most 2,000 characters').optional()

export const ZDecisionAction = z.object({
  action: z.enum(['accept', 'exclude', 'restore', 'reset'], { error: 'action must be accept, exclude, restore or reset' }),
  note: ZNote,
})

export const ZBulkDecisions = z.object({
  ids: z.array(z.string().min(1)).min(1, 'ids: select at least one decision').max(10_000, 'ids: at most 10,000 decisions at once'),
  action: z.enum(['accept', 'reset'], { error: 'action must be accept or reset (exclusions are one at a time: each removes objects)' }),
})

export const ZChangeTargets = z.object({
  objects: z
    .array(z.object({ type: z.string().min(1), key: z.string().min(1), doc: z.unknown() }))
    .min(1, 'objects: send at least one target object')
    .max(200, 'objects: at most 200 objects at once'),
  note: ZNote,
})

export const ZDraftSettingsPatch = z
  .object({
    cutoverAt: z.string().trim().max(64).optional(),
    /** null = follow the recommendation */
    integrationPattern: z.enum(INTEGRATION_PATTERNS, { error: 'integrationPattern must be metronome_only, with_stripe_subscriptions or null (follow the recommendation)' }).nullable().optional(),
  })
  .refine((v) => v.cutoverAt !== undefined || v.integrationPattern !== undefined, 'Send cutoverAt, integrationPattern or both')

export const ZUploadSampleEvents = z.object({
  name: z.string().trim().min(1, 'name: give the set a name (e.g. the file name)').max(200, 'name: at most 200 characters'),
  text: z.string({ error: 'text: the file contents as a string' }),
  skipInvalid: z.boolean().optional(),
})

export const ZApplyCatalog = z.object({
  text: z.string({ error: 'text: the catalogue JSON file contents as a string' }),
  title: z.string().trim().max(200).optional(),
})

// ---------------------------------------------------------------------------------------------------
// Responses

export type TDraftOptions = {
  cutoverAt: string
  cutoverDefaulted: boolean
  /** The user's choice when the draft ran; null = followed the recommendation. */
  integrationPattern: IntegrationPattern | null
  volumeTierStrategy: string
}

export type TDraftReport = {
  options: TDraftOptions
  recommendation: PatternRecommendation
  groupKeySuggestions: GroupKeySuggestion[]
  sampleEvents: { used: number; skipped: number; sets: number }
  import: { runId: string; accountId: string; status: string; finishedAt: string | null }
  objects: number
  /** References cleared after exclusions (objects that named an excluded one). */
  pruned: number
  redraft?: RedraftReport & { previous: { id: string; number: number } }
  superseded: number[]
}

export type TChangeSetRef = { id: string; number: number; title: string; status: string; origin: string; createdAt: string; updatedAt: string }

export type TDraftOverview = {
  changeSet: (TChangeSetRef & { importRunId: string | null }) | null
  report: TDraftReport | null
  counts: { objects: Record<string, number>; fidelity: Record<Fidelity, number>; state: Record<UserState, number>; decisions: number }
  settings: TDraftSettings
  canEdit: boolean
  importAvailable: boolean
  /** Names of the imported objects the report mentions (recommendation drivers), by `type:id`. */
  stripeNames: Record<string, string | null>
}

export type TDecisionRow = {
  id: string
  key: string
  stripeType: string
  stripeId: string
  stripeName: string | null
  stripeRemoved: boolean
  targets: DecisionTarget[]
  fidelity: Fidelity
  rule: string
  reason: string
  lost: string | null
  userState: UserState
  userNote: string | null
  /** The Stripe source changed since the user accepted or changed it (re-draft). */
  sourceChanged: boolean
  /** Source is new in this re-draft. */
  isNew: boolean
  stashed: number
}

export type TDecisionList = { changeSet: TChangeSetRef; editable: boolean; decisions: TDecisionRow[] }

export type TTargetDoc = { type: string; key: string; holder?: string; doc: unknown | null; producedBy: string | null }

export type TDecisionDetail = {
  decision: TDecisionRow
  targets: TTargetDoc[]
  /** What excluding it would remove now (empty when already excluded or nothing it produces). */
  exclusionPreview: Array<{ type: string; key: string; holder?: string; trimmed?: boolean }>
  stash: StashEntry[]
  editable: boolean
}

export type TBulkResult = { changed: number; skipped: number }

export type TDecisionMutation = {
  decision: TDecisionRow
  removed: Array<{ type: string; key: string; holder?: string; trimmed?: boolean }>
  restored: number
  /** After a change: what the server's re-validation of the change set found (saving never blocks on it). */
  issues?: Issue[]
}

export type TDraftSettings = {
  cutoverAt: string
  /** true when the workspace has no cutover yet and drafts would use the default. */
  cutoverIsDefault: boolean
  defaultCutoverAt: string
  integrationPattern: IntegrationPattern | null
}

export type TDraftSettingsResponse = {
  settings: TDraftSettings
  recommendation: PatternRecommendation | null
  recommendationFrom: { changeSetNumber: number; createdAt: string } | null
  openDraft: { id: string; number: number; cutoverAt: string; pattern: IntegrationPattern | null; chosen: IntegrationPattern | null } | null
  stripeNames: Record<string, string | null>
}

export type TDraftSettingsUpdate = TDraftSettingsResponse & {
  redated: { changeSetNumber: number; from: string; to: string; moved: number } | null
  /** The pattern changed and the open draft follows the old one: re-draft to apply it. */
  redraftSuggested: boolean
}

export type TSampleEventSet = { id: string; name: string; eventCount: number; uploadedBy: string | null; createdAt: string; eventNames: Array<{ eventName: string; count: number }> }

export type TUploadResult = { set: TSampleEventSet | null; stored: number; skipped: number; errors: Array<{ line: number; message: string }>; errorCount: number }

export type TCatalogCounts = { billableMetrics: number; products: number; rateCards: number; rates: number; pricingUnits: number; packages: number; contracts: number }

export type TApplyResult = { changeSetId: string; number: number; counts: TCatalogCounts }

export type TApplyProblems = { problems: CatalogProblem[] }

export type TDesignObject = { changeSet: TChangeSetRef; kind: string; key: string; holder?: string; doc: unknown; decisions: TDecisionRow[] }
