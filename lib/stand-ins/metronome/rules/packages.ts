import type { SilentInput } from '../context'
import { badRequest, conflict, notFound } from '../errors'
import { findProduct, findRateCard } from '../lookups'
import { productStateAt } from '../product-timeline'
import type { PackageCreate } from '../schemas/packages'
import { inInterval } from '../time'
import type { EmulatorState, RateCardRecord } from '../types'

// Rules for packages/create (metronome-api.md §2.10, §3.5 PK1–PK3; metronome-domain.md §3.9).

/** The card an alias refers to at `at`: among cards whose alias window covers it, the most recently created wins. */
export function resolveRateCardAlias(state: EmulatorState, alias: string, at: number): RateCardRecord | undefined {
  const holders = state.rate_cards.filter((c) =>
    c.aliases.some((a) => a.name === alias && inInterval(at, a.starting_at ?? '1970-01-01T00:00:00Z', a.ending_before)),
  )
  return holders.at(-1)
}

/** Throws for what Metronome refuses; returns the rate card the package is built on. */
export function checkPackage(state: EmulatorState, p: PackageCreate, now: number): RateCardRecord {
  if (p.uniqueness_key !== undefined && state.uniqueness_keys[p.uniqueness_key] !== undefined) {
    throw conflict('This uniqueness key has already been used.')
  }
  if (p.rate_card_id !== undefined && p.rate_card_alias !== undefined) {
    throw badRequest('rate_card_id and rate_card_alias are mutually exclusive')
  }
  let card: RateCardRecord | undefined
  if (p.rate_card_id !== undefined) {
    card = findRateCard(state, p.rate_card_id)
    if (!card) throw notFound(`Rate card not found: ${p.rate_card_id}`)
  } else if (p.rate_card_alias !== undefined) {
    card = resolveRateCardAlias(state, p.rate_card_alias, now)
    if (!card) throw badRequest(`rate_card_alias '${p.rate_card_alias}' does not refer to a rate card`)
  } else {
    throw badRequest('rate_card_id or rate_card_alias is required')
  }
  if (card.archived_at) throw badRequest(`Rate card ${card.id} is archived and cannot be used by new packages`)

  for (const [i, s] of (p.subscriptions ?? []).entries()) {
    const { product_id, billing_frequency } = s.subscription_rate
    const product = findProduct(state, product_id)
    if (!product) throw notFound(`subscriptions[${i}].subscription_rate: product not found: ${product_id}`)
    if (product.type !== 'SUBSCRIPTION') {
      throw badRequest(`subscriptions[${i}].subscription_rate.product_id must be a SUBSCRIPTION product; ${product_id} is ${product.type}`)
    }
    const cardId = card.id
    const match = state.rates.some((r) => r.rate_card_id === cardId && r.product_id === product_id && r.billing_frequency === billing_frequency)
    if (!match) {
      throw badRequest(`subscriptions[${i}].subscription_rate must match a rate on the rate card: no ${billing_frequency} rate for product ${product_id}`)
    }
  }

  for (const field of ['commits', 'credits', 'scheduled_charges', 'recurring_commits', 'recurring_credits'] as const) {
    for (const [i, term] of (p[field] ?? []).entries()) {
      const productId = (term as { product_id?: unknown }).product_id
      if (typeof productId === 'string' && !findProduct(state, productId)) {
        throw notFound(`${field}[${i}].product_id: product not found: ${productId}`)
      }
    }
  }
  return card
}

export function packageSilentProblems(state: EmulatorState, p: PackageCreate, packageId: string): SilentInput[] {
  const out: SilentInput[] = []
  const add = (code: string, message: string) => out.push({ code, message, entity: 'package', entity_id: packageId })
  for (const field of ['commits', 'credits'] as const) {
    for (const [i, term] of (p[field] ?? []).entries()) {
      const productId = (term as { product_id?: unknown }).product_id
      const product = typeof productId === 'string' ? findProduct(state, productId) : undefined
      if (product && product.type !== 'FIXED') {
        add('COMMIT_PRODUCT_NOT_FIXED', `${field}[${i}] uses ${product.type} product "${productStateAt(product, Infinity).name}"; commits and credits need a FIXED product`)
      }
    }
  }
  for (const a of p.aliases ?? []) {
    const holder = state.packages.find((other) => (other.params.aliases as Array<{ name: string }> | undefined)?.some((x) => x.name === a.name))
    if (holder) add('ALIAS_MOVED', `package alias '${a.name}' was on package ${holder.id}; it now refers to the new package`)
  }
  if (p.billing_provider !== undefined && p.delivery_method === undefined) {
    add('BILLING_PROVIDER_WITHOUT_DELIVERY', 'billing_provider set without delivery_method')
  }
  return out
}
