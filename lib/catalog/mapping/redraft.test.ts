import { describe, expect, test } from 'vitest'
import { aiApiSnapshot, CUTOVER, prices, meters } from '../__fixtures__/stripe/ai-api-account'
import * as b from '../__fixtures__/stripe/build'
import { serializeCatalog } from '../format/serialize-catalog'
import type { StripeSnapshot } from '../stripe/snapshot'
import { findObject } from './catalog-objects'
import { draftCatalog } from './draft-catalog'
import type { DecisionWithState, DraftResult, UserState } from './types'

const first = draftCatalog(aiApiSnapshot(), { cutoverAt: CUTOVER })

function withStates(r: DraftResult, states: Record<string, UserState>): DecisionWithState[] {
  return r.decisions.map((d) => ({ ...d, userState: states[d.key] ?? 'proposed' }))
}

function redraft(snapshot: StripeSnapshot, states: Record<string, UserState>, edit?: (c: DraftResult['catalog']) => void) {
  const catalog = structuredClone(first.catalog)
  edit?.(catalog)
  return draftCatalog(snapshot, { cutoverAt: CUTOVER, previous: { decisions: withStates(first, states), catalog } })
}

const replacePrice = (s: StripeSnapshot, id: string, over: Record<string, unknown>): StripeSnapshot => ({
  ...s,
  prices: (s.prices ?? []).map((p) => ((p as { id: string }).id === id ? { ...(p as object), ...over } : p)),
})

describe('re-drafting after a re-import', () => {
  test('an unchanged import with no user decisions reproduces the draft and reports nothing', () => {
    const r = redraft(aiApiSnapshot(), {})
    expect(serializeCatalog(r.catalog)).toBe(serializeCatalog(first.catalog))
    expect(r.redraft).toEqual({ kept: [], changedSources: [], newSources: [], removedSources: [], keptManualObjects: [] })
  })

  test('accepted and changed decisions keep the objects as the user left them', () => {
    const r = redraft(aiApiSnapshot(), { 'price:price_tok_gpt4omini:M9': 'changed', 'meter:mtr_images:M2': 'accepted' }, (c) => {
      const rate = c.rates.find((x) => x.key === 'standard-usd:api-tokens:gpt-4o-mini')!
      rate.price = '0.000014'
      c.billableMetrics.find((m) => m.key === 'image_generated')!.name = 'Images (renamed by user)'
    })
    expect(findObject(r.catalog, 'rate', 'standard-usd:api-tokens:gpt-4o-mini')?.value).toMatchObject({ price: '0.000014' })
    expect(findObject(r.catalog, 'billable_metric', 'image_generated')?.value).toMatchObject({ name: 'Images (renamed by user)' })
    expect(r.redraft?.kept).toEqual([
      { key: 'meter:mtr_images:M2', userState: 'accepted' },
      { key: 'price:price_tok_gpt4omini:M9', userState: 'changed' },
    ])
  })

  test('a changed Stripe source wins over the user’s edit and is reported', () => {
    const snapshot = replacePrice(aiApiSnapshot(), 'price_tok_gpt4omini', { unit_amount_decimal: '0.00002' })
    const r = redraft(snapshot, { 'price:price_tok_gpt4omini:M9': 'changed' }, (c) => {
      c.rates.find((x) => x.key === 'standard-usd:api-tokens:gpt-4o-mini')!.price = '0.000014'
    })
    expect(findObject(r.catalog, 'rate', 'standard-usd:api-tokens:gpt-4o-mini')?.value).toMatchObject({ price: '0.00002' })
    expect(r.redraft?.changedSources).toContainEqual({ key: 'price:price_tok_gpt4omini:M9', stripeType: 'price', stripeId: 'price_tok_gpt4omini', userState: 'changed' })
    expect(r.redraft?.kept).toEqual([])
  })

  test('excluded decisions stay excluded: their objects (and what depends on them) are dropped', () => {
    const r = redraft(aiApiSnapshot(), { 'meter:mtr_gpu:M1': 'excluded', 'credit_grant:credgr_acme_paid:M19': 'excluded' })
    expect(findObject(r.catalog, 'billable_metric', 'gpu_seconds')).toBeNull()
    expect(findObject(r.catalog, 'product', 'gpu-compute')).toBeNull()
    expect(findObject(r.catalog, 'rate', 'standard-usd:gpu-compute')).toBeNull()
    expect(findObject(r.catalog, 'commit', 'acme-corp:prepaid-usage')).toBeNull()
    expect(findObject(r.catalog, 'contract', 'acme-corp')).not.toBeNull()
    expect(r.decisions.find((d) => d.key === 'meter:mtr_gpu:M1')).toBeDefined()
    expect(r.redraft?.kept).toContainEqual({ key: 'meter:mtr_gpu:M1', userState: 'excluded' })
  })

  test('new and removed Stripe objects are reported; existing keys survive a colliding newcomer', () => {
    const s = aiApiSnapshot()
    const newcomer = b.meter({ id: 'mtr_new', created: 1, event_name: 'api_tokens', display_name: 'API tokens (v2)' })
    const snapshot: StripeSnapshot = { ...s, meters: [...(s.meters ?? []).filter((m) => (m as { id: string }).id !== meters.beta.id), newcomer] }
    const r = redraft(snapshot, {})
    expect(r.redraft?.newSources).toEqual([{ stripeType: 'meter', stripeId: 'mtr_new' }])
    expect(r.redraft?.removedSources).toEqual([{ stripeType: 'meter', stripeId: 'mtr_beta' }])
    expect(r.decisions.find((d) => d.key === 'meter:mtr_tokens:M1')?.targets).toEqual([{ type: 'billable_metric', key: 'api_tokens' }])
    expect(r.decisions.find((d) => d.key === 'meter:mtr_new:M1')?.targets).toEqual([{ type: 'billable_metric', key: 'api_tokens-2' }])
    expect(findObject(r.catalog, 'product', 'api-tokens')?.value).toMatchObject({ billable_metric: 'api_tokens' })
  })

  test('objects the user added by hand are kept', () => {
    const r = redraft(aiApiSnapshot(), {}, (c) => {
      c.pricingUnits.push({ key: 'credits', name: 'Credits' })
    })
    expect(r.catalog.pricingUnits).toEqual([{ key: 'credits', name: 'Credits' }])
    expect(r.redraft?.keptManualObjects).toEqual([{ type: 'pricing_unit', key: 'credits' }])
  })

  test('an unrelated source change leaves accepted decisions alone', () => {
    const snapshot = replacePrice(aiApiSnapshot(), prices.gpu.id as string, { unit_amount: 300, unit_amount_decimal: '300' })
    const r = redraft(snapshot, { 'price:price_images:M11': 'accepted' })
    expect(r.redraft?.kept).toEqual([{ key: 'price:price_images:M11', userState: 'accepted' }])
    expect(r.redraft?.changedSources.map((c) => c.key)).toEqual(['price:price_gpu:M15', 'price:price_gpu:M14'])
  })
})
