/**
 * Everything one claimed run shares while it is worked: the Stripe client, the request budget every
 * stream draws from, the checkpoint (held in memory, advanced only after the page it follows has
 * committed), the heartbeat that keeps the claim fresh and notices a cancel, and the abort signal that
 * stops every stream at its next request when the run is cancelled, fails or loses its claim.
 */
import { setMaxListeners } from 'node:events'
import type Stripe from 'stripe'
import type { Db } from '@/lib/db/client'
import { heartbeat, LostClaimError, type ImportRunRow, type RunClaim } from '@/lib/db/import-runs'
import { analyzeImportTables, storeObjects, type ObjectInput, type Scope, type StoreResult } from '@/lib/db/stripe-objects'
import { compactHeapWhileRunning } from '@/lib/runtime/heap'
import { makeStripeClient } from '@/lib/stripe/client'
import { AbortedError, RequestBudget } from '@/lib/stripe/request-budget'
import { StripeCallError, withStripeRetry } from '@/lib/stripe/with-retry'
import { addChanges, emptyStream, estimateProgress, type ProgressDoc, type StreamState } from './import-progress'

export type RunError = { type: string; id: string; message: string }

export type WorkOptions = {
  log?: (line: string) => void
  onProgress?: (p: ProgressDoc) => void
  /** Stops the worker (shutdown; tests simulating a crash): the run is left for another worker to resume. */
  signal?: AbortSignal
  /** Called after each stored page (tests use it to stop a run between pages). */
  onPage?: (stream: string, state: StreamState) => void
  heartbeatMs?: number
  /** Per-request timeout of the Stripe client. */
  timeoutMs?: number
  /** Backoff of retried requests (tests shorten it). */
  retry?: { baseMs?: number; capMs?: number; attempts?: number }
  /** Compact the heap while the run works (processes that exist to import: the CLI, `npm run worker`). */
  compactHeap?: boolean
}

export type StopReason = 'cancel' | 'lost' | 'stop' | 'failed'

export class RunSession {
  readonly scope: Scope
  readonly stripe: Stripe
  readonly budget: RequestBudget
  readonly streams: Record<string, StreamState>
  readonly warnings: RunError[] = []
  readonly startedAt = Date.now()
  private readonly baseUrl: string | null
  private readonly controller = new AbortController()
  private beat: NodeJS.Timeout | null = null
  private beating: Promise<void> | null = null
  stopReason: StopReason | null = null
  failure: unknown = null
  retries = 0
  lastRetry: string | null = null
  accountCreated: number | null = null
  queuedBalances = 0

  constructor(
    readonly db: Db,
    readonly run: ImportRunRow,
    readonly claim: RunClaim,
    readonly keys: string[],
    readonly seenRunIds: string[],
    readonly baseline: Record<string, number>,
    conn: { key: string; baseUrl: string | null; requestsPerSecond: number },
    readonly o: WorkOptions,
  ) {
    this.scope = { workspaceId: run.workspaceId, accountId: run.accountId }
    this.stripe = makeStripeClient({ key: conn.key, baseUrl: conn.baseUrl, maxNetworkRetries: 0, timeoutMs: o.timeoutMs ?? 30_000 })
    this.baseUrl = conn.baseUrl
    this.budget = new RequestBudget(conn.requestsPerSecond)
    // Every pending request and queue wait listens for the abort.
    setMaxListeners(0, this.controller.signal)
    this.streams = structuredClone((run.checkpoint ?? {}) as Record<string, StreamState>)
    o.signal?.addEventListener('abort', () => this.stop('stop'), { once: true })
    if (o.signal?.aborted) this.stop('stop')
  }

  get signal(): AbortSignal {
    return this.controller.signal
  }

  stream(key: string): StreamState {
    return (this.streams[key] ??= emptyStream())
  }

  /** Stops every stream at its next request. The first reason wins. */
  stop(reason: StopReason, failure?: unknown) {
    if (this.stopReason) return
    this.stopReason = reason
    this.failure = failure ?? null
    this.controller.abort()
    this.budget.close()
  }

