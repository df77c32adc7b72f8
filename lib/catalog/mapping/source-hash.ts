/**
 * Source hashes: sha256 of the canonical JSON of the Stripe objects a decision came from. Pure.
 * Canonical = keys sorted at every level, so key order in the import does not matter. Fields that
 * change without changing the catalogue (period boundaries, `updated`, redemption counters, the latest
 * invoice) are left out, so a monthly re-import does not flag every subscription as changed.
 */
import { sha256Hex } from './sha256'

const VOLATILE_FIELDS = new Set([
  'updated',
  'latest_invoice',
  'current_period_start',
  'current_period_end',
  'billed_until',
  'current_phase',
  'times_redeemed',
  'next_pending_invoice_item_invoice',
  'next_invoice_sequence',
  'balance',
  'delinquent',
  'invoice_credit_balance',
])

export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null'
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([k, v]) => v !== undefined && !VOLATILE_FIELDS.has(k))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`
}

/** Hash of one or more source objects (order matters: the primary object first). */
export function sourceHash(...sources: unknown[]): string {
  return sha256Hex(canonicalJson(sources))
}
