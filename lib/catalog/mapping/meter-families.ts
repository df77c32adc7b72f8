/**
 * Consolidation candidates (M7): meters that share an event shape and differ only by one segment of
 * their event name (`api_tokens_gpt4`, `api_tokens_gpt35`). Pure.
 *
 * Shape = same aggregation formula, value key, customer key, time window and dimension keys. Names are
 * split into tokens on `_ . -`; meters with the same token count that agree on every token but one form
 * a family, the odd token being the segment value. The position that groups the most meters wins
 * (ties: the later position, since segments are usually suffixes). The segment property is named after
 * a price metadata key whose values match the tokens (e.g. `model` = "gpt-4" ~ token "gpt4"), else
 * `variant` — the latter only when the shared stem has at least two words; events must then carry that property (the event translator, M5, derives it from the name).
 */
import { meterCustomerKey, meterDimensionKeys, meterValueKey, type StripeMeter } from '../stripe/meter'
import type { StripePrice } from '../stripe/price'

export type MeterFamily = {
  /** Members in input order. */
  meters: StripeMeter[]
  /** Event name without the segment token, e.g. "api_tokens". */
  stem: string
  segmentKey: string
  /** Segment value per meter id. */
  segmentValues: Map<string, string>
  /** True when the key and values come from price metadata; false when invented from the names. */
  namedByMetadata: boolean
}

const tokens = (name: string) => name.split(/[_.-]+/).filter(Boolean)
const norm = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, '')

function shapeOf(m: StripeMeter): string {
  const formula = m.default_aggregation.formula
  return [formula, formula === 'count' ? '' : meterValueKey(m), meterCustomerKey(m), m.event_time_window ?? '', meterDimensionKeys(m).sort().join(','), m.status ?? 'active'].join('|')
}

/** Names the segment from price metadata whose values match the tokens, one price per meter at least. */
function nameSegment(
  members: StripeMeter[],
  position: number,
  pricesByMeter: ReadonlyMap<string, readonly StripePrice[]>,
): { key: string; values: Map<string, string>; fromMetadata: boolean } {
  const tokenOf = (m: StripeMeter) => tokens(m.event_name)[position] ?? ''
  const keys = new Set<string>()
  for (const m of members) for (const p of pricesByMeter.get(m.id) ?? []) for (const k of Object.keys(p.metadata ?? {})) keys.add(k)
  for (const key of [...keys].sort()) {
    const values = new Map<string, string>()
    const ok = members.every((m) => {
      const match = (pricesByMeter.get(m.id) ?? []).map((p) => p.metadata?.[key]).find((v) => v !== undefined && norm(v) === norm(tokenOf(m)))
      if (match !== undefined) values.set(m.id, match)
      return match !== undefined
    })
    if (ok) return { key, values, fromMetadata: true }
  }
  return { key: 'variant', values: new Map(members.map((m) => [m.id, tokenOf(m)])), fromMetadata: false }
}

export function findMeterFamilies(meters: readonly StripeMeter[], pricesByMeter: ReadonlyMap<string, readonly StripePrice[]>): MeterFamily[] {
  const byShape = new Map<string, StripeMeter[]>()
  for (const m of meters) byShape.set(shapeOf(m), [...(byShape.get(shapeOf(m)) ?? []), m])

  const families: MeterFamily[] = []
  for (const group of byShape.values()) {
    let remaining = group.filter((m) => tokens(m.event_name).length >= 2)
    while (remaining.length >= 2) {
      let best: { position: number; members: StripeMeter[]; stem: string } | null = null
      const maxLen = Math.max(...remaining.map((m) => tokens(m.event_name).length))
      for (let position = 0; position < maxLen; position++) {
        const buckets = new Map<string, StripeMeter[]>()
        for (const m of remaining) {
          const t = tokens(m.event_name)
          if (position >= t.length) continue
          const stem = `${t.length}|${t.filter((_, i) => i !== position).join('_')}`
          buckets.set(stem, [...(buckets.get(stem) ?? []), m])
        }
        for (const [stem, members] of buckets) {
          const distinct = new Set(members.map((m) => tokens(m.event_name)[position]))
          if (members.length < 2 || distinct.size !== members.length) continue
          if (!best || members.length >= best.members.length) best = { position, members, stem: stem.split('|')[1] ?? '' }
        }
      }
      if (!best) break
      const named = nameSegment(best.members, best.position, pricesByMeter)
      // A one-word stem ("count" from image_count / video_count) is too weak a signal on its own.
      if (named.fromMetadata || tokens(best.stem).length >= 2)
        families.push({ meters: best.members, stem: best.stem, segmentKey: named.key, segmentValues: named.values, namedByMetadata: named.fromMetadata })
      const taken = new Set(best.members.map((m) => m.id))
      remaining = remaining.filter((m) => !taken.has(m.id))
    }
  }
  return families
}
