/**
 * Stripe subscriptions (and subscription schedules) → contract previews (M17, M18, M20, M21, M22).
 * Pure over the context.
 *
 * A contract preview per live subscription: the rate card of its currency, `starting_at` = the Stripe
 * subscription start (hour-aligned) so billing periods line up, invoices generated from the cutover on,
 * Stripe as billing provider, and per-customer terms: overrides for prices that are not the card's list
 * price, subscription terms for licensed prices (metronome_only) and M12 base fees, discounts, spend
 * thresholds. Schedule phases become dated terms. Under "with Stripe Subscriptions", a subscription with
 * only licensed items stays entirely in Stripe.
 */
import { slugify } from '../keys'
import { isMetronomeFiat, stripeMinorToMajor, stripeMinorToMetronomePrice } from '../money'
import type { TDraftContract } from '../schemas'
import { customerDisplayName } from '../stripe/customer'
import { applyDiscounts } from './contract-discounts'
import { applyItemTerms, type ItemTermsResult } from './contract-item-terms'
import { contractSources, type ContractSource } from './contract-sources'
import { byCreatedThenId } from './snapshot-index'
import type { DraftContext } from './draft-context'
import { ceilHour, floorHour, unixToIso } from './time'
import type { DecisionTarget } from './types'
import { usageStatementSchedule } from './usage-statement-schedule'
import { plural } from '../plural'

export function mapSubscriptions(ctx: DraftContext): void {
  const plan = contractSources(ctx)
  const decidedSchedules = new Set<string>()
  for (const s of plan.endedSubscriptions) {
    ctx.decide({ stripeType: 'subscription', stripeId: s.id, rule: 'M18', targets: [], fidelity: 'exact', reason: `Subscription ${s.id} is ${s.status ?? 'ended'}, so there is no contract to migrate.` })
  }
  for (const src of plan.sources) {
    draftContract(ctx, src)
    if (src.schedule) decidedSchedules.add(src.schedule.id)
  }
  for (const sch of [...ctx.snap.subscriptionSchedules].sort(byCreatedThenId)) {
    if (decidedSchedules.has(sch.id)) continue
    ctx.decide({
      stripeType: 'subscription_schedule',
      stripeId: sch.id,
      rule: 'M18',
      targets: [],
      fidelity: 'exact',
      reason: `Subscription schedule ${sch.id} is ${sch.status ?? 'inactive'} or has no phase after the cutover, so nothing is left to migrate.`,
    })
  }
}

function itemKinds(ctx: DraftContext, src: ContractSource) {
  const kinds = new Set<string>()
  for (const ph of src.phases) for (const it of ph.items) kinds.add(ctx.priceOutcomes.get(it.priceId)?.kind ?? 'missing')
  return kinds
}

