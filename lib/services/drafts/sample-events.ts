/**
 * Sample usage events (Stripe meter events as JSON Lines) uploaded for the draft's group-key
 * suggestions and, later, previews and parity runs. A file with any unreadable line is refused with
 * every problem by line number, unless the user asks to skip those lines; nothing is half-stored.
 */
import type { z } from 'zod'
import { parseSampleEvents } from '@/lib/catalog/drafting/sample-events'
import { InvalidInputError, NotFoundError } from '@/lib/catalog/errors'
import type { TSampleEventSet, TUploadResult, ZUploadSampleEvents } from '@/lib/contracts/drafts'
import { writeAudit } from '@/lib/db/audit'
import { createSampleEventSet, deleteSampleEventSet, findSampleEventSet, listSampleEventSets } from '@/lib/db/sample-events'
import { auditActor, authorize, type WorkspaceCtx } from '../context'

export async function listSampleEvents(ctx: WorkspaceCtx): Promise<{ sets: TSampleEventSet[] }> {
  authorize(ctx, 'workspace.read')
  const sets = await listSampleEventSets(ctx.db, ctx.workspace.id)
  return { sets: sets.map((s) => ({ id: s.id, name: s.name, eventCount: s.eventCount, uploadedBy: s.uploadedBy, createdAt: s.createdAt.toISOString(), eventNames: s.eventNames })) }
}

export async function uploadSampleEvents(ctx: WorkspaceCtx, input: z.infer<typeof ZUploadSampleEvents>): Promise<TUploadResult> {
  authorize(ctx, 'catalog.edit')
  const parsed = parseSampleEvents(input.text, ctx.clock.now())
  if (parsed.tooLarge) throw new InvalidInputError(parsed.tooLarge, { errors: [], errorCount: 0 })
  const lines = (n: number) => `${n.toLocaleString('en-US')} line${n === 1 ? '' : 's'}`
  if (parsed.errorCount > 0 && !input.skipInvalid) {
    const first = parsed.errors.slice(0, 3).map((e) => `line ${e.line}: ${e.message}`).join('; ')
    throw new InvalidInputError(`${lines(parsed.errorCount)} of ${parsed.lines.toLocaleString('en-US')} could not be read, so nothing was stored (fix them, or skip them): ${first}${parsed.errorCount > 3 ? '; …' : ''}`, {
      errors: parsed.errors,
      errorCount: parsed.errorCount,
    })
  }
  if (parsed.events.length === 0) {
    throw new InvalidInputError('The file has no events: upload Stripe meter events as JSON Lines, one {"event_name","timestamp","identifier","payload":{…}} per line.', { errors: parsed.errors, errorCount: parsed.errorCount })
  }
  const set = await ctx.db.$transaction(
    async (tx) => {
      const created = await createSampleEventSet(tx, {
        workspaceId: ctx.workspace.id,
        name: input.name,
        uploadedById: ctx.actor.id,
        events: parsed.events.map((e) => ({ eventName: e.event_name, timestamp: new Date(e.timestamp), identifier: e.identifier, payload: e.payload })),
      })
      await writeAudit(tx, {
        workspaceId: ctx.workspace.id,
        actor: auditActor(ctx),
        action: 'sample_events.uploaded',
        targetType: 'sample_event_set',
        targetId: created.id,
        data: { name: input.name, events: parsed.events.length, skippedLines: parsed.errorCount },
      })
      return created
    },
    { timeout: 120_000, maxWait: 20_000 },
  )
  const names = new Map<string, number>()
  for (const e of parsed.events) names.set(e.event_name, (names.get(e.event_name) ?? 0) + 1)
  return {
    set: { id: set.id, name: set.name, eventCount: set.eventCount, uploadedBy: ctx.actor.email, createdAt: set.createdAt.toISOString(), eventNames: [...names].map(([eventName, count]) => ({ eventName, count })).sort((a, b) => b.count - a.count) },
    stored: parsed.events.length,
    skipped: parsed.errorCount,
    errors: parsed.errors,
    errorCount: parsed.errorCount,
  }
}

export async function removeSampleEvents(ctx: WorkspaceCtx, id: string): Promise<{ deleted: true }> {
  authorize(ctx, 'catalog.edit')
  return ctx.db.$transaction(async (tx) => {
    const set = await findSampleEventSet(tx, ctx.workspace.id, id)
    if (!set) throw new NotFoundError('Sample event set')
    await deleteSampleEventSet(tx, ctx.workspace.id, id)
    await writeAudit(tx, { workspaceId: ctx.workspace.id, actor: auditActor(ctx), action: 'sample_events.deleted', targetType: 'sample_event_set', targetId: id, data: { name: set.name, events: set.eventCount } })
    return { deleted: true as const }
  })
}
