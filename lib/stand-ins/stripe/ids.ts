/**
 * Deterministic identifiers and randomness for the emulator.
 *
 * Ids are derived from a hash of (seed, kind, stable name) rather than from a running PRNG, so adding
 * one object to a fixture does not shift the ids of every object created after it. Incremental-import
 * tests depend on ids staying put between runs.
 */
import { createHash } from 'node:crypto'

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'

/** `length` base-62 characters derived from sha256(input) (re-hashed if more are needed). */
export function hashChars(input: string, length: number): string {
  let out = ''
  let round = 0
  while (out.length < length) {
    const digest = createHash('sha256').update(`${round}:${input}`).digest()
    for (const byte of digest) {
      // 248 = 62 * 4: dropping bytes >= 248 keeps the distribution uniform.
      if (byte < 248) out += BASE62[byte % 62]
      if (out.length === length) break
    }
    round += 1
  }
  return out
}

/** Unsigned 32-bit hash of a string (FNV-1a); cheap enough to call per usage window. */
export function hash32(input: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < input.length; i++) {
    h ^= input.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return h >>> 0
}

/**
 * Stripe-looking ids. "Long" ids (prices, subscriptions, promotion codes...) have the `1` + 23-char
 * shape Stripe uses for objects created through the API; "short" ids (products, customers, items)
 * have 14 chars; billing v2-era objects (meters, credit grants) carry `_test_61...`.
 */
export type IdShape = 'long' | 'short' | 'billing'

export function stripeId(prefix: string, shape: IdShape, seed: string, name: string, livemode = false): string {
  const key = `${seed}|${prefix}|${name}`
  switch (shape) {
    case 'long':
      return `${prefix}_1${hashChars(key, 23)}`
    case 'short':
      return `${prefix}_${hashChars(key, 14)}`
    case 'billing':
      return `${prefix}_${livemode ? '' : 'test_'}61${hashChars(key, 30)}`
  }
}

/** Small, fast, seedable PRNG (mulberry32). Used for fault injection and generated data. */
export class SeededRandom {
  private state: number

  constructor(seed: number | string) {
    this.state = typeof seed === 'number' ? seed >>> 0 : hash32(seed)
  }

  /** Uniform float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0
    let t = this.state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }

  /** Integer in [min, max] inclusive. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1))
  }

  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() * items.length)]
    if (item === undefined) throw new Error('pick() from an empty list')
    return item
  }

  chance(probability: number): boolean {
    return this.next() < probability
  }
}

/** Random request ids are fine: they only need to be unique-looking, never reproducible. */
export function requestId(): string {
  let out = 'req_'
  for (let i = 0; i < 14; i++) out += BASE62[Math.floor(Math.random() * 62)]
  return out
}
