/**
 * One request budget shared by every fetcher of an import: a token bucket refilled at `ratePerSec`
 * (Stripe's limit is per account, not per endpoint or per stream), with priorities so the sequential
 * list chains — whose latency is the run's critical path — are never starved by the parallel
 * per-object fetches that only fill spare capacity. A 429 pauses the whole bucket: the account as a
 * whole is over its limit, so every stream must slow down, not just the one that was refused.
 */

/** Stripe allows about 100 req/s live and 25 in test mode (stripe-api.md §4); stay a little below. */
export const DEFAULT_REQUESTS_PER_SECOND = { live: 90, test: 22 } as const

export function defaultRequestsPerSecond(livemode: boolean): number {
  return livemode ? DEFAULT_REQUESTS_PER_SECOND.live : DEFAULT_REQUESTS_PER_SECOND.test
}

/** Lower number = served first. */
export const PRIORITY = { chain: 0, fanout: 1 } as const

type Waiter = { priority: number; seq: number; resolve: () => void; reject: (e: unknown) => void }

export class AbortedError extends Error {
  constructor(message = 'aborted') {
    super(message)
    this.name = 'AbortedError'
  }
}

export class RequestBudget {
  private tokens: number
  private refilledAt: number
  private pausedUntil = 0
  private waiters: Waiter[] = []
  private seq = 0
  private timer: NodeJS.Timeout | null = null
  /** Requests granted so far (every attempt, retries included). */
  granted = 0

  constructor(
    readonly ratePerSec: number,
    /** Tokens available at once; a fraction of a second's worth keeps the first second under the limit. */
    readonly burst = Math.max(1, Math.floor(ratePerSec / 5)),
    private readonly now: () => number = () => performance.now(),
  ) {
    if (!(ratePerSec > 0)) throw new Error(`request budget must be positive, got ${ratePerSec}`)
    this.tokens = this.burst
    this.refilledAt = this.now()
  }

  /** Resolves when a request may be sent. Rejects with AbortedError when `signal` aborts first. */
  acquire(priority: number = PRIORITY.chain, signal?: AbortSignal): Promise<void> {
    if (signal?.aborted) return Promise.reject(new AbortedError())
    return new Promise<void>((resolve, reject) => {
      const waiter: Waiter = { priority, seq: this.seq++, resolve, reject }
      const onAbort = () => {
        this.waiters = this.waiters.filter((w) => w !== waiter)
        reject(new AbortedError())
      }
      signal?.addEventListener('abort', onAbort, { once: true })
      waiter.resolve = () => {
        signal?.removeEventListener('abort', onAbort)
        resolve()
      }
      this.insert(waiter)
      this.pump()
    })
  }

  /** Stop granting for `ms` (after a 429) and drop the saved-up burst. */
  pause(ms: number): void {
    this.pausedUntil = Math.max(this.pausedUntil, this.now() + ms)
    this.tokens = 0
    this.refilledAt = this.now()
    this.schedule()
  }

  /** Pending acquirers (for tests and progress). */
  get waiting(): number {
    return this.waiters.length
  }

  private insert(w: Waiter) {
    // Stable priority order: by priority, then arrival.
    let i = this.waiters.length
    while (i > 0 && this.waiters[i - 1]!.priority > w.priority) i--
    this.waiters.splice(i, 0, w)
  }

  private refill(t: number) {
    if (t < this.pausedUntil) {
      this.refilledAt = t
      return
    }
    const from = Math.max(this.refilledAt, this.pausedUntil)
    this.tokens = Math.min(this.burst, this.tokens + ((t - from) / 1000) * this.ratePerSec)
    this.refilledAt = t
  }

  private pump() {
    const t = this.now()
    this.refill(t)
    while (this.waiters.length && this.tokens >= 1 && t >= this.pausedUntil) {
      this.tokens -= 1
      this.granted++
      this.waiters.shift()!.resolve()
    }
    this.schedule()
  }

  private schedule() {
    if (this.timer || !this.waiters.length) return
    const t = this.now()
    const untilToken = this.tokens >= 1 ? 0 : ((1 - this.tokens) / this.ratePerSec) * 1000
    const wait = Math.max(untilToken, this.pausedUntil - t, 0)
    this.timer = setTimeout(() => {
      this.timer = null
      this.pump()
    }, Math.ceil(wait))
  }

  /** Reject every waiter (the run is stopping). */
  close(reason: unknown = new AbortedError()) {
    if (this.timer) clearTimeout(this.timer)
    this.timer = null
    const ws = this.waiters
    this.waiters = []
    for (const w of ws) w.reject(reason)
  }
}
