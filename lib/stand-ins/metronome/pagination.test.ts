import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { USD_CENTS_ID } from './server'
import { expectApiError, startTestEmulator, type TestEmulator } from './test-helpers'

let t: TestEmulator
const TOTAL = 150

beforeAll(async () => {
  t = await startTestEmulator()
  for (let i = 0; i < TOTAL; i++) await t.client.v1.contracts.products.create({ name: `Fee ${i}`, type: 'FIXED' })
})
afterAll(() => t.emu.close())

describe('pagination', () => {
  it('pages with limit in the query and stops with next_page null', async () => {
    const first = await t.client.v1.contracts.products.list({ limit: 100 })
    expect(first.data).toHaveLength(100)
    expect(first.next_page).toBeTruthy()
    const second = await first.getNextPage()
    expect(second.data).toHaveLength(TOTAL - 100)
    expect(second.hasNextPage()).toBe(false)

    // Auto-pagination walks every page and terminates.
    const names: string[] = []
    for await (const p of t.client.v1.contracts.products.list({ limit: 40 })) names.push(p.current.name)
    expect(names).toHaveLength(TOTAL)
    expect(new Set(names).size).toBe(TOTAL)
    expect(names[0]).toBe('Fee 0')
  })

  it('defaults to 100 per page and refuses limits outside 1..100', async () => {
    expect((await t.client.v1.contracts.products.list()).data).toHaveLength(100)
    await expectApiError(t.client.v1.contracts.products.list({ limit: 101 }), 400, 'request/query/limit must be <= 100')
    await expectApiError(t.client.v1.contracts.products.list({ limit: 0 }), 400, 'limit must be >= 1')
    await expectApiError(t.client.v1.contracts.products.list({ next_page: 'garbage!' }), 400, 'next_page')
  })

  it('lists pricing units: USD cents, the other supported fiats, no JPY, and a custom unit', async () => {
    const units = []
    for await (const u of t.client.v1.pricingUnits.list({ limit: 5 })) units.push(u)
    const byName = new Map(units.map((u) => [u.name, u]))
    expect(byName.get('USD (cents)')).toEqual({ id: USD_CENTS_ID, name: 'USD (cents)', is_currency: true })
    for (const code of ['EUR', 'GBP', 'CAD', 'AUD']) expect(byName.get(code)?.is_currency).toBe(true)
    expect(byName.has('JPY')).toBe(false)
    expect(byName.get('Credits')?.is_currency).toBe(false)
  })
})
