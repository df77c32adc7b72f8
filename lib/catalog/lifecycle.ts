/**
 * The change-set status machine. Pure.
 *
 *   draft ──submit──▶ in_review ──approve──▶ approved ──publish──▶ published
 *     ▲                 │  │                    │
 *     └──── withdraw ───┘  └──reject──▶ rejected┘
 *
 * An approval is for exactly the content that was submitted (its hash). Content changes only in draft
 * or rejected: to edit a change set under review or approved, withdraw it (which dismisses approvals).
 */
import { ConflictError } from './errors'

export const CHANGE_SET_STATUSES = ['draft', 'in_review', 'approved', 'rejected', 'published', 'superseded', 'abandoned'] as const
export type ChangeSetStatus = (typeof CHANGE_SET_STATUSES)[number]

const ALLOWED: Record<ChangeSetStatus, readonly ChangeSetStatus[]> = {
  draft: ['in_review', 'abandoned'],
  in_review: ['approved', 'rejected', 'draft'],
  approved: ['published', 'draft', 'superseded'],
  rejected: ['draft', 'abandoned'],
  published: [],
  superseded: [],
  abandoned: [],
}

const VERB: Partial<Record<ChangeSetStatus, string>> = { in_review: 'submit', approved: 'approve', rejected: 'reject', draft: 'reopen', published: 'publish', abandoned: 'abandon' }

export function canTransition(from: string, to: ChangeSetStatus): boolean {
  return (ALLOWED[from as ChangeSetStatus] ?? []).includes(to)
}

export function assertTransition(from: string, to: ChangeSetStatus): void {
  if (!canTransition(from, to)) {
    throw new ConflictError(`Cannot ${VERB[to] ?? to} a change set that is ${from.replace('_', ' ')}.`, { from, to })
  }
}

/** Statuses whose content may change: reviewers approve exactly what they saw. */
export const EDITABLE_STATUSES = ['draft', 'rejected'] as const satisfies readonly ChangeSetStatus[]

export function isEditableStatus(status: string): boolean {
  return (EDITABLE_STATUSES as readonly string[]).includes(status)
}
