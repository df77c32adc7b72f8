import type { RouteDef, SilentInput } from '../context'
import { badRequest } from '../errors'
import { findProduct, requireRateCard } from '../lookups'
import { paginate } from '../pagination'
import { productStateAt } from '../product-timeline'
import { rateBody, rateEntryView } from '../read-models'
import { checkRate, rateSilentProblems, type CheckedRate } from '../rules/rates'
import type { RateSelector } from '../schemas/rate-cards'
import { getRates, getRateSchedule } from '../schemas/rate-cards'
import { addRate, addRates, type RatePayload } from '../schemas/rates'
import { parseRequest } from '../schemas/validate'
import { nextSeq } from '../state'
import { canonicalIso, inInterval, ms } from '../time'
import type { EmulatorState, RateCardRecord, RateRecord } from '../types'
import { productOrder, RATE_CARDS } from './rate-cards'

function toRecord(card: RateCardRecord, rate: RatePayload, checked: CheckedRate, now: string, seq: number): RateRecord {
  const record: RateRecord = {
    seq,
    rate_card_id: card.id,
    product_id: rate.product_id,
    entitled: rate.entitled,
    starting_at: canonicalIso(rate.starting_at),
    ending_before: rate.ending_before ? canonicalIso(rate.ending_before) : undefined,
    rate_type: rate.rate_type,
    price: rate.price,
    tiers: rate.tiers,
    credit_type_id: checked.credit_type_id,
    pricing_group_values: rate.pricing_group_values,
    billing_frequency: rate.billing_frequency,
    commit_rate: rate.commit_rate,
    quantity: rate.quantity,
    is_prorated: rate.is_prorated,
    custom_rate: rate.custom_rate,
    minimum_config: rate.minimum_config,
    created_at: now,
  }
  return Object.fromEntries(Object.entries(record).filter(([, v]) => v !== undefined)) as RateRecord
}

function requireLiveCard(state: EmulatorState, id: string): RateCardRecord {
  const card = requireRateCard(state, id)
  if (card.archived_at) throw badRequest(`Rate card ${id} is archived and cannot get new rates`)
  return card
}

function matchesSelector(state: EmulatorState, r: RateRecord, s: RateSelector): boolean {
  if (s.product_id !== undefined && r.product_id !== s.product_id) return false
  if (s.billing_frequency !== undefined && r.billing_frequency !== s.billing_frequency) return false
  const values = r.pricing_group_values ?? {}
  if (s.pricing_group_values !== undefined) {
    const want = Object.entries(s.pricing_group_values)
    if (want.length !== Object.keys(values).length || want.some(([k, v]) => values[k] !== v)) return false
  }
  if (s.partial_pricing_group_values && Object.entries(s.partial_pricing_group_values).some(([k, v]) => values[k] !== v)) return false
  if (s.product_tags !== undefined) {
    const product = findProduct(state, r.product_id)
    const tags = product ? (productStateAt(product, Infinity).tags ?? []) : []
    if (!s.product_tags.every((t) => tags.includes(t))) return false
  }
  return true
}

/** Selectors are ORed; fields inside one selector are ANDed. No selectors selects everything. */
const selected = (state: EmulatorState, r: RateRecord, selectors: readonly RateSelector[] | undefined) =>
  !selectors || selectors.length === 0 || selectors.some((s) => matchesSelector(state, r, s))

function sortForCard(state: EmulatorState, card: RateCardRecord, rates: RateRecord[]): RateRecord[] {
  const order = productOrder(state, card)
  return rates.sort(
    (a, b) => order.indexOf(a.product_id) - order.indexOf(b.product_id) || ms(a.starting_at) - ms(b.starting_at) || a.seq - b.seq,
  )
}

const scheduleKey = (r: RateRecord) =>
  JSON.stringify([r.product_id, Object.entries(r.pricing_group_values ?? {}).sort(), r.billing_frequency ?? null])

