/** Rate limiting, fault injection, latency and the admin HTTP routes, exercised through the real SDK. */
import Stripe from 'stripe'
import { afterEach, describe, expect, it } from 'vitest'
import { startStripeEmulator, type StripeEmulatorHandle } from './server'
import { sdk } from './test-helpers'

let emulator: StripeEmulatorHandle | undefined
afterEach(async () => {
  await emulator?.close()
  emulator = undefined
})

async function start(knobs: Parameters<typeof startStripeEmulator>[0] = {}): Promise<StripeEmulatorHandle> {
  emulator = await startStripeEmulator({ port: 0, ...knobs })
  return emulator
}

async function admin(emu: StripeEmulatorHandle, path: string, body?: unknown) {
  const res = await fetch(`${emu.url}${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  return { status: res.status, body: (await res.json()) as Record<string, unknown> }
}

describe('429 and the SDK retry rules', () => {
  it('does not retry a 429 without Stripe-Should-Retry', async () => {
    const emu = await start({ knobs: { faultRate: 1, faultKinds: ['429'] } })
    await expect(sdk(emu, 'sk_test_demo', { maxNetworkRetries: 2 }).prices.list()).rejects.toBeInstanceOf(
      Stripe.errors.StripeRateLimitError,
    )
    expect(emu.stats()).toMatchObject({ requests: 1, faults: 1 })
  })

  it('retries a 429 that carries Stripe-Should-Retry: true', async () => {
    const emu = await start({ knobs: { faultRate: 1, faultKinds: ['429-retry'] } })
    await expect(sdk(emu, 'sk_test_demo', { maxNetworkRetries: 1 }).prices.list()).rejects.toMatchObject({
      type: 'StripeRateLimitError',
      code: 'rate_limit',
    })
    expect(emu.stats()).toMatchObject({ requests: 2, faults: 2 })
  })

  it('throttles per account with a token bucket, alternating the retry header', async () => {
    // 2 req/s: a token refills only every 500 ms, so the burst below is decided by the bucket, not by how
    // fast a loaded machine delivers 12 connections.
    const emu = await start({ knobs: { rateLimitPerSec: 2 } })
    const responses = await Promise.all(
      Array.from({ length: 12 }, () => fetch(`${emu.url}/v1/customers`, { headers: { Authorization: 'Bearer sk_test_demo' } })),
    )
    const throttled = responses.filter((r) => r.status === 429)
    expect(responses.filter((r) => r.status === 200)).toHaveLength(2)
    expect(throttled).toHaveLength(10)
    const retryHeaders = throttled.map((r) => r.headers.get('stripe-should-retry'))
    expect(retryHeaders.filter((h) => h === 'true').length).toBe(5)
    expect(retryHeaders.filter((h) => h === null).length).toBe(5)
    const body = (await throttled[0]?.json()) as { error: Record<string, string> }
    expect(body.error).toMatchObject({ type: 'invalid_request_error', code: 'rate_limit' })
    expect(body.error.message).toMatch(/^Request rate limit exceeded\./)
    expect(emu.stats().throttled).toBe(10)
  })
})

describe('fault injection', () => {
  it('lets a retrying client finish a full import at a 10% fault rate', async () => {
    const emu = await start({
      knobs: { faultRate: 0.1, faultKinds: ['500', '429', '429-retry', 'timeout', 'reset'], timeoutMs: 50, faultSeed: 7 },
    })
    const stripe = sdk(emu, 'sk_test_demo', { maxNetworkRetries: 6, timeout: 5000 })
    // A plain 429 is not retried by the SDK, so a well-behaved importer retries it itself.
    const withRetry = async <T>(fn: () => Promise<T>): Promise<T> => {
      for (let attempt = 0; ; attempt++) {
        try {
          return await fn()
        } catch (error) {
          if (!(error instanceof Stripe.errors.StripeRateLimitError) || attempt >= 5) throw error
        }
      }
    }
    const pageAll = async <T extends { id: string }>(
      list: (params: { limit: number; starting_after?: string }) => Promise<Stripe.ApiList<T>>,
    ): Promise<T[]> => {
      const out: T[] = []
      let startingAfter: string | undefined
      for (;;) {
        const page = await withRetry(() => list({ limit: 3, ...(startingAfter ? { starting_after: startingAfter } : {}) }))
        out.push(...page.data)
        if (!page.has_more) return out
        startingAfter = page.data.at(-1)?.id
      }
    }
    const prices = await pageAll((p) => stripe.prices.list(p))
    const customers = await pageAll((p) => stripe.customers.list(p))
    expect(prices).toHaveLength(16)
    expect(customers).toHaveLength(30)
    const stats = emu.stats()
    expect(stats.faults).toBeGreaterThan(0)
    expect(stats.requests).toBeGreaterThan(6 + 10)
  })

  it('answers 500 api_error and drops connections on reset', async () => {
    const emu = await start({ knobs: { faultRate: 1, faultKinds: ['500'] } })
    await expect(sdk(emu).customers.list()).rejects.toMatchObject({ type: 'StripeAPIError', statusCode: 500 })
    emu.setKnobs({ faultKinds: ['reset'] })
    await expect(sdk(emu).customers.list()).rejects.toBeInstanceOf(Stripe.errors.StripeConnectionError)
  })

  it('holds then drops the connection on timeout (the SDK retries a closed connection once)', async () => {
    const emu = await start({ knobs: { faultRate: 1, faultKinds: ['timeout'], timeoutMs: 100 } })
    const started = performance.now()
    await expect(sdk(emu).customers.list()).rejects.toBeInstanceOf(Stripe.errors.StripeConnectionError)
    expect(performance.now() - started).toBeGreaterThanOrEqual(190)
    expect(emu.stats()).toMatchObject({ requests: 2, faults: 2 })
  })

  it('adds latency to every response', async () => {
    const emu = await start({ knobs: { latencyMs: 120 } })
    const started = performance.now()
    await sdk(emu).customers.list({ limit: 1 })
    expect(performance.now() - started).toBeGreaterThanOrEqual(115)
  })
})

describe('admin HTTP routes', () => {
  it('sets knobs, reports and resets stats, and revokes keys without auth', async () => {
    const emu = await start()
    const set = await admin(emu, '/_emulator/knobs', { faultRate: 1, faultKinds: ['500'] })
    expect(set.status).toBe(200)
    expect(set.body).toMatchObject({ faultRate: 1, faultKinds: ['500'], rateLimitPerSec: null })
    await expect(sdk(emu).prices.list()).rejects.toMatchObject({ statusCode: 500 })

    const stats = await admin(emu, '/_emulator/stats')
    expect(stats.body).toMatchObject({ requests: 1, faults: 1, byRoute: { 'GET /v1/prices': 1 } })

    const bad = await admin(emu, '/_emulator/knobs', { faultRate: 2 })
    expect(bad.status).toBe(400)
    expect(emu.knobs().faultRate).toBe(1)

    await admin(emu, '/_emulator/knobs', { faultRate: 0 })
    await admin(emu, '/_emulator/reset-stats', {})
    expect(emu.stats()).toEqual({ requests: 0, byRoute: {}, throttled: 0, faults: 0 })

    expect((await admin(emu, '/_emulator/revoke', { key: 'sk_test_demo' })).status).toBe(200)
    await expect(sdk(emu).prices.list()).rejects.toBeInstanceOf(Stripe.errors.StripeAuthenticationError)
    const accounts = await admin(emu, '/_emulator/accounts')
    expect(accounts.status).toBe(200)
  })
})
