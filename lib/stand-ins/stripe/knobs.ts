/**
 * Traffic knobs: a per-account token bucket (Stripe's rate limit) and seeded fault injection, so the
 * importer's retry and back-off paths can be exercised reproducibly.
 */
import { z } from 'zod'
import { SeededRandom } from './ids'

export const FAULT_KINDS = ['500', '429', '429-retry', 'timeout', 'reset'] as const
export type FaultKind = (typeof FAULT_KINDS)[number]

export type StripeEmulatorKnobs = {
  /** Requests per second per account (token bucket, burst = one second's worth); null = unlimited. */
  rateLimitPerSec: number | null
  /** Probability 0..1 that a request gets a fault from `faultKinds` instead of its answer. */
  faultRate: number
  faultKinds: Array<FaultKind>
  /** Added to every response. */
  latencyMs: number
  /** How long a 'timeout' fault holds the response before destroying the socket. */
  timeoutMs: number
  /** Seed of the fault PRNG; setting it restarts the fault sequence. */
  faultSeed: number
}

export const DEFAULT_KNOBS: StripeEmulatorKnobs = {
  rateLimitPerSec: null,
  faultRate: 0,
  faultKinds: ['500', '429', '429-retry', 'timeout', 'reset'],
  latencyMs: 0,
  timeoutMs: 10_000,
  faultSeed: 42,
}

/** Validation for knobs arriving over HTTP (`POST /_emulator/knobs`). */
export const knobsPatchSchema = z
  .object({
    // 0 is accepted as "unlimited", like null.
    rateLimitPerSec: z
      .number()
      .min(0)
      .nullable()
      .transform((v) => (v === 0 ? null : v)),
    faultRate: z.number().min(0).max(1),
    faultKinds: z.array(z.enum(FAULT_KINDS)).min(1),
    latencyMs: z.number().int().min(0).max(60_000),
    timeoutMs: z.number().int().min(0).max(600_000),
    faultSeed: z.number().int(),
  })
  .partial()
  .strict()

export type Decision =
  | { kind: 'pass' }
  | { kind: 'throttle'; shouldRetry: boolean }
  | { kind: 'fault'; fault: FaultKind }

interface Bucket {
  tokens: number
  refilledAt: number
}

export class TrafficControl {
  private current: StripeEmulatorKnobs
  private random: SeededRandom
  private readonly buckets = new Map<string, Bucket>()
  /** Alternates `Stripe-Should-Retry` on throttled responses, so both SDK paths get exercised. */
  private throttleCount = 0

  constructor(
    knobs: Partial<StripeEmulatorKnobs> = {},
    private readonly now: () => number = () => performance.now(),
  ) {
    this.current = { ...DEFAULT_KNOBS, ...knobs }
    this.random = new SeededRandom(this.current.faultSeed)
  }

  get knobs(): StripeEmulatorKnobs {
    return { ...this.current, faultKinds: [...this.current.faultKinds] }
  }

  set(patch: Partial<StripeEmulatorKnobs>): void {
    const parsed = knobsPatchSchema.parse(patch)
    const next = { ...this.current }
    for (const [key, value] of Object.entries(parsed)) {
      if (value !== undefined) Object.assign(next, { [key]: value })
    }
    if (parsed.faultSeed !== undefined) this.random = new SeededRandom(parsed.faultSeed)
    if (parsed.rateLimitPerSec !== undefined) this.buckets.clear()
    this.current = next
  }

  /** Decide the fate of one request for `accountId`. Rate limiting comes before fault injection. */
  decide(accountId: string): Decision {
    const limit = this.current.rateLimitPerSec
    if (limit !== null && !this.take(accountId, limit)) {
      this.throttleCount += 1
      return { kind: 'throttle', shouldRetry: this.throttleCount % 2 === 0 }
    }
    if (this.current.faultRate > 0 && this.random.next() < this.current.faultRate) {
      return { kind: 'fault', fault: this.random.pick(this.current.faultKinds) }
    }
    return { kind: 'pass' }
  }

  private take(accountId: string, perSec: number): boolean {
    const now = this.now()
    const capacity = Math.max(1, perSec)
    const bucket = this.buckets.get(accountId) ?? { tokens: capacity, refilledAt: now }
    bucket.tokens = Math.min(capacity, bucket.tokens + ((now - bucket.refilledAt) / 1000) * perSec)
    bucket.refilledAt = now
    this.buckets.set(accountId, bucket)
    if (bucket.tokens < 1) return false
    bucket.tokens -= 1
    return true
  }
}