  /** One Stripe request (with its retries) within the shared budget. */
  call<T>(fn: (s: Stripe) => Promise<T>, priority: number, label: string): Promise<T> {
    return withStripeRetry(() => fn(this.stripe), this.baseUrl, {
      budget: this.budget,
      priority,
      signal: this.signal,
      ...this.o.retry,
      onRetry: (f, n, ms) => {
        this.retries++
        this.lastRetry = `${label}: ${f.message}`
        this.o.log?.(`${label}: ${f.message}; retry ${n} in ${ms} ms`)
      },
    })
  }

  /** Stores objects and advances `key`'s checkpoint in one transaction; the in-memory state follows the commit. */
  async store(key: string, objects: ObjectInput[], next: Omit<StreamState, 'changes'>): Promise<StoreResult> {
    if (this.signal.aborted) throw new AbortedError()
    let state: StreamState | null = null
    const result = await storeObjects({
      scope: this.scope,
      runId: this.run.id,
      objects,
      claim: this.claim,
      checkpoint: { key, state: (r) => (state = { ...next, changes: addChanges(this.stream(key).changes ?? {}, r) }) },
    })
    this.streams[key] = state!
    this.noteCreated(result)
    this.o.onPage?.(key, state!)
    return result
  }

  /** Objects this session created; past each threshold the tables' statistics are refreshed. */
  created = 0
  private analyzed = 0
  analyzing: Promise<void> | null = null
  private static readonly ANALYZE_AT = [2_000, 20_000]

  private noteCreated(r: StoreResult) {
    for (const c of Object.values(r)) this.created += c.created
    const next = RunSession.ANALYZE_AT[this.analyzed]
    if (next !== undefined && this.created >= next && !this.analyzing) {
      this.analyzed++
      this.analyzing = analyzeImportTables(this.db)
        .catch((e) => this.o.log?.(`could not refresh table statistics: ${e instanceof Error ? e.message : String(e)}`))
        .finally(() => (this.analyzing = null))
    }
  }

  progress(): ProgressDoc {
    return estimateProgress({
      keys: this.keys,
      streams: this.streams,
      baseline: this.baseline,
      accountCreated: this.accountCreated,
      queuedBalances: this.queuedBalances,
      requestsPerSecond: this.budget.ratePerSec,
      requests: this.budget.granted,
      retries: this.retries,
      elapsedMs: Date.now() - this.startedAt,
      lastRetry: this.lastRetry,
    })
  }

  private stopCompacting: (() => void) | null = null

  startHeartbeat() {
    if (this.o.compactHeap) this.stopCompacting = compactHeapWhileRunning()
    const every = this.o.heartbeatMs ?? 1000
    const tick = async () => {
      try {
        const p = this.progress()
        this.o.onProgress?.(p)
        const { cancelRequested } = await heartbeat(this.db, this.claim, p)
        if (cancelRequested) this.stop('cancel')
      } catch (e) {
        if (e instanceof LostClaimError) this.stop('lost')
        else this.o.log?.(`heartbeat failed: ${e instanceof Error ? e.message : String(e)}`)
      }
    }
    this.beat = setInterval(() => {
      if (!this.beating) this.beating = tick().finally(() => (this.beating = null))
    }, every)
  }

  async stopHeartbeat() {
    this.stopCompacting?.()
    if (this.beat) clearInterval(this.beat)
    this.beat = null
    await this.beating
  }

  /** The message a failed run records. */
  static describe(e: unknown): string {
    if (e instanceof StripeCallError) return e.failure.message
    return e instanceof Error ? e.message : String(e)
  }
}

/**
 * Runs tasks side by side; the first failure stops the session (so the others end at their next
 * request) and is rethrown once every task has settled — no write is left running behind the result.
 */
export async function allOrStop(s: RunSession, tasks: Array<Promise<unknown>>): Promise<void> {
  const results = await Promise.allSettled(
    tasks.map((t) =>
      t.catch((e) => {
        if (!(e instanceof AbortedError)) s.stop(e instanceof LostClaimError ? 'lost' : 'failed', e)
        throw e
      }),
    ),
  )
  if (s.stopReason) throw s.failure ?? new AbortedError(s.stopReason)
  const failed = results.find((r) => r.status === 'rejected')
  if (failed) throw (failed as PromiseRejectedResult).reason
}
