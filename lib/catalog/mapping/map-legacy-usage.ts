/**
 * Legacy usage-record prices (M3): metered prices without a meter that still carry `aggregate_usage`.
 * Pure over the context. Each becomes a streaming metric on a new event type, because usage records
 * were reported per subscription item and have no events to match: the usage pipeline has to send them.
 * `last_ever` (carry the last value forward across periods) has no equivalent: LATEST is per period.
 */
import { slugify } from '../keys'
import { isMeteredPrice } from '../stripe/price'
import type { DraftContext } from './draft-context'
import { priceInScope } from './price-scope'

const LEGACY: Record<string, { aggregation: 'SUM' | 'MAX' | 'LATEST'; exact: boolean }> = {
  sum: { aggregation: 'SUM', exact: true },
  max: { aggregation: 'MAX', exact: true },
  last_during_period: { aggregation: 'LATEST', exact: true },
  last_ever: { aggregation: 'LATEST', exact: false },
}

export function mapLegacyUsagePrices(ctx: DraftContext): void {
  for (const p of ctx.index.prices) {
    if (!isMeteredPrice(p) || p.recurring?.meter || !priceInScope(ctx.index, p)) continue
    const mode = p.recurring?.aggregate_usage ?? 'sum'
    const legacy = LEGACY[mode]
    if (!legacy) {
      ctx.priceOutcomes.set(p.id, { kind: 'not_mapped', reason: `legacy aggregate_usage "${mode}" is unknown` })
      ctx.decide({
        stripeType: 'price',
        stripeId: p.id,
        rule: 'M3',
        targets: [],
        fidelity: 'unsupported',
        reason: `Metered price ${p.id} has no meter and a legacy aggregate_usage "${mode}" that Ratecraft does not know; no metric was drafted.`,
      })
      continue
    }
    const productName = ctx.index.productsById.get(p.product)?.name
    const base = p.lookup_key || productName || p.id
    const eventType = slugify(base, 'usage').replace(/[-.:]/g, '_')
    const key = ctx.keys.allocate('billable_metric', slugify(`${base}-usage`))
    ctx.catalog.billableMetrics.push({
      key,
      name: `${productName ?? base} usage`,
      description: `Drafted from legacy usage records of price ${p.id} (M3).`,
      event_type_filter: { in_values: [eventType] },
      property_filters: [{ name: 'value', exists: true }],
      aggregation_type: legacy.aggregation,
      aggregation_key: 'value',
      origin: [{ type: 'price', id: p.id }],
    })
    ctx.legacyMetrics.set(p.id, key)
    ctx.metricPricingKeys.set(key, [])
    ctx.decide({
      stripeType: 'price',
      stripeId: p.id,
      rule: 'M3',
      targets: [{ type: 'billable_metric', key }],
      fidelity: legacy.exact ? 'exact' : 'approximate',
      reason: `Legacy usage records (aggregate_usage=${mode}) become metric "${key}" (${legacy.aggregation} of "value"); usage records have no events, so the usage pipeline must send "${eventType}" events instead.`,
      ...(legacy.exact ? {} : { lost: 'last_ever carries the last value into later periods; LATEST is per period, so re-send the value each period (heartbeat).' }),
    })
  }
}
