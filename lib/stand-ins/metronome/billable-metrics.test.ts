import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { expectApiError, startTestEmulator, type TestEmulator } from './test-helpers'

let t: TestEmulator
beforeAll(async () => {
  t = await startTestEmulator()
})
afterAll(() => t.emu.close())
beforeEach(() => t.emu.reset())

describe('billable metrics', () => {
  it('creates, retrieves, lists and archives a metric', async () => {
    const { client } = t
    const created = await client.v1.billableMetrics.create({
      name: 'Tokens',
      event_type_filter: { in_values: ['llm_call'] },
      aggregation_type: 'SUM',
      aggregation_key: 'tokens',
      property_filters: [{ name: 'tokens', exists: true }, { name: 'model', in_values: ['a', 'b'] }],
      group_keys: [['model']],
    })
    expect(created.data.id).toMatch(/^[0-9a-f-]{36}$/)

    const got = await client.v1.billableMetrics.retrieve({ billable_metric_id: created.data.id })
    expect(got.data).toMatchObject({ id: created.data.id, name: 'Tokens', aggregation_type: 'SUM', group_keys: [['model']] })
    expect(got.data.archived_at).toBeUndefined()

    const listed = []
    for await (const m of client.v1.billableMetrics.list()) listed.push(m.id)
    expect(listed).toEqual([created.data.id])

    const archived = await client.v1.billableMetrics.archive({ id: created.data.id })
    expect(archived.data.id).toBe(created.data.id)
    expect((await client.v1.billableMetrics.retrieve({ billable_metric_id: created.data.id })).data.archived_at).toBeTruthy()

    const visible = (await client.v1.billableMetrics.list()).data
    expect(visible).toHaveLength(0)
    const all = (await client.v1.billableMetrics.list({ include_archived: true })).data
    expect(all.map((m) => m.id)).toEqual([created.data.id])
  })

  it('accepts lower/Title-case aggregation types and answers in upper case', async () => {
    const { data } = await t.client.v1.billableMetrics.create({ name: 'Events', aggregation_type: 'Count' as 'COUNT' })
    expect((await t.client.v1.billableMetrics.retrieve({ billable_metric_id: data.id })).data.aggregation_type).toBe('COUNT')
  })

  it('answers the two exact Metronome error messages', async () => {
    await expectApiError(
      t.client.v1.billableMetrics.create({
        name: 'Bad key',
        aggregation_type: 'SUM',
        aggregation_key: 'bytes',
        property_filters: [{ name: 'region', exists: true }],
      }),
      400,
      'The specified aggregation key must be one of the property filter names.',
    )
    await expectApiError(
      t.client.v1.billableMetrics.create({
        name: 'Bad group',
        aggregation_type: 'COUNT',
        property_filters: [{ name: 'region', exists: true }],
        group_keys: [['region', 'zone']],
      }),
      400,
      "Group key 'zone' does not match one of the property filter names.",
    )
  })

  it('refuses what Metronome refuses', async () => {
    const c = t.client.v1.billableMetrics
    await expectApiError(c.create({ name: 'SQL + agg', sql: 'select 1 as value from events', aggregation_type: 'SUM' }), 400, 'mutually exclusive')
    await expectApiError(c.create({ name: 'No agg' }), 400, 'aggregation_type is required')
    await expectApiError(c.create({ name: 'Empty in', aggregation_type: 'COUNT', event_type_filter: { in_values: [] } }), 400, 'event_type_filter.in_values')
    await expectApiError(
      c.create({ name: 'Empty not_in', aggregation_type: 'COUNT', property_filters: [{ name: 'x', not_in_values: [] }] }),
      400,
      'property_filters[0].not_in_values',
    )
    await expectApiError(c.create({ name: 'Empty gk', aggregation_type: 'COUNT', group_keys: [[]] }), 400, 'group_keys[0]')
    // Schema layer: missing required field, wrong enum, unknown field — each names the field.
    await expectApiError(c.create({} as never), 400, "must have required property 'name'")
    await expectApiError(c.create({ name: 'x', aggregation_type: 'AVG' as never }), 400, 'request/body/aggregation_type must be equal to one of the allowed values')
    await expectApiError(c.create({ name: 'x', aggregation_type: 'COUNT', unit: 'ms' } as never), 400, "'unit'")
    await expectApiError(c.retrieve({ billable_metric_id: '00000000-0000-4000-8000-000000000000' }), 404)
  })

  it('records silent problems for what Metronome accepts but is wrong', async () => {
    const { data } = await t.client.v1.billableMetrics.create({ name: 'Sum no key', aggregation_type: 'SUM' })
    const codes = t.emu.state().silent_problems.filter((p) => p.entity_id === data.id).map((p) => p.code)
    expect(codes).toEqual(expect.arrayContaining(['AGGREGATION_KEY_MISSING', 'NO_EVENT_TYPE_FILTER']))
  })

  it('renames through PUT and refuses any other change', async () => {
    const { data } = await t.client.v1.billableMetrics.create({ name: 'Old', aggregation_type: 'COUNT' })
    await t.client.put(`/v1/billable-metrics/${data.id}`, { body: { name: 'New' } })
    expect((await t.client.v1.billableMetrics.retrieve({ billable_metric_id: data.id })).data.name).toBe('New')
    await expectApiError(
      t.client.put(`/v1/billable-metrics/${data.id}`, { body: { name: 'New', aggregation_type: 'SUM' } }),
      400,
      'aggregation_type cannot be changed',
    )
  })
})
