import { notFound } from './errors'
import type { EmulatorState, MetricRecord, PackageRecord, PricingUnit, ProductRecord, RateCardRecord } from './types'

// Finders shared by rules and routes. `require*` throws the 404 the spec documents for unknown ids.

export const findMetric = (s: EmulatorState, id: string): MetricRecord | undefined => s.billable_metrics.find((m) => m.id === id)
export const findProduct = (s: EmulatorState, id: string): ProductRecord | undefined => s.products.find((p) => p.id === id)
export const findRateCard = (s: EmulatorState, id: string): RateCardRecord | undefined => s.rate_cards.find((c) => c.id === id)
export const findPackage = (s: EmulatorState, id: string): PackageRecord | undefined => s.packages.find((p) => p.id === id)
export const findPricingUnit = (s: EmulatorState, id: string): PricingUnit | undefined => s.pricing_units.find((u) => u.id === id)

export function requireMetric(s: EmulatorState, id: string): MetricRecord {
  const m = findMetric(s, id)
  if (!m) throw notFound(`Billable metric not found: ${id}`)
  return m
}
export function requireProduct(s: EmulatorState, id: string): ProductRecord {
  const p = findProduct(s, id)
  if (!p) throw notFound(`Product not found: ${id}`)
  return p
}
export function requireRateCard(s: EmulatorState, id: string): RateCardRecord {
  const c = findRateCard(s, id)
  if (!c) throw notFound(`Rate card not found: ${id}`)
  return c
}
export function requirePackage(s: EmulatorState, id: string): PackageRecord {
  const p = findPackage(s, id)
  if (!p) throw notFound(`Package not found: ${id}`)
  return p
}

export function unitName(s: EmulatorState, id: string): string {
  return findPricingUnit(s, id)?.name ?? id
}
