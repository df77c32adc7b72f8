/**
 * Starts a usage fetch: meter event summaries for a period and the customers the user picks (not
 * part of the normal import — Stripe answers per customer and meter, so it is priced in requests).
 * Meters default to those the customers' subscriptions bill through.
 */
import type { z } from 'zod'
import { CatalogError, ConflictError, InvalidInputError } from '@/lib/catalog/errors'
import type { ZStartUsageFetch } from '@/lib/contracts/imports'
import { writeAudit } from '@/lib/db/audit'
import { getStripeConnection } from '@/lib/db/connections'
import { activeRun, createRun } from '@/lib/db/import-runs'
import { existingIds, metersOfCustomers } from '@/lib/db/stripe-catalog'
import { lockWorkspace } from '@/lib/db/workspaces-lock'
import { auditActor, authorize, type WorkspaceCtx } from '../context'
import type { UsageParams } from './fetch-usage'

const UNIT = { total: 60, day: 86_400, hour: 3600 } as const
const MAX_SPAN = { total: 366 * 86_400, day: 366 * 86_400, hour: 31 * 86_400 } as const

const toUnix = (s: string) => Math.floor(Date.parse(s.length === 10 ? `${s}T00:00:00Z` : s) / 1000)

export async function startUsageFetch(ctx: WorkspaceCtx, input: z.infer<typeof ZStartUsageFetch>, opts: { requestsPerSecond?: number } = {}) {
  authorize(ctx, 'import.run')
  const conn = await getStripeConnection(ctx.db, ctx.workspace.id)
  if (!conn) throw new CatalogError('Connect a Stripe account first (Settings → Connections).', { status: 409, code: 'not_connected' })
  const scope = { workspaceId: ctx.workspace.id, accountId: conn.accountId }
  const start = toUnix(input.from)
  // A date-only "to" means the whole of that day.
  const end = toUnix(input.to) + (input.to.length === 10 ? 86_400 : 0)
  const unit = UNIT[input.granularity]
  if (!(end > start)) throw new InvalidInputError('The period must end after it starts.', [{ name: 'to', reason: 'must be after from' }])
  if (start % unit || end % unit) throw new InvalidInputError(`With ${input.granularity} granularity the period must start and end on ${input.granularity === 'hour' ? 'an hour' : input.granularity === 'day' ? 'a UTC day' : 'a minute'} boundary.`)
  if (end - start > MAX_SPAN[input.granularity]) throw new InvalidInputError(`The period is too long for ${input.granularity} granularity (at most ${MAX_SPAN[input.granularity] / 86_400} days).`)
  if (end > Math.ceil(ctx.clock.now().getTime() / 1000 / unit) * unit + unit) throw new InvalidInputError('The period cannot end in the future.')

  const customerIds = [...new Set(input.customerIds)]
  const known = await existingIds(ctx.db, scope, 'customer', customerIds)
  const missing = customerIds.filter((id) => !known.has(id))
  if (missing.length) throw new InvalidInputError(`Unknown customer${missing.length > 1 ? 's' : ''}: ${missing.slice(0, 5).join(', ')}. Import the catalogue first.`)
  const meterIds = input.meterIds?.length ? [...new Set(input.meterIds)] : await metersOfCustomers(ctx.db, scope, customerIds)
  if (!meterIds.length) throw new InvalidInputError('None of these customers has a metered subscription: pick the meters to read.')
  const knownMeters = await existingIds(ctx.db, scope, 'meter', meterIds)
  const badMeters = meterIds.filter((id) => !knownMeters.has(id))
  if (badMeters.length) throw new InvalidInputError(`Unknown meter${badMeters.length > 1 ? 's' : ''}: ${badMeters.slice(0, 5).join(', ')}.`)
  if (customerIds.length * meterIds.length > 5000) throw new InvalidInputError(`That is ${customerIds.length * meterIds.length} customer × meter listings; pick fewer customers or meters (at most 5,000).`)

  const params: UsageParams & { requestsPerSecond?: number } = {
    customerIds,
    meterIds,
    start,
    end,
    window: input.granularity === 'total' ? null : input.granularity,
    ...(opts.requestsPerSecond ? { requestsPerSecond: opts.requestsPerSecond } : {}),
  }
  return ctx.db.$transaction(async (tx) => {
    await lockWorkspace(tx, ctx.workspace.id)
    const active = await activeRun(tx, ctx.workspace.id)
    if (active) throw new ConflictError('An import is running for this workspace; fetch usage when it has finished.', { runId: active.id })
    const run = await createRun(tx, { workspaceId: ctx.workspace.id, accountId: conn.accountId, kind: 'usage', status: 'queued', trigger: 'ui', requestedById: ctx.actor.id, types: ['meter_event_summary'], params })
    await writeAudit(tx, { workspaceId: ctx.workspace.id, actor: auditActor(ctx), action: 'usage.fetch_started', targetType: 'import_run', targetId: run.id, data: { customers: customerIds.length, meters: meterIds.length, start, end, granularity: input.granularity } })
    return run
  })
}
