/**
 * Stripe volume tiers (M10): no native Metronome equivalent. Pure.
 *
 * Option (a) `sql_metric`: a SQL billable metric whose `value` is the period's *amount* in the rate
 * card's Metronome denomination (CASE on the period quantity), priced with a FLAT rate of 1 on a product
 * with `sql_breakdown_granularity: SERVICE_PERIOD`. Totals are exact.
 * Option (b) `contract_override`: the list rate is the first tier's unit price and each contract gets a
 * FLAT OVERWRITE at the tier the customer is expected to reach.
 * The SQL uses only constructs metronome-domain.md §1.7 documents (sub-select, SUM/COUNT/LATEST, CAST,
 * CASE WHEN), and reads properties as strings, hence the CASTs.
 */
import { D, dec, stripeMinorToMetronomePrice } from '../money'
import { tierFlatMinor, tierUnitMinor, type StripePriceTier } from '../stripe/price'
import { tierBounds } from './graduated-tiers'

export type VolumeQuantity = {
  eventTypes: string[]
  aggregation: 'COUNT' | 'SUM' | 'LATEST' | 'MAX'
  valueKey?: string
  /** Property equality filters (segment / pricing group values). */
  filters: Record<string, string>
}

const quote = (s: string) => `'${s.replace(/'/g, "''")}'`
const prop = (name: string) => (/^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? `properties.${name}` : `properties."${name.replace(/"/g, '""')}"`)

export function quantityExpression(q: VolumeQuantity): string {
  if (q.aggregation === 'COUNT' || !q.valueKey) return 'COUNT(*)'
  return `${q.aggregation}(CAST(${prop(q.valueKey)} AS DECIMAL))`
}

export function volumeTierSql(q: VolumeQuantity, tiers: StripePriceTier[], currency: string): { ok: true; sql: string } | { ok: false; reason: string } {
  const checked = tierBounds(tiers)
  if (!checked.ok) return checked
  const cases = tiers.map((t, i) => {
    const unit = stripeMinorToMetronomePrice(tierUnitMinor(t), currency)
    const flat = stripeMinorToMetronomePrice(tierFlatMinor(t), currency)
    const amount = dec(flat).isZero() ? `q * ${unit}` : `q * ${unit} + ${flat}`
    const bound = checked.bounds[i]
    return bound === null || bound === undefined ? `    ELSE ${amount}` : `    WHEN q <= ${bound} THEN ${amount}`
  })
  const where = [
    `event_type IN (${q.eventTypes.map(quote).join(', ')})`,
    ...Object.keys(q.filters)
      .sort()
      .map((k) => `${prop(k)} = ${quote(q.filters[k] ?? '')}`),
  ]
  const sql = [
    'SELECT CASE',
    '    WHEN q <= 0 THEN 0',
    ...cases,
    '  END AS value',
    `FROM (SELECT ${quantityExpression(q)} AS q FROM events WHERE ${where.join(' AND ')})`,
  ].join('\n')
  return { ok: true, sql }
}

/** Option (b)'s list price: the first tier's unit price (flat amounts are not representable). */
export function firstTierPrice(tiers: StripePriceTier[], currency: string): string | null {
  const first = tiers[0]
  return first ? stripeMinorToMetronomePrice(tierUnitMinor(first), currency) : null
}

/** True when any tier carries a flat amount (lost by option (b)). */
export function hasFlatAmounts(tiers: StripePriceTier[]): boolean {
  return tiers.some((t) => new D(tierFlatMinor(t)).gt(0))
}

