/**
 * RC-rate-type · A rate's type exists and suits its product.
 * Invariant: rate_type ∈ {FLAT, TIERED, PERCENTAGE, TIERED_PERCENTAGE, SUBSCRIPTION, CUSTOM} in upper case;
 * USAGE products take FLAT or TIERED (CUSTOM with the custom-rates flag), COMPOSITE products PERCENTAGE or
 * TIERED_PERCENTAGE (the latter flag-gated), SUBSCRIPTION products FLAT (the legacy SUBSCRIPTION type is
 * MTR-50's); custom_rate only on CUSTOM rates.
 * Source: metronome-api.md §3 R6 (E; feature-gated types are warnings without the account flag).
 */
import { RATE_TYPES } from '../../schemas'
import { objectRule, on, type IssueDraft } from '../rule'
import { productType } from '../support/catalog'
import { cite } from '../support/sources'

const ALLOWED: Record<string, readonly string[]> = {
  USAGE: ['FLAT', 'TIERED', 'CUSTOM'],
  COMPOSITE: ['PERCENTAGE', 'TIERED_PERCENTAGE'],
  SUBSCRIPTION: ['FLAT', 'SUBSCRIPTION'],
}

export default objectRule<'rate'>({
  code: 'RC-rate-type',
  severity: 'error',
  title: 'Rate type does not suit the product',
  explanation:
    'USAGE products are priced FLAT or TIERED (CUSTOM is client-gated), COMPOSITE products PERCENTAGE or TIERED_PERCENTAGE (feature-gated), SUBSCRIPTION products FLAT with a billing frequency.',
  fix: 'Pick a rate type the product type supports.',
  ...cite('metronome-api.md §3 R6', ['SDK-PY', 'AI']),
  subjects: ['rate'],
  appliesTo: ['rate', 'product', 'context'],
  check(e, ctx) {
    const raw = e.doc.rate_type
    const p = ctx.index.doc('product', e.doc.product)
    // Hot path (every rate): a canonical FLAT or TIERED rate on a USAGE product.
    if ((raw === 'FLAT' || raw === 'TIERED') && e.doc.custom_rate === undefined && (!p || p.type === 'USAGE')) return
    const type = raw.toUpperCase()
    const out: IssueDraft[] = []
    if (!(RATE_TYPES as readonly string[]).includes(type)) return [on(e, ['rate_type'], `\`rate_type\` "${raw}" is not a Metronome rate type: use FLAT, TIERED, PERCENTAGE, TIERED_PERCENTAGE or CUSTOM.`)]
    if (raw !== type) out.push(on(e, ['rate_type'], `Write \`rate_type\` as "${type}" (upper case, the spelling Ratecraft publishes).`))
    if (e.doc.custom_rate !== undefined && type !== 'CUSTOM') out.push(on(e, ['custom_rate'], '`custom_rate` applies to CUSTOM rates only: remove it.'))
    if (type === 'TIERED_PERCENTAGE' && ctx.flags.tieredPercentage !== true) out.push(on(e, ['rate_type'], 'TIERED_PERCENTAGE is feature-gated: ask Metronome to enable it for the account.', 'warning'))
    if (type === 'CUSTOM' && ctx.flags.customRates !== true) out.push(on(e, ['rate_type'], 'CUSTOM rates need a custom rate processor enabled by Metronome for the account.', 'warning'))
    const allowed = p ? ALLOWED[productType(p)] : undefined
    if (p && allowed && !allowed.includes(type))
      out.push(on(e, ['rate_type'], `A ${productType(p)} product is priced ${allowed.filter((t) => t !== 'SUBSCRIPTION' && t !== 'CUSTOM').join(' or ')}, not ${type}: change the rate type.`))
    return out
  },
})