function draftContract(ctx: DraftContext, src: ContractSource): void {
  const customer = ctx.index.customersById.get(src.customerId)
  const customerName = customer ? customerDisplayName(customer) : src.customerId
  const kinds = itemKinds(ctx, src)
  const staysInStripe = !kinds.has('usage') && kinds.has('stays_in_stripe')
  const decideMain = (targets: DecisionTarget[], fidelity: 'exact' | 'approximate' | 'unsupported', reason: string, lost?: string) =>
    ctx.decide({ stripeType: src.stripeType, stripeId: src.id, rule: staysInStripe ? 'M21' : 'M18', targets, fidelity, reason, ...(lost ? { lost } : {}), related: [['customer', src.customerId]] })

  if (!kinds.has('usage') && !kinds.has('licensed')) {
    if (staysInStripe) {
      decideMain([], 'exact', `${customerName}'s subscription ${src.id} has only flat-rate or seat charges, which stay on Stripe Subscriptions (chosen integration pattern); no Metronome contract is needed.`)
    } else {
      decideMain([], 'unsupported', `${customerName}'s subscription ${src.id} has no price Metronome can bill (see the prices' decisions), so no contract was drafted.`)
    }
    return
  }
  if (!isMetronomeFiat(src.currency)) {
    decideMain([], 'unsupported', `${customerName}'s subscription ${src.id} bills in ${src.currency}, which is not one of Metronome's 20 fiat currencies.`)
    return
  }

  const startIso = unixToIso(floorHour(src.startUnix))
  const contract: TDraftContract = {
    key: ctx.keys.allocate('contract', slugify(customerName, 'customer')),
    name: `${customerName} (${src.id})`,
    customer: { stripe_id: src.customerId, name: customerName, ingest_aliases: [src.customerId] },
    rate_card: ctx.cardFor(src.currency),
    starting_at: startIso,
    ...(src.endUnix ? { ending_before: unixToIso(ceilHour(src.endUnix)) } : {}),
    billing_provider: 'stripe',
    origin: [{ type: src.stripeType, id: src.id }],
  }

  const statement = statementFor(ctx, src, startIso)
  if (statement.ok) contract.usage_statement_schedule = statement.schedule

  const items: ItemTermsResult = { targets: [], notes: [], volumeOverrides: [] }
  for (const phase of src.phases) for (const item of phase.items) applyItemTerms(ctx, contract, phase, item, src.currency, items)

  const discountRefs = [...src.discounts, ...src.phases.flatMap((p) => [...p.discounts, ...p.items.flatMap((i) => i.discounts)]), ...(customer?.discount ? [customer.discount] : [])]
  const discounts = applyDiscounts(ctx, contract, discountRefs, src.currency)
  const threshold = applyThreshold(ctx, contract, src)

  ctx.catalog.contracts.push(contract)
  ctx.contractsBySource.set(`${src.stripeType}:${src.id}`, contract)
  ctx.contractsByCustomer.set(src.customerId, [...(ctx.contractsByCustomer.get(src.customerId) ?? []), contract])

  const contractTarget: DecisionTarget = { type: 'contract', key: contract.key }
  const trial = src.trialEndUnix && src.trialEndUnix * 1000 > Date.parse(ctx.cutoverAt) ? ` The trial until ${unixToIso(src.trialEndUnix)} is not modelled.` : ''
  const schedule = src.schedule ? ` Schedule ${src.schedule.id}: ${plural(src.phases.length, 'phase')} from the cutover on became dated terms.` : ''
  decideMain(
    [contractTarget, ...items.targets],
    'approximate',
    `${customerName}'s subscription ${src.id} → contract preview "${contract.key}" on rate card "${contract.rate_card}", starting at the subscription start (${startIso}) with invoices generated from the cutover, billed through Stripe; ${plural(items.targets.length, 'contract term')} for this customer's prices (overrides, subscription terms).${schedule}`,
    [`Metronome invoices replace Stripe's usage invoices (parallel-run first).`, trial, items.notes.length ? ` Not carried: ${items.notes.join('; ')}.` : ''].join('').trim(),
  )
  if (src.schedule && src.stripeType === 'subscription') {
    ctx.decide({
      stripeType: 'subscription_schedule',
      stripeId: src.schedule.id,
      rule: 'M18',
      targets: [contractTarget, ...items.targets],
      fidelity: 'approximate',
      reason: `The schedule's phases after the cutover became dated overrides and subscription terms on contract "${contract.key}".`,
      lost: 'Phase-level settings other than prices and quantities (billing cycle anchors, trial phases, add_invoice_items).',
    })
  }
  decideStatement(ctx, src, contractTarget, statement)
  if (items.volumeOverrides.length > 0) {
    ctx.decide({
      stripeType: src.stripeType,
      stripeId: src.id,
      rule: 'M10',
      targets: items.volumeOverrides,
      fidelity: 'approximate',
      reason: `Volume-tiered usage: FLAT OVERWRITE overrides at the first tier are drafted on "${contract.key}"; set each to the tier ${customerName} is expected to reach.`,
      lost: 'Automatic tier changes as usage grows or shrinks.',
    })
  }
  if (discounts.targets.length > 0 || discounts.notes.length > 0) {
    ctx.decide({
      stripeType: src.stripeType,
      stripeId: src.id,
      rule: 'M20',
      targets: discounts.targets,
      fidelity: discounts.targets.length > 0 ? 'approximate' : 'unsupported',
      reason:
        discounts.targets.length > 0
          ? `Discounts (coupons ${discounts.couponIds.join(', ')}) became ${discounts.targets.map((t) => t.type).join(' and ')} on "${contract.key}"${discounts.notes.length ? `; ${discounts.notes.join('; ')}` : ''}.`
          : `No discount was carried to "${contract.key}": ${discounts.notes.join('; ')}.`,
      lost: 'Stripe discounts the invoice subtotal; Metronome overrides re-rate line items and do not stack with other overrides, credits burn as usage accrues.',
    })
  }
  if (threshold) ctx.decide({ stripeType: src.stripeType, stripeId: src.id, rule: 'M22', targets: [contractTarget], ...threshold })
  decideLicensed(ctx, src, items.targets)
}

function statementFor(ctx: DraftContext, src: ContractSource, startIso: string) {
  const prices = src.phases[0]?.items.map((i) => ctx.index.pricesById.get(i.priceId)).filter((p) => p?.recurring) ?? []
  const metered = prices.find((p) => p?.recurring?.usage_type === 'metered') ?? prices[0]
  if (!metered?.recurring) return { ok: false as const, reason: 'no recurring price gives the billing interval' }
  return usageStatementSchedule({
    interval: metered.recurring.interval,
    intervalCount: metered.recurring.interval_count,
    startUnix: src.startUnix,
    anchorUnix: src.anchorUnix,
    contractStartIso: startIso,
    cutoverAt: ctx.cutoverAt,
  })
}