export const rateRoutes: RouteDef[] = [
  {
    method: 'POST',
    path: `${RATE_CARDS}/addRate`,
    mutates: true,
    handler(ctx) {
      const { rate_card_id, ...rate } = parseRequest(addRate, ctx.body)
      const card = requireLiveCard(ctx.state, rate_card_id)
      const checked = checkRate(ctx.state, card, rate, ctx.state.rates, '')
      const problems = rateSilentProblems(ctx.state, card, rate, ctx.state.rates, '')
      const record = toRecord(card, rate, checked, ctx.now.toISOString(), nextSeq(ctx.state))
      ctx.state.rates.push(record)
      for (const problem of problems) ctx.silent(problem)
      return { body: { data: rateBody(ctx.state, record) } }
    },
  },
  {
    method: 'POST',
    path: `${RATE_CARDS}/addRates`,
    mutates: true,
    handler(ctx) {
      const p = parseRequest(addRates, ctx.body)
      const card = requireLiveCard(ctx.state, p.rate_card_id)
      // All or nothing: every rate is checked (against the card and the batch so far) before any is stored.
      const pending: RateRecord[] = []
      const problems: SilentInput[] = []
      const now = ctx.now.toISOString()
      for (const [i, rate] of p.rates.entries()) {
        const label = `rates[${i}]`
        const earlier = [...ctx.state.rates, ...pending]
        const checked = checkRate(ctx.state, card, rate, earlier, label)
        problems.push(...rateSilentProblems(ctx.state, card, rate, earlier, label))
        // Sequence numbers are only taken once the whole batch is accepted; until then later batch entries rank after.
        pending.push(toRecord(card, rate, checked, now, Number.MAX_SAFE_INTEGER - p.rates.length + i))
      }
      for (const record of pending) ctx.state.rates.push({ ...record, seq: nextSeq(ctx.state) })
      for (const problem of problems) ctx.silent(problem)
      return { body: { data: { id: card.id } } }
    },
  },
  {
    method: 'POST',
    path: `${RATE_CARDS}/getRates`,
    mutates: false,
    handler(ctx) {
      const p = parseRequest(getRates, ctx.body)
      const card = requireRateCard(ctx.state, p.rate_card_id)
      const at = ms(p.at)
      // Where rates for the same product / pricing group values / frequency overlap, the newest one is in effect.
      const inEffect = new Map<string, RateRecord>()
      for (const r of ctx.state.rates) {
        if (r.rate_card_id !== card.id || !inInterval(at, r.starting_at, r.ending_before)) continue
        const key = scheduleKey(r)
        const current = inEffect.get(key)
        if (!current || current.seq < r.seq) inEffect.set(key, r)
      }
      const rates = sortForCard(ctx.state, card, [...inEffect.values()].filter((r) => selected(ctx.state, r, p.selectors)))
      const page = paginate(rates, ctx.query, ctx.defaultPageSize)
      return { body: { data: page.data.map((r) => rateEntryView(ctx.state, r)), next_page: page.next_page } }
    },
  },
  {
    method: 'POST',
    path: `${RATE_CARDS}/getRateSchedule`,
    mutates: false,
    handler(ctx) {
      const p = parseRequest(getRateSchedule, ctx.body)
      const card = requireRateCard(ctx.state, p.rate_card_id)
      const from = ms(p.starting_at)
      const to = p.ending_before ? ms(p.ending_before) : Infinity
      if (to <= from) throw badRequest('ending_before must be after starting_at')
      const rates = ctx.state.rates.filter(
        (r) =>
          r.rate_card_id === card.id &&
          ms(r.starting_at) < to &&
          (r.ending_before === undefined || ms(r.ending_before) > from) &&
          selected(ctx.state, r, p.selectors),
      )
      const page = paginate(sortForCard(ctx.state, card, rates), ctx.query, ctx.defaultPageSize)
      return { body: { data: page.data.map((r) => rateEntryView(ctx.state, r)), next_page: page.next_page } }
    },
  },
]
