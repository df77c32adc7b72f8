/** Request and response shapes of the import and usage endpoints. */
import { z } from 'zod'

export const ZStartImport = z.object({}).strict()

export const ZListImports = z.object({ kind: z.enum(['catalog', 'usage']).optional() })

const isoDay = z.string().trim().regex(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?Z)?$/, 'Use a date such as 2026-10-01 (UTC)')

/** Meter event summaries for a period and the customers the user picks. */
export const ZStartUsageFetch = z
  .object({
    customerIds: z.array(z.string().trim().min(1).max(255)).min(1, 'Pick at least one customer').max(200, 'At most 200 customers per fetch'),
    /** Empty or absent: the meters on the customers' subscriptions. */
    meterIds: z.array(z.string().trim().min(1).max(255)).max(500).optional(),
    from: isoDay,
    to: isoDay,
    granularity: z.enum(['total', 'day', 'hour']).default('day'),
  })
  .strict()
export type TStartUsageFetch = z.infer<typeof ZStartUsageFetch>

export const ZListUsage = z.object({
  customer: z.string().trim().max(255).optional(),
  run: z.string().uuid().optional(),
})

export type TRunError = { type: string; id: string; message: string }
export type TStreamProgress = { fetched: number; expected: number | null; done: boolean }
export type TRunProgress = {
  requestsPerSecond?: number
  requests?: number
  retries?: number
  elapsedMs?: number
  percent?: number | null
  remainingRequests?: number | null
  etaSeconds?: number | null
  basis?: 'previous_run' | 'timeline' | 'partial'
  streams?: Record<string, TStreamProgress>
  types?: Record<string, TStreamProgress>
  lastRetry?: string | null
  changes?: { created: number; updated: number; unchanged: number }
}
export type TTypeChanges = { created: number; updated: number; unchanged: number; removed?: number }

export type TImportRun = {
  id: string
  kind: 'catalog' | 'usage'
  accountId: string
  status: 'queued' | 'running' | 'succeeded' | 'failed' | 'cancelled'
  trigger: string
  types: string[]
  params: Record<string, unknown>
  counts: Record<string, number>
  changes: { created?: number; updated?: number; unchanged?: number; removed?: number; byType?: Record<string, TTypeChanges> }
  errors: TRunError[]
  progress: TRunProgress
  cancelRequested: boolean
  resumedFromRunId: string | null
  queuedAt: string
  startedAt: string | null
  finishedAt: string | null
  heartbeatAt: string | null
  durationMs: number | null
}
