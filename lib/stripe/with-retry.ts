/**
 * Every importer call to Stripe goes through here: it takes a token from the run's shared request
 * budget for each attempt, and retries 429, 5xx and connection failures with capped exponential
 * backoff and jitter. The SDK is built with `maxNetworkRetries: 0`, because it would retry a 429
 * only when Stripe sends `Stripe-Should-Retry: true` — and outside the budget — while a plain 429 is
 * not retried at all (stripe-api.md §5). Owning the loop handles both kinds the same way.
 */
import { describeStripeError, type StripeFailure } from './errors'
import { AbortedError, PRIORITY, type RequestBudget } from './request-budget'

export class StripeCallError extends Error {
  constructor(readonly failure: StripeFailure) {
    super(failure.message)
    this.name = 'StripeCallError'
  }
}

export type RetryOptions = {
  budget?: RequestBudget
  priority?: number
  signal?: AbortSignal
  attempts?: number
  baseMs?: number
  capMs?: number
  onRetry?: (f: StripeFailure, attempt: number, waitMs: number) => void
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>
}

export function abortableSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    if (signal?.aborted) return reject(new AbortedError())
    const t = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort)
      resolve()
    }, ms)
    const onAbort = () => {
      clearTimeout(t)
      reject(new AbortedError())
    }
    signal?.addEventListener('abort', onAbort, { once: true })
  })
}

export async function withStripeRetry<T>(fn: () => Promise<T>, baseUrl: string | null, o: RetryOptions = {}): Promise<T> {
  const attempts = o.attempts ?? 8
  const sleep = o.sleep ?? abortableSleep
  for (let attempt = 1; ; attempt++) {
    await o.budget?.acquire(o.priority ?? PRIORITY.chain, o.signal)
    if (o.signal?.aborted) throw new AbortedError()
    try {
      return await fn()
    } catch (e) {
      const f = describeStripeError(e, baseUrl)
      if (!f.retryable || attempt >= attempts) throw new StripeCallError(f)
      const base = o.baseMs ?? 250
      const ceiling = Math.min(o.capMs ?? 8_000, base * 2 ** (attempt - 1))
      const wait = Math.round(ceiling / 2 + Math.random() * (ceiling / 2))
      // Over the account's limit: everyone backs off, not only this stream.
      if (f.kind === 'rate_limit') o.budget?.pause(Math.max(wait, base * 2))
      o.onRetry?.(f, attempt, wait)
      await sleep(wait, o.signal)
    }
  }
}
