/** The large-account generator: sizes, determinism, referential integrity and fast pagination. */
import { describe, expect, it } from 'vitest'
import { DEFAULT_GENERATE_SIZES, generateAccount, parseGenerateSpec } from './generate-account'
import { startStripeEmulator } from './server'
import { sdk } from './test-helpers'

const keys = { secret: 'sk_test_large', restricted: 'rk_test_large' }

describe('generateAccount', () => {
  it('produces the benchmark sizes quickly', () => {
    const started = performance.now()
    const account = generateAccount({ seed: 'bench', ...DEFAULT_GENERATE_SIZES }, keys)
    const elapsed = performance.now() - started
    expect(account.counts()).toMatchObject({
      meters: 200,
      products: 2000,
      prices: 10000,
      customers: 5000,
      subscriptions: 5000,
      creditGrants: 1000,
    })
    expect(elapsed).toBeLessThan(5000)

    const prices = account.prices.sorted()
    const archived = prices.filter((p) => !p.active).length
    expect(archived).toBeGreaterThan(500)
    expect(archived).toBeLessThan(1500)
    expect(prices.filter((p) => p.billing_scheme === 'tiered').length).toBeGreaterThan(1000)
    expect(prices.filter((p) => p.currency_options).length).toBeGreaterThan(300)
    for (const price of prices) expect(account.products.has(price.product)).toBe(true)
    for (const sub of account.subscriptions.sorted()) {
      expect(account.customers.has(sub.customer)).toBe(true)
      for (const item of sub.items) expect(account.findPrice(item.price)).toBeDefined()
    }
  })

  it('is deterministic per seed', () => {
    const small = { meters: 5, products: 10, prices: 40, customers: 20, subscriptions: 20, creditGrants: 5 }
    const a = generateAccount({ seed: 1, ...small }, keys)
    const b = generateAccount({ seed: 1, ...small }, keys)
    const c = generateAccount({ seed: 2, ...small }, keys)
    expect(JSON.stringify(a.prices.sorted())).toBe(JSON.stringify(b.prices.sorted()))
    expect(JSON.stringify(a.subscriptions.sorted())).toBe(JSON.stringify(b.subscriptions.sorted()))
    expect(a.prices.sorted()[0]?.id).not.toBe(c.prices.sorted()[0]?.id)
  })

  it('parses the CLI spec', () => {
    expect(parseGenerateSpec('prices=500,customers=20,credit_grants=3', 's')).toMatchObject({
      seed: 's',
      prices: 500,
      customers: 20,
      creditGrants: 3,
      meters: 200,
    })
    expect(() => parseGenerateSpec('bananas=3')).toThrow(/Unknown/)
  })

  it('paginates 10,000 prices in 100 pages through the SDK', async () => {
    const account = generateAccount(
      { seed: 'pages', meters: 50, products: 500, prices: 10_000, customers: 10, subscriptions: 10, creditGrants: 0, archivedShare: 0 },
      keys,
    )
    const emulator = await startStripeEmulator({ port: 0, accounts: [account] })
    try {
      const stripe = sdk(emulator, 'sk_test_large')
      const started = performance.now()
      const seen = new Set<string>()
      for await (const price of stripe.prices.list({ limit: 100, expand: ['data.tiers', 'data.currency_options'] })) {
        seen.add(price.id)
      }
      expect(seen.size).toBe(10_000)
      expect(emulator.stats().byRoute['GET /v1/prices']).toBe(100)
      expect(performance.now() - started).toBeLessThan(10_000)
    } finally {
      await emulator.close()
    }
  })
})
