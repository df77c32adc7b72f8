import type { SilentInput } from '../context'
import { badRequest } from '../errors'
import { findPricingUnit } from '../lookups'
import { ms } from '../time'
import type { Alias, CreditTypeConversion, EmulatorState, RateCardRecord } from '../types'

// Rules for rate-cards/create and rate-cards/update (metronome-domain.md §3.1, §3.6, §3.7; §8 rules 42, 43, 52).

/** One fiat currency per card, chosen at creation; an unknown or non-currency unit is refused. */
export function checkFiatCreditType(state: EmulatorState, id: string): void {
  const unit = findPricingUnit(state, id)
  if (!unit) throw badRequest(`fiat_credit_type_id: credit type not found: ${id}`)
  if (!unit.is_currency) throw badRequest(`fiat_credit_type_id must be a fiat currency; ${unit.name} (${id}) is a custom pricing unit`)
}

/** Conversions are only for custom units, one per unit, and existing ones can never be modified. */
export function checkConversions(
  state: EmulatorState,
  field: 'credit_type_conversions' | 'add_credit_type_conversions',
  conversions: readonly CreditTypeConversion[],
  existing: readonly CreditTypeConversion[],
): void {
  const seen = new Set<string>()
  for (const [i, c] of conversions.entries()) {
    const at = `${field}[${i}]`
    const unit = findPricingUnit(state, c.custom_credit_type_id)
    if (!unit) throw badRequest(`${at}.custom_credit_type_id: credit type not found: ${c.custom_credit_type_id}`)
    if (unit.is_currency) throw badRequest(`${at}.custom_credit_type_id must be a custom pricing unit; ${unit.name} is a fiat currency`)
    if (seen.has(c.custom_credit_type_id)) throw badRequest(`${at}: more than one conversion for ${unit.name}`)
    seen.add(c.custom_credit_type_id)
    if (existing.some((e) => e.custom_credit_type_id === c.custom_credit_type_id)) {
      throw badRequest(`${at}: a conversion for ${unit.name} already exists on this rate card; existing conversions cannot be modified`)
    }
  }
}

export function checkAliases(aliases: readonly Alias[]): void {
  for (const [i, a] of aliases.entries()) {
    if (a.starting_at && a.ending_before && ms(a.ending_before) <= ms(a.starting_at)) {
      throw badRequest(`aliases[${i}].ending_before must be after starting_at`)
    }
  }
}

export function rateCardSilentProblems(
  state: EmulatorState,
  cardId: string,
  name: string,
  conversions: readonly CreditTypeConversion[],
  aliases: readonly Alias[],
): SilentInput[] {
  const out: SilentInput[] = []
  const add = (code: string, message: string) => out.push({ code, message, entity: 'rate_card', entity_id: cardId })
  for (const c of conversions) {
    if (!(c.fiat_per_custom_credit > 0)) add('NON_POSITIVE_CONVERSION', `fiat_per_custom_credit ${c.fiat_per_custom_credit} is not positive`)
  }
  for (const a of aliases) {
    const holder = state.rate_cards.find((c: RateCardRecord) => c.id !== cardId && c.aliases.some((x) => x.name === a.name))
    if (holder) add('ALIAS_MOVED', `alias '${a.name}' was on rate card ${holder.id}; it now refers to "${name}" (most recently assigned wins)`)
  }
  const twin = state.rate_cards.find((c) => c.id !== cardId && !c.archived_at && c.name === name)
  if (twin) add('DUPLICATE_RATE_CARD_NAME', `another active rate card (${twin.id}) is named "${name}"`)
  return out
}
