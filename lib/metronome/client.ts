/**
 * The `@metronome/sdk` client. `baseURL` points it at the local emulator in demo mode and tests;
 * unset, it talks to api.metronome.com. Writes use maxRetries 0: the publisher retries itself,
 * because Metronome caches a failed idempotent call (a retried 5xx with the same key replays the
 * error) and the SDK would also retry 409s pointlessly (metronome-api.md §2.3, §4).
 */
import Metronome from '@metronome/sdk'

export type MetronomeClientOptions = { token: string; baseUrl?: string | null; maxRetries?: number; timeoutMs?: number }

export function makeMetronomeClient(o: MetronomeClientOptions): Metronome {
  return new Metronome({
    bearerToken: o.token,
    baseURL: o.baseUrl || 'https://api.metronome.com',
    maxRetries: o.maxRetries ?? 0,
    timeout: o.timeoutMs ?? 30_000,
    logLevel: 'off',
  })
}

export const USD_CENTS_CREDIT_TYPE_ID = '2714e483-4ff1-48e4-9e25-ac732e8f24f2'
