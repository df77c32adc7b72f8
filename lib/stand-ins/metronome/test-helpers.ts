import Metronome, { APIError } from '@metronome/sdk'
import type { ProductCreateParams } from '@metronome/sdk/resources/v1/contracts/products'
import { expect } from 'vitest'
import { startMetronomeEmulator, type MetronomeEmulatorHandle, type MetronomeEmulatorOptions } from './server'

export type TestEmulator = { emu: MetronomeEmulatorHandle; client: Metronome }

/** An in-memory emulator on a free port and a real SDK client without retries (tests assert single responses). */
export async function startTestEmulator(opts: MetronomeEmulatorOptions = {}): Promise<TestEmulator> {
  const emu = await startMetronomeEmulator({ port: 0, stateFile: null, ...opts })
  const client = new Metronome({ bearerToken: 'test', baseURL: emu.url, maxRetries: 0 })
  return { emu, client }
}

/** Awaits a rejected SDK call and checks the HTTP status and (part of) Metronome's `{message}`. */
export async function expectApiError(call: Promise<unknown>, status: number, message?: string | RegExp): Promise<APIError> {
  const error = await call.then(
    () => {
      throw new Error(`expected HTTP ${status}, but the call succeeded`)
    },
    (e: unknown) => e,
  )
  expect(error).toBeInstanceOf(APIError)
  const apiError = error as APIError
  expect(apiError.status).toBe(status)
  const body = apiError.error as { message?: string } | undefined
  if (typeof message === 'string') expect(body?.message).toContain(message)
  else if (message) expect(body?.message).toMatch(message)
  return apiError
}

export const HOUR = '2025-01-01T00:00:00.000Z'

/** A streaming SUM metric with one compound group key [region, tier] — the shape most tests price on. */
export async function createUsageMetric(client: Metronome, name = 'API calls'): Promise<string> {
  const res = await client.v1.billableMetrics.create({
    name,
    event_type_filter: { in_values: ['api_call'] },
    aggregation_type: 'SUM',
    aggregation_key: 'count',
    property_filters: [
      { name: 'count', exists: true },
      { name: 'region', exists: true },
      { name: 'tier', exists: true },
    ],
    group_keys: [['region'], ['region', 'tier']],
  })
  return res.data.id
}

export async function createUsageProduct(client: Metronome, metricId: string, extra: Partial<ProductCreateParams> = {}): Promise<string> {
  const res = await client.v1.contracts.products.create({ name: 'API calls', type: 'USAGE', billable_metric_id: metricId, ...extra })
  return res.data.id
}
