import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { createUsageMetric, createUsageProduct, expectApiError, startTestEmulator, type TestEmulator } from './test-helpers'

// A fixed clock, so "current" (updates with starting_at ≤ now) is deterministic.
const NOW = new Date('2025-06-01T12:00:00.000Z')

let t: TestEmulator
beforeAll(async () => {
  t = await startTestEmulator({ now: () => NOW })
})
afterAll(() => t.emu.close())
beforeEach(() => t.emu.reset())

describe('products', () => {
  it('creates a product and versions updates by starting_at', async () => {
    const { client } = t
    const metricId = await createUsageMetric(client)
    const id = await createUsageProduct(client, metricId, { pricing_group_key: ['region'], presentation_group_key: ['tier'], tags: ['api'] })

    await client.v1.contracts.products.update({ product_id: id, starting_at: '2025-05-01T00:00:00Z', name: 'API requests' })
    await client.v1.contracts.products.update({ product_id: id, starting_at: '2025-07-01T00:00:00Z', name: 'API requests (future)' })

    const { data } = await client.v1.contracts.products.retrieve({ id })
    expect(data.type).toBe('USAGE')
    expect(data.initial.name).toBe('API calls')
    expect(data.current.name).toBe('API requests') // the July update is not in effect yet
    expect(data.current.pricing_group_key).toEqual(['region'])
    expect(data.updates.map((u) => u.name)).toEqual(['API requests', 'API requests (future)'])
    expect(data.archived_at).toBeNull()
  })

  it('refuses an update starting_at off the hour boundary', async () => {
    const id = await createUsageProduct(t.client, await createUsageMetric(t.client))
    await expectApiError(
      t.client.v1.contracts.products.update({ product_id: id, starting_at: '2025-05-01T01:30:00Z', name: 'x' }),
      400,
      'starting_at must be on an hour boundary',
    )
  })

  it('never lets the type change: update has no type field', async () => {
    const { data } = await t.client.v1.contracts.products.create({ name: 'Platform fee', type: 'FIXED' })
    await expectApiError(
      t.client.v1.contracts.products.update({ product_id: data.id, starting_at: '2025-05-01T00:00:00Z', type: 'USAGE' } as never),
      400,
      'type cannot be changed',
    )
    expect((await t.client.v1.contracts.products.retrieve({ id: data.id })).data.type).toBe('FIXED')
  })

  it('filters lists by archive state (default NOT_ARCHIVED)', async () => {
    const a = (await t.client.v1.contracts.products.create({ name: 'A', type: 'FIXED' })).data.id
    const b = (await t.client.v1.contracts.products.create({ name: 'B', type: 'FIXED' })).data.id
    await t.client.v1.contracts.products.archive({ product_id: b })
    const ids = async (archive_filter?: 'ARCHIVED' | 'NOT_ARCHIVED' | 'ALL') => {
      const out: string[] = []
      for await (const p of t.client.v1.contracts.products.list(archive_filter ? { archive_filter } : {})) out.push(p.id)
      return out
    }
    expect(await ids()).toEqual([a])
    expect(await ids('NOT_ARCHIVED')).toEqual([a])
    expect(await ids('ARCHIVED')).toEqual([b])
    expect(await ids('ALL')).toEqual([a, b])
  })

  it('enforces group-key rules against the metric', async () => {
    const metricId = await createUsageMetric(t.client)
    await expectApiError(createUsageProduct(t.client, metricId, { pricing_group_key: ['zone'] }), 400, "pricing_group_key 'zone' is not a group key")
    // [tier] alone is not one of the metric's group keys ([region] and [region, tier]).
    await expectApiError(createUsageProduct(t.client, metricId, { pricing_group_key: ['tier'] }), 400, 'must be set as one compound group key')
    // Order inside the compound key does not matter.
    await createUsageProduct(t.client, metricId, { pricing_group_key: ['tier'], presentation_group_key: ['region'] })
    await expectApiError(
      t.client.v1.contracts.products.create({ name: 'Seats', type: 'SUBSCRIPTION', pricing_group_key: ['region'] }),
      400,
      'pricing_group_key is only allowed for USAGE products',
    )
  })

  it('refuses an archived or unknown metric and COMPOSITE without targets', async () => {
    const metricId = await createUsageMetric(t.client)
    await t.client.v1.billableMetrics.archive({ id: metricId })
    await expectApiError(createUsageProduct(t.client, metricId), 400, 'archived')
    await expectApiError(createUsageProduct(t.client, '00000000-0000-4000-8000-000000000000'), 400, 'Billable metric not found')
    await expectApiError(t.client.v1.contracts.products.create({ name: 'Support', type: 'COMPOSITE' }), 400, 'composite_product_ids or composite_tags')
  })

  it('accepts a USAGE product without a metric but records the silent problem', async () => {
    const { data } = await t.client.v1.contracts.products.create({ name: 'Orphan', type: 'USAGE' })
    const problems = t.emu.state().silent_problems.filter((p) => p.entity_id === data.id)
    expect(problems.map((p) => p.code)).toContain('USAGE_WITHOUT_METRIC')
  })

  it('answers 404 for an unknown product', async () => {
    await expectApiError(t.client.v1.contracts.products.retrieve({ id: '00000000-0000-4000-8000-000000000000' }), 404)
  })
})
