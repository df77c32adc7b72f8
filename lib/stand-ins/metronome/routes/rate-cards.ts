import { randomUUID } from 'node:crypto'
import type { RouteDef } from '../context'
import { badRequest, notFound } from '../errors'
import { findProduct, requireRateCard } from '../lookups'
import { paginate } from '../pagination'
import { rateCardView } from '../read-models'
import { checkCustomFieldValues, writeCustomFields } from '../rules/custom-fields'
import { checkAliases, checkConversions, checkFiatCreditType, rateCardSilentProblems } from '../rules/rate-cards'
import { USD_CENTS_ID } from '../pricing-units-seed'
import {
  moveProducts,
  RATE_CARD_UPDATE_HINTS,
  rateCardById,
  rateCardCreate,
  rateCardList,
  rateCardUpdate,
  setProductsOrder,
} from '../schemas/rate-cards'
import { parseRequest } from '../schemas/validate'
import { canonicalIso } from '../time'
import type { Alias, EmulatorState, RateCardRecord } from '../types'

export const RATE_CARDS = '/v1/contract-pricing/rate-cards'

const canonicalAliases = (aliases: readonly Alias[]): Alias[] =>
  aliases.map((a) => ({
    name: a.name,
    ...(a.starting_at ? { starting_at: canonicalIso(a.starting_at) } : {}),
    ...(a.ending_before ? { ending_before: canonicalIso(a.ending_before) } : {}),
  }))

/** Invoice order of the card's products: the explicit order first, then products by their first rate. */
export function productOrder(state: EmulatorState, card: RateCardRecord): string[] {
  const order = [...card.product_order]
  for (const r of state.rates) if (r.rate_card_id === card.id && !order.includes(r.product_id)) order.push(r.product_id)
  return order
}

function requireLiveCard(state: EmulatorState, id: string): RateCardRecord {
  const card = requireRateCard(state, id)
  if (card.archived_at) throw badRequest(`Rate card ${id} is archived`)
  return card
}

export const rateCardRoutes: RouteDef[] = [
  {
    method: 'POST',
    path: `${RATE_CARDS}/create`,
    mutates: true,
    handler(ctx) {
      const p = parseRequest(rateCardCreate, ctx.body)
      const fiat = p.fiat_credit_type_id ?? USD_CENTS_ID
      checkFiatCreditType(ctx.state, fiat)
      const conversions = p.credit_type_conversions ?? []
      checkConversions(ctx.state, 'credit_type_conversions', conversions, [])
      const aliases = canonicalAliases(p.aliases ?? [])
      checkAliases(aliases)
      checkCustomFieldValues(ctx.state, 'rate_card', null, p.custom_fields ?? {})

      const id = randomUUID()
      const problems = rateCardSilentProblems(ctx.state, id, p.name, conversions, aliases)
      ctx.state.rate_cards.push({
        id,
        name: p.name,
        description: p.description,
        fiat_credit_type_id: fiat,
        credit_type_conversions: conversions,
        aliases,
        product_order: [],
        created_at: ctx.now.toISOString(),
        created_by: ctx.createdBy,
        archived_at: null,
      })
      writeCustomFields(ctx.state, 'rate_card', id, p.custom_fields ?? {})
      for (const problem of problems) ctx.silent(problem)
      return { body: { data: { id } } }
    },
  },
  {
    method: 'POST',
    path: `${RATE_CARDS}/get`,
    mutates: false,
    handler(ctx) {
      const { id } = parseRequest(rateCardById, ctx.body)
      return { body: { data: rateCardView(ctx.state, requireRateCard(ctx.state, id)) } }
    },
  },
  {
    method: 'POST',
    path: `${RATE_CARDS}/update`,
    mutates: true,
    handler(ctx) {
      const p = parseRequest(rateCardUpdate, ctx.body, { hints: RATE_CARD_UPDATE_HINTS })
      const card = requireLiveCard(ctx.state, p.rate_card_id)
      const added = p.add_credit_type_conversions ?? []
      checkConversions(ctx.state, 'add_credit_type_conversions', added, card.credit_type_conversions)
      const aliases = p.aliases ? canonicalAliases(p.aliases) : undefined
      if (aliases) checkAliases(aliases)
      const problems = rateCardSilentProblems(ctx.state, card.id, p.name ?? card.name, added, aliases ?? [])

      if (p.name !== undefined) card.name = p.name
      if (p.description !== undefined) card.description = p.description
      if (aliases) card.aliases = aliases
      card.credit_type_conversions.push(...added)
      for (const problem of problems) ctx.silent(problem)
      return { body: { data: { id: card.id } } }
    },
  },
  {
    method: 'POST',
    path: `${RATE_CARDS}/list`,
    mutates: false,
    handler(ctx) {
      // rateCards.list() without `{body: {}}` posts an empty JSON body; the server reads that as `{}`.
      parseRequest(rateCardList, ctx.body)
      const cards = ctx.state.rate_cards.filter((c) => !c.archived_at)
      const page = paginate(cards, ctx.query, ctx.defaultPageSize)
      return { body: { data: page.data.map((c) => rateCardView(ctx.state, c)), next_page: page.next_page } }
    },
  },
  {
    method: 'POST',
    path: `${RATE_CARDS}/archive`,
    mutates: true,
    handler(ctx) {
      const { id } = parseRequest(rateCardById, ctx.body)
      const card = requireRateCard(ctx.state, id)
      card.archived_at ??= ctx.now.toISOString()
      return { body: { data: { id } } }
    },
  },
  {
    method: 'POST',
    path: `${RATE_CARDS}/setRateCardProductsOrder`,
    mutates: true,
    handler(ctx) {
      const p = parseRequest(setProductsOrder, ctx.body)
      const card = requireLiveCard(ctx.state, p.rate_card_id)
      for (const id of p.product_order) if (!findProduct(ctx.state, id)) throw notFound(`Product not found: ${id}`)
      if (new Set(p.product_order).size !== p.product_order.length) throw badRequest('product_order lists a product more than once')
      card.product_order = [...p.product_order]
      return { body: { data: { id: card.id } } }
    },
  },
  {
    method: 'POST',
    path: `${RATE_CARDS}/moveRateCardProducts`,
    mutates: true,
    handler(ctx) {
      const p = parseRequest(moveProducts, ctx.body)
      const card = requireLiveCard(ctx.state, p.rate_card_id)
      const order = productOrder(ctx.state, card)
      for (const move of p.product_moves) {
        if (!findProduct(ctx.state, move.product_id)) throw notFound(`Product not found: ${move.product_id}`)
        const from = order.indexOf(move.product_id)
        if (from >= 0) order.splice(from, 1)
        order.splice(Math.min(Math.floor(move.position), order.length), 0, move.product_id)
      }
      card.product_order = order
      return { body: { data: { id: card.id } } }
    },
  },
]
