/** Billable-metric calls against Metronome (real SDK; the emulator in demo mode and tests). */
import type Metronome from '@metronome/sdk'
import type { BillableMetricPayload } from '@/lib/catalog/payloads/billable-metric'
import { canonicalJson } from '@/lib/runtime/canonical-json'

export async function createBillableMetric(client: Metronome, payload: BillableMetricPayload, idempotencyKey: string): Promise<string> {
  const res = await client.v1.billableMetrics.create(payload, { headers: { 'Idempotency-Key': idempotencyKey } })
  return res.data.id
}

const definitionOf = (m: Record<string, unknown>) =>
  canonicalJson({
    aggregation_type: typeof m.aggregation_type === 'string' ? m.aggregation_type.toUpperCase() : undefined,
    aggregation_key: m.aggregation_key ?? undefined,
    event_type_filter: m.event_type_filter ?? undefined,
    property_filters: m.property_filters ?? undefined,
    group_keys: m.group_keys ?? undefined,
    sql: m.sql ?? undefined,
  })

/**
 * An existing, non-archived Metronome metric with the same name and definition — what a previous
 * attempt created when its answer was lost (a timeout after Metronome committed). Adopting it keeps
 * a retried publish from creating duplicates.
 */
export async function findMatchingBillableMetric(client: Metronome, payload: BillableMetricPayload): Promise<string | null> {
  const wanted = definitionOf(payload as Record<string, unknown>)
  for await (const m of client.v1.billableMetrics.list({ limit: 100 })) {
    const remote = m as unknown as Record<string, unknown>
    if (remote.name === payload.name && !remote.archived_at && definitionOf(remote) === wanted) return String(remote.id)
  }
  return null
}
