/**
 * Stripe Billing Meters → streaming billable metrics (M1, M2, M6, M7; M4 noted). Pure over the context.
 *
 * One metric per meter, or one per family of meters that differ only by a name segment (M7
 * consolidation). Each metric matches the meter's event name(s) exactly (M1), aggregates with the
 * meter's formula (M2: sum→SUM, count→COUNT, last→LATEST) over the value payload key, which gets an
 * `exists: true` property filter (MTR-6), and carries the group-key superset (M7) with a property filter
 * for every group-key property (MTR-7). Inactive meters that no price in scope uses are not drafted.
 */
import { slugify } from '../keys'
import type { TDraftBillableMetric } from '../schemas'
import { meterCustomerKey, meterDimensionKeys, meterValueKey, type StripeMeter } from '../stripe/meter'
import { isMeteredPrice, type StripePrice } from '../stripe/price'
import type { DraftContext } from './draft-context'
import { suggestGroupKeys } from './group-key-suggestions'
import { findMeterFamilies, type MeterFamily } from './meter-families'
import { priceInScope } from './price-scope'
import { segmentKeysFromMetadata } from './segment-keys'
import { byCreatedThenId } from './snapshot-index'
import type { GroupKeySuggestion } from './types'
import { plural } from '../plural'

export const AGGREGATION_BY_FORMULA: Record<string, 'SUM' | 'COUNT' | 'LATEST'> = { sum: 'SUM', count: 'COUNT', last: 'LATEST' }

/**
 * The words all names share at their start, minus a last word that is itself a segment
 * ("Fine-tuning tokens GPT-4o" / "… GPT-4o mini" → "Fine-tuning tokens"; "API tokens – GPT-4" /
 * "API tokens – GPT-3.5" → "API tokens"); failing that, the words they share at their end
 * ("Input tokens" / "Output tokens" → "Tokens").
 */
