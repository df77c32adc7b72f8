/**
 * What validation knows besides the catalogue: what Ratecraft recorded as published (immutability),
 * the latest uploaded sample events (silent-failure checks), and the clock. The same context feeds
 * the editor (through the API) and the server gates on save, submit and publish.
 */
import type { CatalogKind } from '@/lib/catalog/schemas'
import type { PublishedState, SampleEvent, ValidationContext } from '@/lib/catalog/validation/context'
import type { DbTx } from '@/lib/db/client'
import { listPublished } from '@/lib/db/published'
import type { WorkspaceCtx } from '../context'

const MAX_SAMPLE_EVENTS = 5_000

export async function publishedState(db: DbTx, workspaceId: string): Promise<PublishedState> {
  const state: PublishedState = {}
  for (const r of await listPublished(db, workspaceId)) {
    const kind = r.kind as CatalogKind
    ;(state[kind] ??= {})[r.key] = { doc: r.doc, metronomeId: r.metronomeId, publishedAt: r.publishedAt.toISOString(), archivedAt: r.archivedAt?.toISOString() ?? null }
  }
  return state
}

export async function latestSampleEvents(db: DbTx, workspaceId: string): Promise<SampleEvent[]> {
  const set = await db.sampleEventSet.findFirst({ where: { workspaceId }, orderBy: { createdAt: 'desc' }, select: { id: true } })
  if (!set) return []
  const rows = await db.sampleEvent.findMany({ where: { setId: set.id }, orderBy: { id: 'asc' }, take: MAX_SAMPLE_EVENTS, select: { eventName: true, timestamp: true, identifier: true, payload: true } })
  return rows.map((r) => ({ event_name: r.eventName, timestamp: Math.floor(r.timestamp.getTime() / 1000), identifier: r.identifier, payload: r.payload as Record<string, unknown> }))
}

export async function loadValidationContext(ctx: WorkspaceCtx): Promise<ValidationContext> {
  const [published, sampleEvents] = await Promise.all([publishedState(ctx.db, ctx.workspace.id), latestSampleEvents(ctx.db, ctx.workspace.id)])
  return { now: ctx.clock.now(), published, sampleEvents }
}