function decideStatement(ctx: DraftContext, src: ContractSource, target: DecisionTarget, statement: ReturnType<typeof statementFor>) {
  ctx.decide({
    stripeType: src.stripeType,
    stripeId: src.id,
    rule: 'M17',
    targets: statement.ok ? [target] : [],
    fidelity: statement.ok ? (statement.exact ? 'exact' : 'approximate') : 'unsupported',
    reason: statement.ok
      ? `Billing interval → usage statements ${statement.schedule.frequency} (${statement.schedule.day}): ${statement.note}.`
      : `The contract has no usage statement schedule: ${statement.reason}; choose one before publishing.`,
  })
}

function applyThreshold(ctx: DraftContext, contract: TDraftContract, src: ContractSource): { fidelity: 'approximate'; reason: string; lost: string } | null {
  const itemThresholds = src.phases.flatMap((p) => p.items).filter((i) => i.usageGte)
  if (!src.amountThreshold && itemThresholds.length === 0) return null
  const parts: string[] = []
  if (src.amountThreshold) {
    contract.spend_threshold_configuration = {
      commit: { product: ctx.fixedProduct('threshold_billing'), name: 'Threshold billing' },
      is_enabled: true,
      payment_gate_config: { payment_gate_type: 'NONE' },
      threshold_amount: stripeMinorToMetronomePrice(src.amountThreshold, src.currency),
    }
    parts.push(`the ${stripeMinorToMajor(src.amountThreshold, src.currency)} ${src.currency} billing threshold became a spend threshold (charged each time spend reaches it)`)
  }
  if (itemThresholds.length > 0) parts.push(`${plural(itemThresholds.length, 'item usage threshold')} ${itemThresholds.length === 1 ? 'has' : 'have'} no Metronome equivalent and were not carried`)
  return {
    fidelity: 'approximate',
    reason: `On "${contract.key}", ${parts.join('; ')}.`,
    lost: 'Payment gating and ACH timing differ; Stripe resets the billing cycle per threshold settings, Metronome does not.',
  }
}

function decideLicensed(ctx: DraftContext, src: ContractSource, targets: DecisionTarget[]) {
  const licensed = src.phases.flatMap((p) => p.items).filter((i) => {
    const k = ctx.priceOutcomes.get(i.priceId)?.kind
    return k === 'licensed' || k === 'stays_in_stripe'
  })
  if (licensed.length === 0) return
  const terms = targets.filter((t) => t.type === 'subscription')
  ctx.decide({
    stripeType: src.stripeType,
    stripeId: src.id,
    rule: 'M21',
    targets: terms,
    fidelity: ctx.pattern === 'metronome_only' ? 'approximate' : 'exact',
    reason:
      ctx.pattern === 'metronome_only'
        ? `${plural(licensed.length, 'flat-rate/seat item')} became subscription terms (quantity only, billed in advance) on the contract.`
        : `${plural(licensed.length, 'flat-rate/seat item')} ${licensed.length === 1 ? 'stays' : 'stay'} on the Stripe subscription; Metronome bills only usage for this customer.`,
    ...(ctx.pattern === 'metronome_only' ? { lost: "Proration and invoice timing differ from Stripe's." } : {}),
  })
}

/** Decisions of prices that are not the list rate of their slot, now that contracts exist (M18). */
export function decideAlternatePrices(ctx: DraftContext): void {
  for (const { priceId, standardPriceId } of ctx.alternates) {
    const targets = ctx.contractTargetsByPrice.get(priceId) ?? []
    const customers = ctx.index.customersByPrice.get(priceId)?.size ?? 0
    const reason =
      targets.length === 0
        ? `Price ${priceId} prices the same thing as the list price ${standardPriceId} and no live subscription uses it; it was not drafted (add it as a package or override when a customer needs it).`
        : customers === 1
          ? `Customer-specific price: instead of a second rate card, the one contract that uses it gets an override against the list price ${standardPriceId}.`
          : `Price ${priceId} is used by ${customers} customers instead of the list price ${standardPriceId}: each of their contracts gets an override (consider a package for this cohort).`
    ctx.decide({
      stripeType: 'price',
      stripeId: priceId,
      rule: 'M18',
      targets,
      fidelity: targets.length === 0 ? 'unsupported' : customers === 1 ? 'exact' : 'approximate',
      reason,
      related: [['price', standardPriceId]],
      ...(targets.length > 0 ? { lost: 'The price is no longer on a rate card: new customers cannot be put on it without an override.' } : {}),
    })
  }
}
