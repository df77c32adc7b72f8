/** Checks a Stripe key before anything is stored: the account it belongs to, or why it failed. */
import { UpstreamError } from '@/lib/catalog/errors'
import { makeStripeClient } from './client'
import { describeStripeError } from './errors'

export type StripeAccountInfo = { id: string; name: string | null; livemode: boolean; country: string | null; defaultCurrency: string | null }

export async function verifyStripeKey(key: string, baseUrl: string | null): Promise<StripeAccountInfo> {
  const stripe = makeStripeClient({ key, baseUrl, maxNetworkRetries: 1, timeoutMs: 15_000 })
  try {
    const a = await stripe.accounts.retrieveCurrent()
    return {
      id: a.id,
      name: a.business_profile?.name ?? a.settings?.dashboard?.display_name ?? null,
      // The account object has no livemode field; the key says which mode its data is in.
      livemode: key.includes('_live_'),
      country: a.country ?? null,
      defaultCurrency: a.default_currency ?? null,
    }
  } catch (e) {
    const f = describeStripeError(e, baseUrl)
    throw new UpstreamError(f.message, { status: 422, code: `stripe_${f.kind}` })
  }
}
