/**
 * Meter event summaries on demand: the volume per customer and meter over a period the user picks
 * (Stripe has no all-customer summary, so it is one listing per customer × meter). Runs as an import
 * run of kind `usage`: same job queue, request budget, progress, cancel and resume. Its checkpoint
 * is a watermark over the (sorted) pairs: every pair before it is stored, so a resumed run re-reads at
 * most the few pairs that were in flight.
 */
import { storeUsageSummaries, type UsageRow } from '@/lib/db/usage-summaries'
import { toDecimalString } from '@/lib/catalog/money'
import { listEventSummaries } from '@/lib/stripe/listers'
import { PRIORITY } from '@/lib/stripe/request-budget'
import type { StreamState } from './import-progress'
import { allOrStop, type RunSession } from './run-session'

export const USAGE_STREAMS = ['usage'] as const

export type UsageParams = { customerIds: string[]; meterIds: string[]; start: number; end: number; window: 'hour' | 'day' | null }

const CONCURRENCY = 6

export async function runUsageFetch(s: RunSession): Promise<void> {
  const key = 'usage'
  const p = s.run.params as unknown as UsageParams
  const pairs = [...p.customerIds].sort().flatMap((customerId) => [...p.meterIds].sort().map((meterId) => ({ customerId, meterId })))
  const start = s.stream(key)
  if (start.done) return
  let next = start.fetched
  const completed = new Set<number>()
  let watermark = start.fetched
  let storing: Promise<unknown> = Promise.resolve()

  const worker = async () => {
    for (;;) {
      const i = next++
      if (i >= pairs.length) return
      const pair = pairs[i]!
      const rows: UsageRow[] = []
      let cursor: string | null = null
      for (;;) {
        const page = await s.call((stripe) => listEventSummaries(stripe, { ...pair, start: p.start, end: p.end, window: p.window }, cursor), PRIORITY.chain, 'meter event summaries')
        for (const e of page.data) {
          if (typeof e.aggregated_value !== 'number' || typeof e.start_time !== 'number' || typeof e.end_time !== 'number') continue
          rows.push({ ...pair, startTime: new Date(e.start_time * 1000), endTime: new Date(e.end_time * 1000), value: toDecimalString(e.aggregated_value) })
        }
        const last = page.data.at(-1)?.id
        if (!page.has_more || typeof last !== 'string') break
        cursor = last
      }
      completed.add(i)
      while (completed.has(watermark)) completed.delete(watermark++)
      const mark = watermark
      // Stores happen in completion order but each records the watermark reached at that point.
      storing = storing.then(async () => {
        const prev = s.stream(key)
        const state: StreamState = { cursor: null, done: mark >= pairs.length, fetched: Math.max(prev.fetched, mark), changes: { usage_summary: { created: (prev.changes.usage_summary?.created ?? 0) + rows.length, updated: 0, unchanged: 0 } } }
        await storeUsageSummaries(s.db, { scope: s.scope, runId: s.run.id, rows, claim: s.claim, checkpoint: { key, state } })
        s.streams[key] = state
      })
      await storing
    }
  }
  try {
    await allOrStop(s, Array.from({ length: Math.min(CONCURRENCY, Math.max(1, pairs.length)) }, worker))
  } finally {
    await storing.catch(() => {})
  }
  if (!s.stream(key).done) s.streams[key] = { ...s.stream(key), done: true, fetched: pairs.length }
}
