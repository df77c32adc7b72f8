/**
 * Retries a Stripe call on 429, 5xx and connection failures with capped exponential backoff and
 * jitter. The SDK itself retries a 429 only when Stripe sends `Stripe-Should-Retry: true`
 * (stripe-api.md §5), so the importer owns this loop for both cases.
 */
import { describeStripeError, type StripeFailure } from './errors'

export class StripeCallError extends Error {
  constructor(readonly failure: StripeFailure) {
    super(failure.message)
  }
}

export type RetryOptions = { attempts?: number; baseMs?: number; capMs?: number; onRetry?: (f: StripeFailure, attempt: number, waitMs: number) => void; sleep?: (ms: number) => Promise<void> }

const defaultSleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms))

export async function withStripeRetry<T>(fn: () => Promise<T>, baseUrl: string | null, o: RetryOptions = {}): Promise<T> {
  const attempts = o.attempts ?? 8
  for (let attempt = 1; ; attempt++) {
    try {
      return await fn()
    } catch (e) {
      const f = describeStripeError(e, baseUrl)
      if (!f.retryable || attempt >= attempts) throw new StripeCallError(f)
      const ceiling = Math.min(o.capMs ?? 8_000, (o.baseMs ?? 250) * 2 ** (attempt - 1))
      const wait = Math.round(ceiling / 2 + Math.random() * (ceiling / 2))
      o.onRetry?.(f, attempt, wait)
      await (o.sleep ?? defaultSleep)(wait)
    }
  }
}
