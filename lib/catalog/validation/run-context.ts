/**
 * The context rules run in, built once per validation from the caller's ValidationContext. Pure.
 * Every input is read defensively: a malformed context input yields an empty store, never a throw.
 */
import type { CatalogIndex } from './catalog-index'
import type { ValidationContext } from './context'
import type { NormalizedUsage, RuleContext } from './rule'
import { numericOf } from './support/decimal'
import { EventStore } from './support/events'
import { PublishedStore } from './support/published'
import { ceilHour, parseTime } from './support/time'

export function buildContext(index: CatalogIndex, input: ValidationContext): RuleContext {
  const safe = (typeof input === 'object' && input !== null ? input : {}) as ValidationContext
  const now = safe.now instanceof Date && !Number.isNaN(safe.now.getTime()) ? safe.now.getTime() : undefined
  const effectiveRaw = typeof safe.effectiveAt === 'string' ? safe.effectiveAt : undefined
  const effectiveMs = effectiveRaw !== undefined ? parseTime(effectiveRaw) : now !== undefined ? ceilHour(now) : undefined
  return {
    index,
    now,
    published: new PublishedStore(safe.published),
    events: new EventStore(safe.sampleEvents, typeof safe.customerPayloadKey === 'string' ? safe.customerPayloadKey : undefined),
    usage: normalizeUsage(safe.usage),
    flags: typeof safe.accountFlags === 'object' && safe.accountFlags !== null ? safe.accountFlags : {},
    input: safe,
    effectiveAt: { raw: effectiveRaw, ms: effectiveMs },
  }
}

function normalizeUsage(raw: unknown): NormalizedUsage[] {
  if (!Array.isArray(raw)) return []
  const out: NormalizedUsage[] = []
  raw.forEach((u, pos) => {
    if (typeof u !== 'object' || u === null) return
    const r = u as Record<string, unknown>
    if (typeof r.product !== 'string') return
    const values: Record<string, string> = {}
    const pgv = r.pricing_group_values
    if (typeof pgv === 'object' && pgv !== null)
      for (const [k, v] of Object.entries(pgv)) if (typeof v === 'string') values[k] = v
    out.push({ pos, product: r.product, values, quantity: numericOf(r.quantity), customer: typeof r.customer === 'string' ? r.customer : undefined })
  })
  return out
}
