/** Mutating an account between imports: created / updated / unchanged / removed objects. */
import { describe, expect, it } from 'vitest'
import { DEMO_IDS, demoAccount } from './demo-account'
import { generateAccount } from './generate-account'
import { makeCustomer } from './objects'
import { startStripeEmulator } from './server'
import { sdk } from './test-helpers'

describe('EmulatedAccount mutations', () => {
  it('shows created, updated and removed objects on the next list', async () => {
    const emulator = await startStripeEmulator({ port: 0 })
    try {
      const stripe = sdk(emulator)
      const account = emulator.account('sk_test_demo')
      const before = await stripe.customers.list({ limit: 100 })

      const added = makeCustomer({ id: 'cus_NewCustomer001', created: 1_795_000_000, name: 'Newco', email: 'ap@newco.example' })
      account.put('customers', added)
      const renamed = account.update('customers', DEMO_IDS.customers.nimbus, { name: 'Nimbus Docs Inc.' })
      account.remove('customers', DEMO_IDS.customers.evergreen)

      const after = await stripe.customers.list({ limit: 100 })
      expect(after.data).toHaveLength(before.data.length)
      expect(after.data[0]?.id).toBe(added.id)
      expect(after.data.find((c) => c.id === renamed.id)?.name).toBe('Nimbus Docs Inc.')
      expect(after.data.some((c) => c.id === DEMO_IDS.customers.evergreen)).toBe(false)

      const meterBefore = account.meters.get(DEMO_IDS.meters.images)?.updated ?? 0
      account.update('meters', DEMO_IDS.meters.images, { display_name: 'Images' })
      expect(account.meters.get(DEMO_IDS.meters.images)?.updated).toBeGreaterThan(meterBefore)
    } finally {
      await emulator.close()
    }
  })

  it('keeps a cursor valid when its object is archived between pages', async () => {
    const emulator = await startStripeEmulator({ port: 0 })
    try {
      const stripe = sdk(emulator)
      const all = (await stripe.prices.list({ limit: 100 })).data.map((p) => p.id)
      const first = await stripe.prices.list({ limit: 4 })
      const cursor = first.data.at(-1)?.id ?? ''
      emulator.account('acct_1RatecraftDemo01').archivePrice(cursor)
      const second = await stripe.prices.list({ limit: 4, starting_after: cursor })
      expect(second.data.map((p) => p.id)).toEqual(all.slice(4, 8))
      const archived = await stripe.prices.list({ active: false, limit: 100 })
      expect(archived.data.map((p) => p.id)).toContain(cursor)
    } finally {
      await emulator.close()
    }
  })

  it('serves several accounts, each only to its own keys', async () => {
    const other = generateAccount(
      { seed: 'other', meters: 2, products: 3, prices: 6, customers: 4, subscriptions: 4, creditGrants: 1, archivedShare: 0 },
      { secret: 'sk_test_other', restricted: 'rk_test_other' },
    )
    const emulator = await startStripeEmulator({ port: 0, accounts: [demoAccount()] })
    try {
      emulator.addAccount(other)
      expect(() => emulator.addAccount(other)).toThrow()
      expect(emulator.account('rk_test_other').id).toBe(other.id)
      const customers = await sdk(emulator, 'sk_test_other').customers.list({ limit: 100 })
      expect(customers.data).toHaveLength(4)
      const account = await sdk(emulator, 'sk_test_other').accounts.retrieveCurrent()
      expect(account.id).toBe(other.id)
    } finally {
      await emulator.close()
    }
  })
})
