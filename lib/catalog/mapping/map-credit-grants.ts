/**
 * Stripe credit grants → commits and credits on the customer's contract preview (M19, metronome-domain
 * §4.5). Pure over the context.
 *  - `paid` → PREPAID commit; the balance was paid in Stripe, so it is not billed again
 *    (`invoice_schedule.do_not_invoice: true`, which keeps the cost basis).
 *  - `promotional` → credit.
 *  - Amount = the remaining balance from the credit balance summary, never the original amount.
 *  - Access from max(effective_at, cutover) to expires_at, hour-aligned; no expiry → ten years.
 *  - Priority p (Stripe 0 = first) → p + 1 (Metronome priorities must be > 0; order is kept).
 *  - Applicability: metered-price scope → products tagged `usage`; listed prices → their products.
 * Voided, expired and exhausted grants have nothing left to migrate.
 */
import { slugify } from '../keys'
import { isMetronomeFiat, stripeMinorToMajor, stripeMinorToMetronomePrice } from '../money'
import type { TCommit, TCredit } from '../schemas'
import type { StripeCreditGrant } from '../stripe/credit-grant'
import { balanceSummaryId } from '../stripe/credit-grant'
import { customerDisplayName } from '../stripe/customer'
import type { DraftContext } from './draft-context'
import { byCreatedThenId } from './snapshot-index'
import { addMonthsIso, ceilHour, floorHour, isoToUnix, laterIso, unixToIso } from './time'
import type { DecisionTarget, Fidelity } from './types'
import { USAGE_TAG } from './usage-products'

function remaining(ctx: DraftContext, g: StripeCreditGrant): { value: number; currency: string; fromSummary: boolean } | null {
  const summary = ctx.index.balanceSummaryByGrant.get(g.id)
  const money = summary?.balances.map((b) => b.available_balance.monetary).find((m) => m)
  if (money) return { value: money.value, currency: money.currency.toUpperCase(), fromSummary: true }
  const original = g.amount.monetary
  return original ? { value: original.value, currency: original.currency.toUpperCase(), fromSummary: false } : null
}

function scope(ctx: DraftContext, g: StripeCreditGrant): { applicable_products?: string[]; applicable_product_tags?: string[]; notes: string[] } {
  const s = g.applicability_config?.scope
  const priceIds = (s?.prices ?? []).map((p) => p.id).filter((id): id is string => !!id)
  if (priceIds.length > 0) {
    const products = new Set<string>()
    const notes: string[] = []
    for (const id of priceIds) {
      const o = ctx.priceOutcomes.get(id)
      if (o && 'productKey' in o && o.productKey) products.add(o.productKey)
      else notes.push(`price ${id} has no Metronome product`)
    }
    return { applicable_products: [...products], notes }
  }
  if (s?.price_type === 'metered') return { applicable_product_tags: [USAGE_TAG], notes: [] }
  return { notes: ['unscoped: in Metronome it also applies to subscription fees'] }
}

export function mapCreditGrants(ctx: DraftContext): void {
  for (const g of [...ctx.snap.creditGrants].sort(byCreatedThenId)) mapGrant(ctx, g)
  const used = new Set(ctx.snap.creditGrants.map((g) => g.id))
  for (const s of [...ctx.snap.creditBalanceSummaries].sort((a, b) => (balanceSummaryId(a) < balanceSummaryId(b) ? -1 : 1))) {
    const id = balanceSummaryId(s)
    const grantDecision = s.credit_grant ? ctx.decisions.find((d) => d.stripeType === 'credit_grant' && d.stripeId === s.credit_grant) : undefined
    ctx.decide({
      stripeType: 'credit_balance_summary',
      stripeId: id,
      rule: 'M19',
      targets: grantDecision?.targets ?? [],
      fidelity: 'exact',
      reason: !(s.credit_grant && used.has(s.credit_grant))
        ? `Balance summary for customer ${s.customer} names no imported credit grant; it was only used for reference.`
        : (grantDecision?.targets.length ?? 0) > 0
          ? `The remaining balance of grant ${s.credit_grant} sets the drafted access amount (not the grant's original amount).`
          : `The remaining balance of grant ${s.credit_grant} was read; the grant itself carries nothing into Metronome (see its decision).`,
    })
  }
}

