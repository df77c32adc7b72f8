import Metronome, { APIConnectionError, AuthenticationError, RateLimitError } from '@metronome/sdk'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { expectApiError, startTestEmulator, type TestEmulator } from './test-helpers'

let t: TestEmulator
beforeAll(async () => {
  t = await startTestEmulator()
})
afterAll(() => t.emu.close())
beforeEach(() => {
  t.emu.reset()
  t.emu.setKnobs({ rateLimitPerSec: null, faultRate: 0, latencyMs: 0, retryAfterHeader: true, rateLimitType: 'client' })
})

const admin = async (method: string, path: string, body?: unknown) => {
  const res = await fetch(`${t.emu.url}${path}`, {
    method,
    ...(body === undefined ? {} : { body: JSON.stringify(body), headers: { 'content-type': 'application/json' } }),
  })
  return { status: res.status, body: (await res.json()) as Record<string, unknown> }
}

describe('auth', () => {
  it('answers 401 {message: Unauthorized} without or with a refused token', async () => {
    const res = await fetch(`${t.emu.url}/v1/credit-types/list`)
    expect(res.status).toBe(401)
    expect(await res.json()).toEqual({ message: 'Unauthorized' })

    const revoked = new Metronome({ bearerToken: 'revoked', baseURL: t.emu.url, maxRetries: 0 })
    await expect(revoked.v1.pricingUnits.list()).rejects.toBeInstanceOf(AuthenticationError)

    await t.client.v1.pricingUnits.list()
    await admin('POST', '/_emulator/revoke', { token: 'test' })
    await expect(t.client.v1.pricingUnits.list()).rejects.toBeInstanceOf(AuthenticationError)
  })

  it('accepts only the configured tokens when given a list', async () => {
    const strict = await startTestEmulator({ tokens: ['good'] })
    try {
      await expectApiError(strict.client.v1.pricingUnits.list(), 401, 'Unauthorized')
      await new Metronome({ bearerToken: 'good', baseURL: strict.emu.url, maxRetries: 0 }).v1.pricingUnits.list()
    } finally {
      await strict.emu.close()
    }
  })
})

describe('knobs', () => {
  it('rate-limits with a 429 carrying X-Metronome-Rate-Limit-Type and retry-after-ms', async () => {
    t.emu.setKnobs({ rateLimitPerSec: 2, rateLimitType: 'customer' })
    await t.client.v1.pricingUnits.list()
    await t.client.v1.pricingUnits.list()
    const error = await expectApiError(t.client.v1.pricingUnits.list(), 429)
    expect(error).toBeInstanceOf(RateLimitError)
    expect(error.headers?.get('x-metronome-rate-limit-type')).toBe('customer')
    expect(Number(error.headers?.get('retry-after-ms'))).toBeGreaterThan(0)
    expect(t.emu.stats().throttled).toBe(1)

    t.emu.setKnobs({ retryAfterHeader: false })
    const bare = await expectApiError(t.client.v1.pricingUnits.list(), 429)
    expect(bare.headers?.get('retry-after-ms')).toBeNull()
  })

  it('lets the SDK retry a throttled call using retry-after-ms', async () => {
    // Bucket capacity = one second's worth (2): of 5 simultaneous calls at least 3 are throttled even on a
    // loaded machine (a token refills only every 500 ms), then retried after the advertised delay.
    t.emu.setKnobs({ rateLimitPerSec: 2 })
    const retrying = t.client.withOptions({ maxRetries: 6 })
    await Promise.all(Array.from({ length: 5 }, () => retrying.v1.pricingUnits.list()))
    expect(t.emu.stats().throttled).toBeGreaterThan(0)
    expect(t.emu.stats().requests).toBe(5 + t.emu.stats().throttled)
  })

  it('injects reproducible faults from a seed, including dropped connections', async () => {
    const run = async () => {
      t.emu.reset()
      t.emu.setKnobs({ faultRate: 0.5, faultKinds: ['500', '429'], seed: 42 })
      const statuses: number[] = []
      for (let i = 0; i < 12; i++) statuses.push(await t.client.v1.pricingUnits.list().then(() => 200, (e: { status: number }) => e.status))
      return statuses
    }
    const a = await run()
    expect(a).toEqual(await run())
    expect(new Set(a)).toEqual(new Set([200, 500, 429]))
    expect(t.emu.stats().faults).toBe(a.filter((s) => s !== 200).length)

    t.emu.setKnobs({ faultRate: 1, faultKinds: ['timeout'], timeoutHoldMs: 50 })
    await expect(t.client.v1.pricingUnits.list()).rejects.toBeInstanceOf(APIConnectionError)
  })

  it('adds latency', async () => {
    t.emu.setKnobs({ latencyMs: 120 })
    const start = Date.now()
    await t.client.v1.pricingUnits.list()
    expect(Date.now() - start).toBeGreaterThanOrEqual(110)
  })
})

describe('admin routes and stats', () => {
  it('exposes knobs, state, stats, reset and pricing units over HTTP without auth', async () => {
    expect((await admin('POST', '/_emulator/knobs', { latencyMs: 0, faultRate: 0 })).body).toMatchObject({ latencyMs: 0 })
    expect((await admin('POST', '/_emulator/knobs', { faultRate: 2 })).status).toBe(400)

    const created = await admin('POST', '/_emulator/pricing-units', { name: 'Compute units' })
    const unitId = (created.body.data as { id: string }).id
    const names = (await t.client.v1.pricingUnits.list()).data.map((u) => u.name)
    expect(names).toContain('Compute units')
    await t.client.v1.contracts.rateCards.create({
      name: 'CU card',
      credit_type_conversions: [{ custom_credit_type_id: unitId, fiat_per_custom_credit: 2 }],
    })

    const stats = (await admin('GET', '/_emulator/stats')).body
    expect(stats).toMatchObject({ requests: 2, byRoute: { 'GET /v1/credit-types/list': 1, 'POST /v1/contract-pricing/rate-cards/create': 1 } })
    const state = (await admin('GET', '/_emulator/state')).body
    expect((state.rate_cards as unknown[]).length).toBe(1)
    expect(state.silent_problems).toEqual([])

    await admin('POST', '/_emulator/reset')
    expect(t.emu.state().rate_cards).toHaveLength(0)
    expect(t.emu.stats().requests).toBe(0)
  })

  it('answers unknown routes with 404 {message}', async () => {
    await expectApiError(t.client.post('/v1/plans/list', { body: {} }), 404, 'no route POST /v1/plans/list')
  })

  it('returns a snapshot the caller cannot mutate', async () => {
    await t.client.v1.contracts.products.create({ name: 'A', type: 'FIXED' })
    const snapshot = t.emu.state()
    snapshot.products.length = 0
    expect(t.emu.state().products).toHaveLength(1)
  })
})
