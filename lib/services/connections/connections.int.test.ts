import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestEmulators } from '@/lib/testing/emulators'
import { addMemberCtx, makeWorkspace } from '@/lib/testing/factories'
import { connectMetronome } from './connect-metronome'
import { connectStripe } from './connect-stripe'
import { getConnections } from './get-connections'
import { decryptStripeKey } from './secrets'

let emu: Awaited<ReturnType<typeof startTestEmulators>>
beforeAll(async () => {
  emu = await startTestEmulators()
})
afterAll(() => emu.close())

describe('connecting Stripe and Metronome', () => {
  it('verifies the key first, stores it encrypted, audits, and never returns it', async () => {
    const ctx = await makeWorkspace()
    const r = await connectStripe(ctx, { key: 'sk_test_demo', baseUrl: emu.stripe.url })
    expect(r).toMatchObject({ accountId: 'acct_1RatecraftDemo01', livemode: false, keyHint: 'sk_test_…demo', keyKind: 'secret' })
    const row = await ctx.db.stripeConnection.findUniqueOrThrow({ where: { workspaceId: ctx.workspace.id } })
    expect(row.keyCiphertext).not.toContain('sk_test_demo')
    expect(decryptStripeKey(ctx.workspace.id, row.keyCiphertext)).toBe('sk_test_demo')
    // bound to its workspace: the same ciphertext does not decrypt for another one
    expect(() => decryptStripeKey('another-workspace', row.keyCiphertext)).toThrow()
    expect(JSON.stringify(await getConnections(ctx))).not.toContain('sk_test_demo')
    const audit = await ctx.db.auditEvent.findMany({ where: { workspaceId: ctx.workspace.id, action: 'stripe.connected' } })
    expect(audit).toHaveLength(1)
    expect(JSON.stringify(audit[0]!.data)).not.toContain('sk_test_demo')
  })

  it('stores nothing for a wrong key or an unreachable host', async () => {
    const ctx = await makeWorkspace()
    await expect(connectStripe(ctx, { key: 'sk_test_nope', baseUrl: emu.stripe.url })).rejects.toThrow(/Stripe rejected the key: Invalid API Key provided: sk_test_\*+nope/)
    await expect(connectStripe(ctx, { key: 'sk_test_demo', baseUrl: 'http://127.0.0.1:9' })).rejects.toThrow(/Could not reach Stripe at http:\/\/127\.0\.0\.1:9/)
    expect(await ctx.db.stripeConnection.count({ where: { workspaceId: ctx.workspace.id } })).toBe(0)
    expect(await ctx.db.auditEvent.count({ where: { workspaceId: ctx.workspace.id } })).toBe(0)
  })

  it('only admins manage connections', async () => {
    const editor = await addMemberCtx(await makeWorkspace(), 'editor')
    await expect(connectStripe(editor, { key: 'sk_test_demo', baseUrl: emu.stripe.url })).rejects.toThrow('Your role (editor) cannot manage the Stripe and Metronome connections')
  })

  it('refuses a Metronome token the API rejects and stores a good one', async () => {
    const ctx = await makeWorkspace()
    await expect(connectMetronome(ctx, { token: 'revoked', baseUrl: emu.metronome.url })).rejects.toThrow(/Metronome rejected the API token \(401\)/)
    expect(await ctx.db.metronomeConnection.count({ where: { workspaceId: ctx.workspace.id } })).toBe(0)
    const r = await connectMetronome(ctx, { token: 'a-good-token', baseUrl: emu.metronome.url })
    expect(r.pricingUnits).toBeGreaterThan(1)
    expect((await getConnections(ctx)).metronome).toMatchObject({ tokenHint: '…oken', baseUrl: emu.metronome.url })
  })
})
