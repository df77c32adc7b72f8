/** Shared setup for the emulator's own tests: a real SDK client pointed at a random-port emulator. */
import Stripe from 'stripe'
import type { StripeEmulatorHandle } from './server'

export function sdk(emulator: StripeEmulatorHandle, key = 'sk_test_demo', config: Stripe.StripeConfig = {}): Stripe {
  return new Stripe(key, {
    host: '127.0.0.1',
    port: emulator.port,
    protocol: 'http',
    maxNetworkRetries: 0,
    telemetry: false,
    ...config,
  })
}

/** Raw GET against the emulator (for wire-level assertions the SDK would hide). */
export async function rawGet(
  emulator: StripeEmulatorHandle,
  pathAndQuery: string,
  headers: Record<string, string> = { Authorization: 'Bearer sk_test_demo' },
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests poke at arbitrary JSON
): Promise<{ status: number; headers: Headers; body: any }> {
  const res = await fetch(`${emulator.url}${pathAndQuery}`, { headers })
  return { status: res.status, headers: res.headers, body: await res.json() }
}
