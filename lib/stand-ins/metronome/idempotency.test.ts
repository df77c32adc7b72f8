import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { expectApiError, startTestEmulator, type TestEmulator } from './test-helpers'

let t: TestEmulator
beforeAll(async () => {
  t = await startTestEmulator()
})
afterAll(() => t.emu.close())
beforeEach(() => {
  t.emu.reset()
  t.emu.setKnobs({ faultRate: 0 })
})

const key = (k: string) => ({ headers: { 'Idempotency-Key': k } })

describe('Idempotency-Key', () => {
  it('replays the original result for the same key and body, creating nothing new', async () => {
    const body = { name: 'Seats', type: 'SUBSCRIPTION' as const, tags: ['a'] }
    const first = await t.client.v1.contracts.products.create(body, key('k1'))
    const { data, response } = await t.client.v1.contracts.products.create({ tags: ['a'], type: 'SUBSCRIPTION', name: 'Seats' }, key('k1')).withResponse()
    expect(data.data.id).toBe(first.data.id)
    expect(response.headers.get('idempotent-replayed')).toBe('true')
    expect(t.emu.state().products).toHaveLength(1)
  })

  it('answers 409 for the same key with a different body', async () => {
    await t.client.v1.contracts.products.create({ name: 'A', type: 'FIXED' }, key('k2'))
    await expectApiError(t.client.v1.contracts.products.create({ name: 'B', type: 'FIXED' }, key('k2')), 409, 'different parameters')
  })

  it('scopes keys per token', async () => {
    const other = t.client.withOptions({ bearerToken: 'other-token' })
    const a = await t.client.v1.contracts.products.create({ name: 'A', type: 'FIXED' }, key('shared'))
    const b = await other.v1.contracts.products.create({ name: 'A', type: 'FIXED' }, key('shared'))
    expect(b.data.id).not.toBe(a.data.id)
  })

  it('caches and replays a 500, even after faults stop', async () => {
    t.emu.setKnobs({ faultRate: 1, faultKinds: ['500'], seed: 7 })
    await expectApiError(t.client.v1.contracts.products.create({ name: 'A', type: 'FIXED' }, key('k3')), 500)
    t.emu.setKnobs({ faultRate: 0 })
    await expectApiError(t.client.v1.contracts.products.create({ name: 'A', type: 'FIXED' }, key('k3')), 500, 'injected fault')
    expect(t.emu.state().products).toHaveLength(0)
    // A fresh key goes through.
    await t.client.v1.contracts.products.create({ name: 'A', type: 'FIXED' }, key('k4'))
    expect(t.emu.state().products).toHaveLength(1)
  })

  it('caches rule errors but not schema errors', async () => {
    await expectApiError(t.client.v1.contracts.products.create({ name: 'C', type: 'COMPOSITE' }, key('k5')), 400, 'composite_product_ids')
    expect(Object.keys(t.emu.state().idempotency)).toHaveLength(1)
    await expectApiError(t.client.v1.contracts.products.create({ type: 'FIXED' } as never, key('k6')), 400, "required property 'name'")
    expect(Object.keys(t.emu.state().idempotency)).toHaveLength(1)
  })
})
