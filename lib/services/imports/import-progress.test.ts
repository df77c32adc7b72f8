import { describe, expect, it } from 'vitest'
import { estimateProgress, sumChanges, type StreamState } from './import-progress'

const st = (fetched: number, done = false, extra: Partial<StreamState> = {}): StreamState => ({ cursor: done ? null : 'x', done, fetched, changes: {}, ...extra })
const base = { accountCreated: null, queuedBalances: 0, requestsPerSecond: 100, retries: 0, elapsedMs: 1000 }

describe('estimateProgress', () => {
  it('sizes the remaining work from the last successful run and divides by the request budget', () => {
    const p = estimateProgress({
      ...base,
      keys: ['price:active', 'customer'],
      streams: { 'price:active': st(4000), customer: st(5000, true) },
      baseline: { 'price:active': 10_000, customer: 5000 },
      requests: 90,
    })
    expect(p.streams['price:active']).toEqual({ fetched: 4000, expected: 10_000, done: false })
    expect(p.remainingRequests).toBe(60)
    expect(p.etaSeconds).toBe(1)
    expect(p.percent).toBe(60)
    expect(p.basis).toBe('previous_run')
    expect(p.types.price).toEqual({ fetched: 4000, expected: 10_000, done: false })
  })

  it('estimates a first import from how far back in the account’s history each list has read', () => {
    // Newest object created at t=1000, account created at t=0, read back to t=750: a quarter done.
    const p = estimateProgress({ ...base, keys: ['customer'], streams: { customer: st(500, false, { newest: 1000, oldest: 750 }) }, baseline: {}, accountCreated: 0, requests: 5 })
    expect(p.streams.customer!.expected).toBe(2000)
    expect(p.basis).toBe('timeline')
  })

  it('counts one request per queued credit grant balance, and is partial while a size is unknown', () => {
    const p = estimateProgress({
      ...base,
      keys: ['credit_grant', 'credit_balance_summary', 'meter'],
      streams: { credit_grant: st(300, true), credit_balance_summary: st(100), meter: st(100) },
      baseline: {},
      queuedBalances: 150,
      requests: 110,
    })
    expect(p.streams.credit_balance_summary!.expected).toBe(250)
    expect(p.basis).toBe('partial')
    expect(p.remainingRequests).toBe(151)
  })

  it('is 100% when every stream is done', () => {
    const p = estimateProgress({ ...base, keys: ['meter'], streams: { meter: st(3, true) }, baseline: {}, requests: 1 })
    expect(p.percent).toBe(100)
    expect(p.etaSeconds).toBe(0)
  })

  it('sums changes per type over streams', () => {
    const s = sumChanges([
      { ...st(1), changes: { price: { created: 2, updated: 1, unchanged: 3 } } },
      { ...st(1), changes: { price: { created: 1, updated: 0, unchanged: 0 }, discount: { created: 1, updated: 0, unchanged: 0 } } },
    ])
    expect(s.byType.price).toEqual({ created: 3, updated: 1, unchanged: 3 })
    expect(s.total).toEqual({ created: 4, updated: 1, unchanged: 3 })
  })
})
