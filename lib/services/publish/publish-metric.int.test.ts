import Metronome from '@metronome/sdk'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { metricFromMeter } from '@/lib/catalog/metric-from-meter'
import { startTestEmulators } from '@/lib/testing/emulators'
import { addMemberCtx, makeWorkspace } from '@/lib/testing/factories'
import { createMetric } from '../catalog/create-metric'
import { connectMetronome } from '../connections/connect-metronome'
import type { WorkspaceCtx } from '../context'
import { publishMetric } from './publish-metric'

let emu: Awaited<ReturnType<typeof startTestEmulators>>
beforeAll(async () => {
  emu = await startTestEmulators()
})
afterAll(() => emu.close())

const meter = { id: 'mtr_1', display_name: 'Input tokens', event_name: 'api_input_tokens', default_aggregation: { formula: 'sum' }, value_settings: { event_payload_key: 'tokens' }, dimension_payload_keys: ['model'] }

async function workspaceWithMetronome(token = 'tok-' + Math.random().toString(36).slice(2)): Promise<WorkspaceCtx> {
  const ctx = await makeWorkspace()
  await connectMetronome(ctx, { token, baseUrl: emu.metronome.url })
  return ctx
}

describe('publishing one billable metric', () => {
  it('creates it in Metronome, records the id, and audits — once', async () => {
    const ctx = await workspaceWithMetronome()
    const { changeSetId, metric } = await createMetric(ctx, { metric: metricFromMeter(meter), meterId: 'mtr_1' })
    const r = await publishMetric(ctx, { changeSetId, key: metric.key })
    expect(r.status).toBe('published')
    const remote = emu.metronome.state().billable_metrics.find((m) => m.id === r.metronomeId)
    expect(remote).toMatchObject({ name: 'Input tokens', aggregation_type: 'SUM', aggregation_key: 'tokens', group_keys: [['model']] })
    expect(await ctx.db.publishedObject.findFirst({ where: { workspaceId: ctx.workspace.id, key: metric.key } })).toMatchObject({ metronomeId: r.metronomeId })
    expect(await ctx.db.auditEvent.count({ where: { workspaceId: ctx.workspace.id, action: 'metric.published' } })).toBe(1)
    // publishing again is a no-op, not a duplicate
    expect(await publishMetric(ctx, { changeSetId, key: metric.key })).toMatchObject({ status: 'unchanged', metronomeId: r.metronomeId })
    expect(emu.metronome.state().billable_metrics.filter((m) => m.name === 'Input tokens' && m.id === r.metronomeId)).toHaveLength(1)
  })

  it('refuses to change a published definition (MTR-15) and explains the remedy', async () => {
    // (the editor turns such a change into a new metric; here the stored draft is edited directly)
    const ctx = await workspaceWithMetronome()
    const { changeSetId, metric } = await createMetric(ctx, { metric: metricFromMeter(meter) })
    await publishMetric(ctx, { changeSetId, key: metric.key })
    await ctx.db.catalogObject.update({
      where: { changeSetId_kind_key: { changeSetId, kind: 'billable_metric', key: metric.key } },
      data: { doc: { ...metric, group_keys: [['model', 'region']], property_filters: [...(metric.property_filters ?? []), { name: 'region', exists: true }] } },
    })
    await expect(publishMetric(ctx, { changeSetId, key: metric.key })).rejects.toThrow(/never lets a metric's definition change \(MTR-15\)/)
  })

  it('blocks publishing while validation finds errors, naming the rule and the field', async () => {
    const ctx = await workspaceWithMetronome()
    const { changeSetId, metric } = await createMetric(ctx, { metric: { ...metricFromMeter(meter), name: 'Broken', aggregation_key: 'not_filtered' } })
    const err = (await publishMetric(ctx, { changeSetId, key: metric.key }).catch((e: unknown) => e)) as { message: string; details: { issues: Array<{ code: string; path: string }> } }
    expect(err.message).toMatch(/^Fix \d+ error\(s\) before publishing this metric/)
    expect(err.details.issues).toContainEqual(expect.objectContaining({ code: 'MTR-6', path: '/billableMetrics/0/aggregation_key' }))
    expect(emu.metronome.state().billable_metrics.some((m) => m.name === 'Broken')).toBe(false)
  })

  it("shows Metronome's 400 message, leaves the metric unpublished, and succeeds on retry once fixed", async () => {
    const token = 'tok-400-' + Math.random().toString(36).slice(2)
    const ctx = await workspaceWithMetronome(token)
    // Custom fields need their key defined in Metronome first; our design does not know that, Metronome does.
    const { changeSetId, metric } = await createMetric(ctx, { metric: { ...metricFromMeter(meter), name: 'Tokens with team', custom_fields: { team: 'growth' } } })
    const err = await publishMetric(ctx, { changeSetId, key: metric.key }).catch((e: Error) => e)
    expect(err).toBeInstanceOf(Error)
    expect((err as Error).message).toMatch(/^Metronome refused the request \(400\): .*team/)
    expect(await ctx.db.publishedObject.count({ where: { workspaceId: ctx.workspace.id } })).toBe(0)
    expect(await ctx.db.publishRun.findFirst({ where: { workspaceId: ctx.workspace.id } })).toMatchObject({ status: 'failed' })

    const client = new Metronome({ bearerToken: token, baseURL: emu.metronome.url, maxRetries: 0 })
    await client.v1.customFields.addKey({ entity: 'billable_metric', key: 'team', enforce_uniqueness: false })
    const ok = await publishMetric(ctx, { changeSetId, key: metric.key })
    expect(ok.status).toBe('published')
  })

  it('adopts a matching metric a lost response left behind instead of creating a duplicate', async () => {
    const token = 'tok-adopt-' + Math.random().toString(36).slice(2)
    const ctx = await workspaceWithMetronome(token)
    const { changeSetId, metric } = await createMetric(ctx, { metric: { ...metricFromMeter(meter), name: 'Adopted tokens' } })
    const client = new Metronome({ bearerToken: token, baseURL: emu.metronome.url, maxRetries: 0 })
    const pre = await client.v1.billableMetrics.create({ name: 'Adopted tokens', aggregation_type: 'SUM', aggregation_key: 'tokens', event_type_filter: { in_values: ['api_input_tokens'] }, property_filters: [{ name: 'tokens', exists: true }, { name: 'model', exists: true }], group_keys: [['model']] })
    const r = await publishMetric(ctx, { changeSetId, key: metric.key })
    expect(r.metronomeId).toBe(pre.data.id)
    expect(emu.metronome.state().billable_metrics.filter((m) => m.name === 'Adopted tokens')).toHaveLength(1)
  })

  it('needs the publish permission', async () => {
    const ctx = await workspaceWithMetronome()
    const { changeSetId, metric } = await createMetric(ctx, { metric: metricFromMeter(meter) })
    const reviewer = await addMemberCtx(ctx, 'reviewer')
    await expect(publishMetric(reviewer, { changeSetId, key: metric.key })).rejects.toThrow('Your role (reviewer) cannot publish to Metronome')
  })
})
