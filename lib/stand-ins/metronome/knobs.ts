import { z } from 'zod'

export type FaultKind = '500' | '429' | 'timeout'

export type MetronomeEmulatorKnobs = {
  /** Requests per second per (token, route) before a 429; null = unlimited. */
  rateLimitPerSec: number | null
  /** Value of `X-Metronome-Rate-Limit-Type` on 429s (client = org-wide per endpoint, customer = per customer). */
  rateLimitType: 'client' | 'customer'
  /** Probability (0..1) that a request gets an injected fault. */
  faultRate: number
  faultKinds: FaultKind[]
  /** Added to every API request, as simulated processing time. */
  latencyMs: number
  /** Seed of the fault PRNG: the same seed and request sequence give the same faults. */
  seed: number
  /** How long a 'timeout' fault holds the request before destroying the socket. */
  timeoutHoldMs: number
  /** Whether 429s carry `retry-after-ms` (the SDK honours it); off exercises the SDK's own backoff. */
  retryAfterHeader: boolean
}

export const DEFAULT_KNOBS: MetronomeEmulatorKnobs = {
  rateLimitPerSec: null,
  rateLimitType: 'client',
  faultRate: 0,
  faultKinds: ['500'],
  latencyMs: 0,
  seed: 1,
  timeoutHoldMs: 1_000,
  retryAfterHeader: true,
}

/** Validates knobs arriving over HTTP (`POST /_emulator/knobs`). */
export const knobsPatch = z.strictObject({
  rateLimitPerSec: z.number().positive().nullable().optional(),
  rateLimitType: z.enum(['client', 'customer']).optional(),
  faultRate: z.number().min(0).max(1).optional(),
  faultKinds: z.array(z.enum(['500', '429', 'timeout'])).min(1).optional(),
  latencyMs: z.number().min(0).optional(),
  seed: z.number().int().optional(),
  timeoutHoldMs: z.number().min(0).optional(),
  retryAfterHeader: z.boolean().optional(),
})

/** mulberry32: tiny, fast and good enough to make fault injection reproducible from a seed. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296
  }
}

/** Token buckets: capacity = one second's worth of requests, refilled continuously. */
export class TokenBuckets {
  private buckets = new Map<string, { tokens: number; at: number }>()

  /** Takes a token; returns 0 when allowed, otherwise the milliseconds until one is available. */
  take(key: string, perSec: number, nowMs: number): number {
    const capacity = Math.max(1, perSec)
    const bucket = this.buckets.get(key) ?? { tokens: capacity, at: nowMs }
    bucket.tokens = Math.min(capacity, bucket.tokens + ((nowMs - bucket.at) * perSec) / 1000)
    bucket.at = nowMs
    this.buckets.set(key, bucket)
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1
      return 0
    }
    return Math.max(1, Math.ceil(((1 - bucket.tokens) * 1000) / perSec))
  }

  clear(): void {
    this.buckets.clear()
  }
}