export function commonName(names: readonly string[], fallback: string): string {
  const split = names.map((n) => n.trim().split(/\s+/).filter(Boolean))
  if (split.length === 0) return fallback
  const clean = (words: string[]) => words.join(' ').replace(/^[\s\-–—:(/,]+|[\s\-–—:(/,]+$/gu, '')
  const shared = (lists: string[][]) => {
    const out: string[] = []
    for (let i = 0; lists.every((w) => w[i] !== undefined && w[i] === lists[0]![i]); i++) out.push(lists[0]![i]!)
    // A name that is entirely the shared part means its last word is a segment value.
    if (lists.some((w) => w.length === out.length)) out.pop()
    return out
  }
  const prefix = clean(shared(split))
  if (prefix) return prefix
  const suffix = clean(shared(split.map((w) => [...w].reverse())).reverse())
  return suffix ? suffix.charAt(0).toUpperCase() + suffix.slice(1) : fallback
}

type MetricUnit = { meters: StripeMeter[]; family: MeterFamily | null }

export function mapMeters(ctx: DraftContext): GroupKeySuggestion[] {
  const meters = [...ctx.snap.meters].sort(byCreatedThenId)
  const pricesByMeter = new Map<string, StripePrice[]>()
  for (const [meterId, prices] of ctx.index.pricesByMeter) {
    pricesByMeter.set(meterId, prices.filter((p) => isMeteredPrice(p) && priceInScope(ctx.index, p)))
  }
  const needed = meters.filter((m) => {
    if (!AGGREGATION_BY_FORMULA[m.default_aggregation.formula]) {
      ctx.decide({
        stripeType: 'meter',
        stripeId: m.id,
        rule: 'M2',
        targets: [],
        fidelity: 'unsupported',
        reason: `Meter "${m.display_name ?? m.event_name}" aggregates with "${m.default_aggregation.formula}", which has no Metronome aggregation (sum, count and last map to SUM, COUNT and LATEST); no metric was drafted.`,
      })
      return false
    }
    if ((m.status ?? 'active') === 'active' || (pricesByMeter.get(m.id)?.length ?? 0) > 0) return true
    ctx.decide({
      stripeType: 'meter',
      stripeId: m.id,
      rule: 'M1',
      targets: [],
      fidelity: 'exact',
      reason: `Meter "${m.display_name ?? m.event_name}" is inactive in Stripe and no active price or live subscription uses it, so there is nothing to migrate.`,
    })
    return false
  })

  const families = ctx.consolidate ? findMeterFamilies(needed, pricesByMeter) : []
  const familyOf = new Map<string, MeterFamily>()
  for (const f of families) for (const m of f.meters) familyOf.set(m.id, f)
  const units: MetricUnit[] = []
  const seenFamilies = new Set<MeterFamily>()
  for (const m of needed) {
    const f = familyOf.get(m.id)
    if (!f) units.push({ meters: [m], family: null })
    else if (!seenFamilies.has(f)) {
      seenFamilies.add(f)
      units.push({ meters: f.meters, family: f })
    }
  }
  return units.map((u) => draftMetric(ctx, u, pricesByMeter))
}

function draftMetric(ctx: DraftContext, unit: MetricUnit, pricesByMeter: Map<string, StripePrice[]>): GroupKeySuggestion {
  const first = unit.meters[0]!
  const family = unit.family
  const aggregation = AGGREGATION_BY_FORMULA[first.default_aggregation.formula]!
  const valueKey = meterValueKey(first)
  const customerKey = meterCustomerKey(first)
  const eventNames = unit.meters.map((m) => m.event_name)
  const dims = [...new Set(unit.meters.flatMap(meterDimensionKeys))]
  const prices = unit.meters.flatMap((m) => pricesByMeter.get(m.id) ?? [])
  const metadataKeys = segmentKeysFromMetadata(prices, family ? [...dims, family.segmentKey] : dims)
  const pricingKeys = [...new Set([...(family ? [family.segmentKey] : []), ...metadataKeys])]
  const displayNames = unit.meters.map((m) => m.display_name || m.event_name)
  const name = family ? commonName(displayNames, family.stem) : (first.display_name || first.event_name)
  const key = ctx.keys.allocate('billable_metric', slugify(family ? family.stem : first.event_name, 'metric'))
  const samples = ctx.snap.sampleEvents.filter((e) => eventNames.includes(e.event_name))
  const suggestion = suggestGroupKeys({
    metric: key,
    dimensionKeys: dims,
    pricingKeys,
    metadataKeys,
    reservedKeys: [customerKey, ...(aggregation === 'COUNT' ? [] : [valueKey])],
    samples,
  })
  const groupProps = [...new Set(suggestion.keys.flat())]
  const metric: TDraftBillableMetric = {
    key,
    name,
    ...(family ? { description: `Consolidates ${unit.meters.length} Stripe meters that differ by ${family.segmentKey} (M7).` } : {}),
    event_type_filter: { in_values: eventNames },
    property_filters: [
      ...(aggregation === 'COUNT' ? [] : [{ name: valueKey, exists: true }]),
      ...groupProps.filter((p) => p !== valueKey).map((p) => ({ name: p, exists: true })),
    ],
    aggregation_type: aggregation,
    ...(aggregation === 'COUNT' ? {} : { aggregation_key: valueKey }),
    ...(suggestion.keys.length > 0 ? { group_keys: suggestion.keys } : {}),
    origin: unit.meters.map((m) => ({ type: 'meter', id: m.id })),
  }
  if (metric.property_filters?.length === 0) delete metric.property_filters
  ctx.catalog.billableMetrics.push(metric)
  ctx.metricPricingKeys.set(key, pricingKeys)
  for (const m of unit.meters) {
    const segmentValue = family?.segmentValues.get(m.id)
    ctx.meterMetrics.set(m.id, { metricKey: key, segment: family && segmentValue !== undefined ? { [family.segmentKey]: segmentValue } : {} })
    decideMeter(ctx, m, key, { family, aggregation, valueKey, customerKey, groupKeys: suggestion.keys })
  }
  return suggestion
}

function decideMeter(
  ctx: DraftContext,
  m: StripeMeter,
  metricKey: string,
  info: { family: MeterFamily | null; aggregation: string; valueKey: string; customerKey: string; groupKeys: string[][] },
) {
  const targets = [{ type: 'billable_metric' as const, key: metricKey }]
  const label = m.display_name || m.event_name
  const inactive = (m.status ?? 'active') !== 'active' ? ' The meter is inactive in Stripe but prices in scope still use it.' : ''
  ctx.decide({
    stripeType: 'meter',
    stripeId: m.id,
    rule: 'M1',
    targets,
    fidelity: 'exact',
    reason: `Events named "${m.event_name}" are matched exactly by metric "${metricKey}" (event_type_filter in_values); events must send the Stripe customer id from payload key "${info.customerKey}" as the Metronome customer_id or an ingest alias (M4).${inactive}`,
  })
  const agg = info.aggregation === 'COUNT' ? 'COUNT of events' : `${info.aggregation} of property "${info.valueKey}" (with an exists filter on it)`
  ctx.decide({
    stripeType: 'meter',
    stripeId: m.id,
    rule: 'M2',
    targets,
    fidelity: 'exact',
    reason: `Meter "${label}" aggregates with ${m.default_aggregation.formula}, drafted as ${agg}.`,
    ...(info.aggregation === 'LATEST'
      ? { lost: 'LATEST is taken per pricing/presentation group and its behaviour on a mid-period price change is undocumented.' }
      : {}),
  })
  if (m.event_time_window) {
    ctx.decide({
      stripeType: 'meter',
      stripeId: m.id,
      rule: 'M6',
      targets,
      fidelity: 'approximate',
      reason: `Meter "${label}" expects events pre-aggregated per ${m.event_time_window}; Metronome aggregates raw events itself, so send granular events.`,
      lost: `The ${m.event_time_window} pre-aggregation window.`,
    })
  }
  const dims = meterDimensionKeys(m)
  if (info.family || dims.length > 0 || info.groupKeys.length > 0) {
    const f = info.family
    const consolidation = f
      ? `Consolidated with ${plural(f.meters.length - 1, 'other meter')} into metric "${metricKey}": events of "${m.event_name}" must carry ${f.segmentKey}="${f.segmentValues.get(m.id) ?? ''}"${f.namedByMetadata ? '' : ' (property name invented: rename it before publishing)'}, which the event translator derives from the event name. `
      : ''
    const keys = info.groupKeys.map((k) => `[${k.join(', ')}]`).join(', ')
    ctx.decide({
      stripeType: 'meter',
      stripeId: m.id,
      rule: 'M7',
      targets,
      fidelity: 'exact',
      reason: `${consolidation}${dims.length ? `Meter dimensions ${dims.join(', ')} became group keys; ` : ''}group keys ${keys || 'none'} each have an exists property filter; group keys cannot change after creation, so review the superset now.`,
    })
  }
}
