/**
 * "Use the demo account": in demo mode the server connects the emulators with keys it holds, so no
 * key — not even the public demo one — ever travels to or from the browser.
 */
import { CatalogError } from '@/lib/catalog/errors'
import { DEMO_METRONOME_TOKEN, DEMO_STRIPE_KEY, demoMetronomeUrl, demoStripeUrl, isDemoMode } from '@/lib/env'
import type { WorkspaceCtx } from '../context'
import { connectMetronome } from './connect-metronome'
import { connectStripe } from './connect-stripe'

function assertDemo() {
  if (!isDemoMode()) throw new CatalogError('The demo account is only available in demo mode. Paste a key instead.', { status: 400, code: 'not_demo' })
}

export function connectDemoStripe(ctx: WorkspaceCtx) {
  assertDemo()
  return connectStripe(ctx, { key: DEMO_STRIPE_KEY, baseUrl: demoStripeUrl() }, { isDemo: true })
}

export function connectDemoMetronome(ctx: WorkspaceCtx) {
  assertDemo()
  return connectMetronome(ctx, { token: DEMO_METRONOME_TOKEN, baseUrl: demoMetronomeUrl() }, { isDemo: true })
}
