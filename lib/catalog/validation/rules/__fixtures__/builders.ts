/**
 * Fixture builders for the rule tests: the valid base catalogue (lib/catalog/__fixtures__/catalogs/
 * valid-basic.json, which raises no issue at all) and small helpers to derive failing and passing
 * variants from it. Test-only.
 */
import baseJson from '../../../__fixtures__/catalogs/valid-basic.json'
import type { IssueCode, Severity } from '../../issue'
import type { ValidationContext } from '../../context'
import type { TCatalog, TDraftBillableMetric, TDraftContract, TDraftPackage, TDraftProduct, TDraftRate, TDraftRateCard } from '../../../schemas'
import { publishedStateFromCatalog } from '../../support/published'

/** Before every rate and contract of the base starts, so time-based rules stay quiet on it. */
export const NOW = new Date('2025-12-15T00:00:00Z')

export type Scenario = { catalog: unknown; context?: ValidationContext }
export type RuleFixture = { code: IssueCode; fail: Scenario; pass: Scenario; severity?: Severity }

export function base(): TCatalog {
  return structuredClone(baseJson) as unknown as TCatalog
}

export function catalog(mutate?: (c: TCatalog) => void): TCatalog {
  const c = base()
  mutate?.(c)
  return c
}

export function scenario(mutate?: (c: TCatalog) => void, context: ValidationContext = {}): Scenario {
  return { catalog: catalog(mutate), context: { now: NOW, ...context } }
}

export const metric = (c: TCatalog, key: string): TDraftBillableMetric => c.billableMetrics.find((x) => x.key === key)!
export const product = (c: TCatalog, key: string): TDraftProduct => c.products.find((x) => x.key === key)!
export const card = (c: TCatalog, key: string): TDraftRateCard => c.rateCards.find((x) => x.key === key)!
export const rate = (c: TCatalog, key: string): TDraftRate => c.rates.find((x) => x.key === key)!
export const pkg = (c: TCatalog, key: string): TDraftPackage => c.packages.find((x) => x.key === key)!
export const contract = (c: TCatalog, key: string): TDraftContract => c.contracts.find((x) => x.key === key)!

/** A context where the base catalogue (optionally edited first) is what Metronome has. */
export function publishedBase(edit?: (c: TCatalog) => void, extra: ValidationContext = {}): ValidationContext {
  return { now: NOW, published: publishedStateFromCatalog(catalog(edit), { publishedAt: '2025-12-01T00:00:00Z' }), ...extra }
}

/** Stripe meter events for the base metrics. */
export function tokenEvent(i: number, model: string, tokens: unknown = 100, extra: Record<string, unknown> = {}) {
  return { event_name: 'llm_tokens', timestamp: Math.floor(NOW.getTime() / 1000) - 3600 - i, identifier: `evt_${i}`, payload: { stripe_customer_id: 'cus_acme', model, tokens, ...extra } }
}
export function apiEvent(i: number, model: string, region = 'us', extra: Record<string, unknown> = {}) {
  return { event_name: 'api_call', timestamp: Math.floor(NOW.getTime() / 1000) - 3600 - i, identifier: `api_${i}`, payload: { stripe_customer_id: 'cus_acme', model, region, ...extra } }
}
