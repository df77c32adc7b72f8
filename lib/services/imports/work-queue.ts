/**
 * A small async work queue for fan-out fetches: producers push (duplicates by key are dropped, so a
 * resumed run and a live feed can both push the same item), consumers await `next()`, which resolves
 * `undefined` once the queue is closed and drained.
 */
import { AbortedError } from '@/lib/stripe/request-budget'

export class WorkQueue<T> {
  private items: T[] = []
  private seen = new Set<string>()
  private waiters: Array<{ resolve: (v: T | undefined) => void; reject: (e: unknown) => void }> = []
  private closed = false

  constructor(private readonly keyOf: (item: T) => string) {}

  push(item: T) {
    const k = this.keyOf(item)
    if (this.seen.has(k) || this.closed) return
    this.seen.add(k)
    const w = this.waiters.shift()
    if (w) w.resolve(item)
    else this.items.push(item)
  }

  close() {
    this.closed = true
    for (const w of this.waiters.splice(0)) w.resolve(undefined)
  }

  get pending(): number {
    return this.items.length
  }

  next(signal?: AbortSignal): Promise<T | undefined> {
    if (signal?.aborted) return Promise.reject(new AbortedError())
    if (this.items.length) return Promise.resolve(this.items.shift())
    if (this.closed) return Promise.resolve(undefined)
    return new Promise<T | undefined>((resolve, reject) => {
      const w = {
        resolve: (v: T | undefined) => {
          signal?.removeEventListener('abort', onAbort)
          resolve(v)
        },
        reject,
      }
      const onAbort = () => {
        this.waiters = this.waiters.filter((x) => x !== w)
        reject(new AbortedError())
      }
      signal?.addEventListener('abort', onAbort, { once: true })
      this.waiters.push(w)
    })
  }
}

/** At most `n` tasks at once, started in the order they were asked for. */
export class Semaphore {
  private active = 0
  private waiting: Array<() => void> = []

  constructor(private readonly n: number) {}

  async run<T>(task: () => Promise<T>, signal?: AbortSignal): Promise<T> {
    if (this.active >= this.n) await new Promise<void>((resolve) => this.waiting.push(resolve))
    this.active++
    try {
      if (signal?.aborted) throw new AbortedError()
      return await task()
    } finally {
      this.active--
      this.waiting.shift()?.()
    }
  }
}
