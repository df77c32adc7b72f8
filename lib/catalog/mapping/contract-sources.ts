/**
 * What becomes a contract preview: each live subscription, with its subscription schedule's phases
 * when it has one, and each schedule that has not started a subscription yet (M18). Pure.
 * Phases are clipped to the cutover: a phase that ended before it is history, and the current phase
 * starts at the cutover, so every dated term (override, subscription term) starts at or after it.
 * Adjacent phases share their boundary (the later phase's start, hour-aligned) so windows never overlap.
 */
import type { StripeSubscriptionSchedule } from '../stripe/subscription-schedule'
import { isLiveSubscription, type DiscountRef, type StripeSubscription } from '../stripe/subscription'
import type { DraftContext } from './draft-context'
import { byCreatedThenId } from './snapshot-index'
import { ceilHour, floorHour, isoToUnix, laterIso, unixToIso } from './time'

export type ContractItem = { priceId: string; quantity: number | null; usageGte: number | null; discounts: DiscountRef[] }
export type ContractPhase = { startIso: string; endIso: string | null; items: ContractItem[]; discounts: DiscountRef[]; prorationBehavior: string | null }

export type ContractSource = {
  stripeType: 'subscription' | 'subscription_schedule'
  id: string
  customerId: string
  currency: string
  startUnix: number
  endUnix: number | null
  anchorUnix: number | null
  trialEndUnix: number | null
  discounts: DiscountRef[]
  amountThreshold: number | null
  phases: ContractPhase[]
  schedule: StripeSubscriptionSchedule | null
}

const ACTIVE_SCHEDULE = new Set(['active', 'not_started'])

function schedulePhases(ctx: DraftContext, sch: StripeSubscriptionSchedule): ContractPhase[] {
  const sorted = [...sch.phases].sort((a, b) => a.start_date - b.start_date)
  const cutover = isoToUnix(ctx.cutoverAt)
  const out: ContractPhase[] = []
  sorted.forEach((ph, i) => {
    const next = sorted[i + 1]
    const last = i === sorted.length - 1
    const endUnix = next ? floorHour(next.start_date) : last && sch.end_behavior === 'cancel' && ph.end_date ? ceilHour(ph.end_date) : null
    if (endUnix !== null && endUnix <= cutover) return
    out.push({
      startIso: laterIso(unixToIso(floorHour(ph.start_date)), ctx.cutoverAt),
      endIso: endUnix === null ? null : unixToIso(endUnix),
      items: ph.items.map((it) => ({ priceId: it.priceId, quantity: it.quantity ?? null, usageGte: null, discounts: it.discounts ?? [] })),
      discounts: ph.discounts ?? [],
      prorationBehavior: ph.proration_behavior ?? null,
    })
  })
  return out
}

function fromSubscription(ctx: DraftContext, s: StripeSubscription, sch: StripeSubscriptionSchedule | null): ContractSource {
  const firstPrice = s.items[0] ? ctx.index.pricesById.get(s.items[0].priceId) : undefined
  const phases = sch ? schedulePhases(ctx, sch) : []
  const startUnix = s.start_date ?? s.created ?? isoToUnix(ctx.cutoverAt)
  const endUnix = s.cancel_at ?? (sch?.end_behavior === 'cancel' ? (sch.phases.at(-1)?.end_date ?? null) : null)
  return {
    stripeType: 'subscription',
    id: s.id,
    customerId: s.customer,
    currency: (s.currency ?? firstPrice?.currency ?? 'usd').toUpperCase(),
    startUnix,
    endUnix,
    anchorUnix: s.billing_cycle_anchor ?? null,
    trialEndUnix: s.trial_end ?? null,
    discounts: s.discounts ?? [],
    amountThreshold: s.billing_thresholds?.amount_gte ?? null,
    phases:
      phases.length > 0
        ? phases
        : [
            {
              startIso: laterIso(unixToIso(floorHour(startUnix)), ctx.cutoverAt),
              endIso: s.cancel_at ? unixToIso(ceilHour(s.cancel_at)) : null,
              items: s.items.map((i) => ({ priceId: i.priceId, quantity: i.quantity ?? null, usageGte: i.billing_thresholds?.usage_gte ?? null, discounts: i.discounts ?? [] })),
              discounts: [],
              prorationBehavior: null,
            },
          ],
    schedule: sch,
  }
}

function fromSchedule(ctx: DraftContext, sch: StripeSubscriptionSchedule): ContractSource | null {
  const phases = schedulePhases(ctx, sch)
  const first = [...sch.phases].sort((a, b) => a.start_date - b.start_date)[0]
  if (!first || phases.length === 0) return null
  const price = first.items[0] ? ctx.index.pricesById.get(first.items[0].priceId) : undefined
  const lastEnd = sch.phases.at(-1)?.end_date ?? null
  return {
    stripeType: 'subscription_schedule',
    id: sch.id,
    customerId: sch.customer,
    currency: (first.currency ?? price?.currency ?? 'usd').toUpperCase(),
    startUnix: first.start_date,
    endUnix: sch.end_behavior === 'cancel' ? lastEnd : null,
    anchorUnix: null,
    trialEndUnix: null,
    discounts: [],
    amountThreshold: null,
    phases,
    schedule: sch,
  }
}

export type SourcePlan = { sources: ContractSource[]; endedSubscriptions: StripeSubscription[]; inactiveSchedules: StripeSubscriptionSchedule[] }

export function contractSources(ctx: DraftContext): SourcePlan {
  const schedulesBySub = new Map<string, StripeSubscriptionSchedule>()
  const inactiveSchedules: StripeSubscriptionSchedule[] = []
  const standalone: StripeSubscriptionSchedule[] = []
  for (const sch of [...ctx.snap.subscriptionSchedules].sort(byCreatedThenId)) {
    if (!ACTIVE_SCHEDULE.has(sch.status ?? 'active')) inactiveSchedules.push(sch)
    else if (sch.subscription) schedulesBySub.set(sch.subscription, sch)
    else standalone.push(sch)
  }
  const sources: ContractSource[] = []
  const endedSubscriptions: StripeSubscription[] = []
  for (const s of [...ctx.snap.subscriptions].sort(byCreatedThenId)) {
    if (!isLiveSubscription(s)) endedSubscriptions.push(s)
    else sources.push(fromSubscription(ctx, s, schedulesBySub.get(s.id) ?? null))
  }
  const subIds = new Set(ctx.snap.subscriptions.map((s) => s.id))
  for (const sch of [...schedulesBySub.values()].filter((s) => !subIds.has(s.subscription!))) standalone.push(sch)
  for (const sch of standalone) {
    const src = fromSchedule(ctx, sch)
    if (src) sources.push(src)
    else inactiveSchedules.push(sch)
  }
  return { sources, endedSubscriptions, inactiveSchedules }
}
