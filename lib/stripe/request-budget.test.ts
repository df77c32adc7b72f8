import { describe, expect, it } from 'vitest'
import { AbortedError, defaultRequestsPerSecond, PRIORITY, RequestBudget } from './request-budget'

describe('RequestBudget', () => {
  it('defaults below Stripe’s limits: 90 req/s live, 22 in test mode', () => {
    expect(defaultRequestsPerSecond(true)).toBe(90)
    expect(defaultRequestsPerSecond(false)).toBe(22)
  })

  it('grants its burst at once, then no faster than its rate', async () => {
    const b = new RequestBudget(200, 10)
    const started = performance.now()
    await Promise.all(Array.from({ length: 50 }, () => b.acquire()))
    const elapsed = performance.now() - started
    // 40 requests beyond the burst at 200/s take at least 200 ms.
    expect(elapsed).toBeGreaterThanOrEqual(190)
    expect(elapsed).toBeLessThan(600)
    expect(b.granted).toBe(50)
  })

  it('serves page chains before fan-out requests, first come first served within a priority', async () => {
    const b = new RequestBudget(100, 1)
    await b.acquire()
    const order: string[] = []
    const waits = [
      b.acquire(PRIORITY.fanout).then(() => order.push('fanout-1')),
      b.acquire(PRIORITY.fanout).then(() => order.push('fanout-2')),
      b.acquire(PRIORITY.chain).then(() => order.push('chain-1')),
      b.acquire(PRIORITY.chain).then(() => order.push('chain-2')),
    ]
    await Promise.all(waits)
    expect(order).toEqual(['chain-1', 'chain-2', 'fanout-1', 'fanout-2'])
  })

  it('pauses everyone after a 429, and an aborted wait rejects', async () => {
    const b = new RequestBudget(1000, 5)
    b.pause(150)
    const started = performance.now()
    await b.acquire()
    expect(performance.now() - started).toBeGreaterThanOrEqual(140)
    const ac = new AbortController()
    b.pause(1000)
    const pending = b.acquire(PRIORITY.chain, ac.signal)
    ac.abort()
    await expect(pending).rejects.toBeInstanceOf(AbortedError)
    expect(b.waiting).toBe(0)
  })
})
