/**
 * The group-key superset for a metric (M7). Pure.
 *
 * Group keys are immutable once a metric exists, so the draft includes every dimension it can justify
 * now: the meter's dimension keys, the price-metadata keys that price the metric, and payload keys of
 * uploaded sample events. Sample keys are applied only when every sample event of the metric carries
 * them, because a group key needs an `exists: true` property filter (MTR-7), which drops events that
 * lack the property. Identifiers and high-cardinality keys never become group keys (MTR-13/14).
 */
import type { StripeMeterEvent } from '../stripe/meter-event'
import { cardinalityVerdict } from './high-cardinality'
import type { GroupKeySuggestion } from './types'

export type GroupKeyInput = {
  metric: string
  dimensionKeys: readonly string[]
  /** Keys the metric's products price by (consolidation segment + price metadata), in order. */
  pricingKeys: readonly string[]
  metadataKeys: readonly string[]
  /** Customer and value payload keys: properties, never dimensions. */
  reservedKeys: readonly string[]
  samples: readonly StripeMeterEvent[]
}

const NUMERIC = /^-?\d+(\.\d+)?$/

function sampleValues(samples: readonly StripeMeterEvent[]): Map<string, string[]> {
  const values = new Map<string, string[]>()
  for (const e of samples) {
    for (const [k, v] of Object.entries(e.payload)) {
      if (v === null || v === undefined || typeof v === 'object') continue
      const list = values.get(k) ?? []
      list.push(String(v))
      values.set(k, list)
    }
  }
  return values
}

export function suggestGroupKeys(input: GroupKeyInput): GroupKeySuggestion {
  const reserved = new Set(input.reservedKeys)
  const excludedHighCardinality: GroupKeySuggestion['excludedHighCardinality'] = []
  const notApplied: GroupKeySuggestion['notApplied'] = []
  const values = sampleValues(input.samples)

  const keep = (key: string): boolean => {
    const verdict = cardinalityVerdict(key, values.get(key) ?? [])
    if (!verdict.high) return true
    if (!excludedHighCardinality.some((e) => e.key === key)) {
      excludedHighCardinality.push({ key, distinctValues: values.has(key) ? verdict.distinct : null, why: verdict.why })
    }
    return false
  }

  const dims = input.dimensionKeys.filter((k) => !reserved.has(k) && keep(k))
  const fromSampleEvents: string[] = []
  const appliedSamples: string[] = []
  for (const key of [...values.keys()].sort()) {
    if (reserved.has(key) || !keep(key)) continue
    const vals = values.get(key) ?? []
    const distinct = new Set(vals).size
    if (vals.every((v) => NUMERIC.test(v)) && distinct > 10) {
      notApplied.push({ key, why: `numeric values (${distinct} distinct): looks like a measure, not a dimension` })
      continue
    }
    fromSampleEvents.push(key)
    if (vals.length < input.samples.length) {
      notApplied.push({ key, why: `only ${vals.length} of ${input.samples.length} sample events carry it; an exists filter would drop the others` })
      continue
    }
    appliedSamples.push(key)
  }

  const superset = [...new Set([...input.pricingKeys, ...dims, ...appliedSamples])]
  const keys: string[][] = []
  if (input.pricingKeys.length > 0) keys.push([...input.pricingKeys])
  if (superset.length > 0 && superset.length !== input.pricingKeys.length) keys.push(superset)
  return {
    metric: input.metric,
    keys,
    fromMeterDimensions: [...input.dimensionKeys],
    fromPriceMetadata: [...input.metadataKeys],
    fromSampleEvents,
    notApplied,
    excludedHighCardinality,
  }
}
