import { z } from 'zod'
import { ZDraftBillableMetric, type TDraftBillableMetric } from '@/lib/catalog/schemas'

export const ZCreateMetric = z.object({
  metric: ZDraftBillableMetric.omit({ key: true }).extend({ key: z.string().optional() }),
  meterId: z.string().optional(),
})

export type TMetricRow = {
  key: string
  name: string
  aggregation_type: string | null
  /** a SQL metric: Metronome computes it with this query (no streaming aggregation) */
  isSql: boolean
  group_keys: string[][]
  changeSet: number
  metronomeId: string | null
  publishedAt: string | null
  /** true when the draft differs from what was published */
  drifted: boolean
}

export type TMetricDetail = TMetricRow & {
  metric: TDraftBillableMetric
  changeSetId: string
  lastPublishError: string | null
}