function mapGrant(ctx: DraftContext, g: StripeCreditGrant): void {
  const related: Array<['credit_balance_summary', string]> = []
  const summary = ctx.index.balanceSummaryByGrant.get(g.id)
  if (summary) related.push(['credit_balance_summary', balanceSummaryId(summary)])
  const decide = (targets: DecisionTarget[], fidelity: Fidelity, reason: string, lost?: string): void => {
    ctx.decide({ stripeType: 'credit_grant', stripeId: g.id, rule: 'M19', targets, fidelity, reason, related, ...(lost ? { lost } : {}) })
  }
  const label = g.name ? `"${g.name}" (${g.id})` : g.id
  const cutover = isoToUnix(ctx.cutoverAt)
  if (g.voided_at) return decide([], 'exact', `Credit grant ${label} was voided in Stripe: nothing to migrate.`)
  if (g.expires_at && ceilHour(g.expires_at) <= cutover) return decide([], 'exact', `Credit grant ${label} expires before the cutover: nothing to migrate.`)
  const balance = remaining(ctx, g)
  if (!balance) return decide([], 'unsupported', `Credit grant ${label} is not a monetary amount, which Metronome commits and credits cannot hold.`)
  if (balance.value <= 0) return decide([], 'exact', `Credit grant ${label} is fully used (remaining balance 0): nothing to migrate.`)
  if (!isMetronomeFiat(balance.currency)) return decide([], 'unsupported', `Credit grant ${label} is in ${balance.currency}, which Metronome cannot hold.`)
  const contract = ctx.contractsByCustomer.get(g.customer)?.[0]
  const customer = ctx.index.customersById.get(g.customer)
  const who = customer ? customerDisplayName(customer) : g.customer
  if (!contract) return decide([], 'unsupported', `Credit grant ${label} belongs to ${who}, who has no contract preview to carry it (no subscription billed by Metronome).`)

  const amount = stripeMinorToMetronomePrice(balance.value, balance.currency)
  const start = laterIso(unixToIso(floorHour(g.effective_at ?? g.created ?? cutover)), ctx.cutoverAt)
  const end = g.expires_at ? unixToIso(ceilHour(g.expires_at)) : (contract.ending_before ?? addMonthsIso(ctx.cutoverAt, 120))
  const sc = scope(ctx, g)
  const priority = (g.priority ?? 50) + 1
  const common = {
    name: g.name ?? (g.category === 'paid' ? 'Prepaid balance' : 'Promotional credit'),
    priority,
    access_schedule: { credit_type: balance.currency, schedule_items: [{ amount, starting_at: start, ending_before: end }] },
    ...(sc.applicable_products ? { applicable_products: sc.applicable_products } : {}),
    ...(sc.applicable_product_tags ? { applicable_product_tags: sc.applicable_product_tags } : {}),
    origin: [{ type: 'credit_grant', id: g.id, amount: String(balance.value), currency: balance.currency }],
  }
  const major = `${stripeMinorToMajor(balance.value, balance.currency)} ${balance.currency}`
  const notes = [
    balance.fromSummary ? '' : 'no balance summary was imported, so the original amount was used — check the remaining balance',
    g.expires_at ? '' : 'no expiry in Stripe: drafted to end ten years after the cutover (or at the contract end)',
    ...sc.notes,
    balance.currency !== (ctx.catalog.rateCards.find((c) => c.key === contract.rate_card)?.fiat_currency ?? balance.currency) ? `the balance is in ${balance.currency} but the contract's card is not, so it would never burn down` : '',
  ].filter(Boolean)
  const lost = `Real-time burn-down replaces invoice-time application, and Metronome's tie-breaks (cost basis, fewest products, expiry) apply.${notes.length ? ` Note: ${notes.join('; ')}.` : ''}`

  if (g.category === 'paid') {
    const key = ctx.keys.allocate('commit', slugify(`${contract.key}:${g.name ?? g.id}`))
    const commit: TCommit = {
      key,
      ...common,
      product: ctx.fixedProduct('prepaid_commit'),
      type: 'PREPAID',
      invoice_schedule: { credit_type: balance.currency, do_not_invoice: true, schedule_items: [{ timestamp: start, amount }] },
    }
    ;(contract.commits ??= []).push(commit)
    return decide([{ type: 'commit', key }, { type: 'contract', key: contract.key }], 'approximate', `Paid credit grant ${label}: its remaining ${major} became a prepaid commit on "${contract.key}" (priority ${priority}), not invoiced again.`, lost)
  }
  if (g.category !== 'promotional') {
    return decide([], 'unsupported', `Credit grant ${label} has category "${g.category}", which is neither paid nor promotional.`)
  }
  const key = ctx.keys.allocate('credit', slugify(`${contract.key}:${g.name ?? g.id}`))
  const credit: TCredit = { key, ...common, product: ctx.fixedProduct('promotional_credit') }
  ;(contract.credits ??= []).push(credit)
  decide([{ type: 'credit', key }, { type: 'contract', key: contract.key }], 'approximate', `Promotional credit grant ${label}: its remaining ${major} became a credit on "${contract.key}" (priority ${priority}).`, lost)
}
