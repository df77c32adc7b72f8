/**
 * The `stripe` SDK client, pinned to the API version the importer was written against. A base URL
 * (the local emulator in demo mode and tests) is translated into the SDK's host/port/protocol
 * options; without one the SDK talks to api.stripe.com.
 */
import Stripe from 'stripe'

export const STRIPE_API_VERSION = '2026-10-28.endive'

export type StripeClientOptions = {
  key: string
  baseUrl?: string | null
  /** The importer retries 429/5xx itself with backoff (the SDK ignores a plain 429). */
  maxNetworkRetries?: number
  timeoutMs?: number
}

export function makeStripeClient(o: StripeClientOptions): Stripe {
  const base = o.baseUrl ? new URL(o.baseUrl) : null
  const protocol = base?.protocol === 'http:' ? 'http' : 'https'
  return new Stripe(o.key, {
    apiVersion: STRIPE_API_VERSION as Stripe.LatestApiVersion,
    maxNetworkRetries: o.maxNetworkRetries ?? 0,
    timeout: o.timeoutMs ?? 30_000,
    telemetry: false,
    appInfo: { name: 'Ratecraft', url: 'https://ratecraft.dev' },
    ...(base ? { host: base.hostname, port: Number(base.port || (protocol === 'http' ? 80 : 443)), protocol } : {}),
  })
}
