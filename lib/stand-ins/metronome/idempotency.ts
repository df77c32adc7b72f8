import { createHash } from 'node:crypto'
import type { EmulatorState, IdempotencyEntry } from './types'

// `Idempotency-Key` on POSTs (https://docs.metronome.com/api-reference/idempotency; metronome-api.md §2.3):
// - same key + same request → the original status and body, errors and 5xx included;
// - same key + different request → 409; a key still executing → 409 ("conflict with another concurrent request");
// - a result is cached only once the request "begins executing", i.e. after request (schema) validation;
// - keys are kept ≥ 24 h; the emulator prunes them after exactly 24 h;
// - keys are scoped per API token (here: per token hash, so state files never hold raw tokens).

export const IDEMPOTENCY_TTL_MS = 24 * 60 * 60 * 1000

/** JSON with object keys sorted at every level, so `{a,b}` and `{b,a}` are the same request. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`
  }
  return JSON.stringify(value) ?? 'null'
}

export function requestFingerprint(method: string, path: string, query: URLSearchParams, body: unknown): string {
  const q = [...query.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  return createHash('sha256').update(canonicalJson({ method, path, q, body })).digest('hex')
}

export type IdempotencyDecision =
  | { kind: 'proceed'; storageKey: string }
  | { kind: 'replay'; entry: IdempotencyEntry }
  | { kind: 'conflict'; message: string }

export class IdempotencyCache {
  private inFlight = new Map<string, string>()

  begin(state: EmulatorState, scope: string, key: string, fingerprint: string, nowMs: number): IdempotencyDecision {
    const storageKey = `${scope}\u0000${key}`
    const cached = state.idempotency[storageKey]
    if (cached && nowMs - Date.parse(cached.created_at) < IDEMPOTENCY_TTL_MS) {
      if (cached.fingerprint !== fingerprint) {
        return { kind: 'conflict', message: 'This Idempotency-Key was already used for a request with different parameters.' }
      }
      return { kind: 'replay', entry: cached }
    }
    if (this.inFlight.has(storageKey)) {
      return { kind: 'conflict', message: 'A request with this Idempotency-Key is already being processed.' }
    }
    this.inFlight.set(storageKey, fingerprint)
    return { kind: 'proceed', storageKey }
  }

  /** Records the outcome; `cache: false` (schema failures) only releases the key. */
  finish(
    state: EmulatorState,
    storageKey: string,
    fingerprint: string,
    outcome: { status: number; body: unknown; headers?: Record<string, string> },
    cache: boolean,
    nowMs: number,
  ): void {
    this.inFlight.delete(storageKey)
    if (!cache) return
    for (const [k, entry] of Object.entries(state.idempotency)) {
      if (nowMs - Date.parse(entry.created_at) >= IDEMPOTENCY_TTL_MS) delete state.idempotency[k]
    }
    state.idempotency[storageKey] = {
      fingerprint,
      status: outcome.status,
      body: outcome.body,
      ...(outcome.headers && Object.keys(outcome.headers).length > 0 ? { headers: outcome.headers } : {}),
      created_at: new Date(nowMs).toISOString(),
    }
  }

  clear(): void {
    this.inFlight.clear()
  }
}
