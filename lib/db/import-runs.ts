/**
 * Import runs are claimed through an owner id and a heartbeat: whoever flips a queued run (or one
 * whose worker stopped beating) to running owns it, and every write of the run's pages is guarded by
 * that owner id. That makes a CLI process, the app's worker and standalone workers safe side by side,
 * lets a crashed run be resumed from its checkpoint, and stops a worker that lost its claim (a long
 * pause, a network partition) from writing after the new owner started.
 */
import crypto from 'node:crypto'
import { Prisma } from '@/lib/generated/prisma/client'
import type { BulkClient } from './bulk'
import type { Db, DbTx } from './client'

/** A run whose heartbeat is older than this is considered abandoned (heartbeats come every second). */
export const STALE_AFTER_MS = 30_000

export type RunClaim = { runId: string; ownerId: string }

export class LostClaimError extends Error {
  constructor(runId: string) {
    super(`Import ${runId} was claimed by another worker`)
    this.name = 'LostClaimError'
  }
}

const staleBefore = (now: Date) => new Date(now.getTime() - STALE_AFTER_MS)
const claimable = (now: Date): Prisma.ImportRunWhereInput => ({
  cancelRequested: false,
  OR: [{ status: 'queued' }, { status: 'running', OR: [{ heartbeatAt: null }, { heartbeatAt: { lt: staleBefore(now) } }] }],
})

export async function claimImportRun(db: Db, runId: string, now = new Date()): Promise<RunClaim | null> {
  const ownerId = crypto.randomUUID()
  const r = await db.importRun.updateMany({ where: { id: runId, ...claimable(now) }, data: { status: 'running', heartbeatAt: now, ownerId } })
  return r.count === 1 ? { runId, ownerId } : null
}

/**
 * Inside a page's transaction: fails (rolling the page back) unless the claim still holds, and
 * advances the stream's checkpoint atomically with the page.
 */
export async function assertClaim(tx: DbTx, claim: RunClaim, checkpoint?: { key: string; state: unknown }): Promise<void> {
  const n = checkpoint
    ? await tx.$executeRaw`UPDATE "ImportRun" SET "checkpoint" = "checkpoint" || jsonb_build_object(${checkpoint.key}::text, ${JSON.stringify(checkpoint.state)}::jsonb) WHERE "id" = ${claim.runId} AND "ownerId" = ${claim.ownerId}`
    : (await tx.$queryRaw<unknown[]>`SELECT 1 FROM "ImportRun" WHERE "id" = ${claim.runId} AND "ownerId" = ${claim.ownerId} FOR UPDATE`).length
  if (n !== 1) throw new LostClaimError(claim.runId)
}

/** The same check, on a `pg` client of the bulk pool (the importer's page writes). */
export async function assertClaimPg(c: BulkClient, claim: RunClaim, checkpoint?: { key: string; state: unknown }): Promise<void> {
  const r = checkpoint
    ? await c.query('UPDATE "ImportRun" SET "checkpoint" = "checkpoint" || jsonb_build_object($1::text, $2::jsonb) WHERE "id" = $3 AND "ownerId" = $4', [checkpoint.key, JSON.stringify(checkpoint.state), claim.runId, claim.ownerId])
    : await c.query('SELECT 1 FROM "ImportRun" WHERE "id" = $1 AND "ownerId" = $2 FOR UPDATE', [claim.runId, claim.ownerId])
  if (r.rowCount !== 1) throw new LostClaimError(claim.runId)
}

/** Beat: keeps the claim fresh and publishes progress; returns whether a cancel was requested. */
export async function heartbeat(db: Db, claim: RunClaim, progress: unknown): Promise<{ cancelRequested: boolean }> {
  const rows = await db.$queryRaw<Array<{ cancelRequested: boolean }>>`
    UPDATE "ImportRun" SET "heartbeatAt" = now(), "progress" = ${JSON.stringify(progress)}::jsonb
    WHERE "id" = ${claim.runId} AND "ownerId" = ${claim.ownerId} AND "status" = 'running'
    RETURNING "cancelRequested"`
  if (rows.length !== 1) throw new LostClaimError(claim.runId)
  return rows[0]!
}

/** Runs that should be (re)worked: queued, or running with a silent worker. */
export async function findResumableRuns(db: Db, now = new Date()) {
  return db.importRun.findMany({ where: claimable(now), select: { id: true }, orderBy: { queuedAt: 'asc' }, take: 50 })
}

/** This workspace's unfinished run that nobody is working on (queued, or running with a stale heartbeat). */
export async function claimableRun(db: Db, workspaceId: string, kind = 'catalog', now = new Date()) {
  return db.importRun.findFirst({ where: { workspaceId, kind, ...claimable(now) }, orderBy: { queuedAt: 'desc' }, select: { id: true } })
}

export async function activeRun(db: DbTx, workspaceId: string) {
  return db.importRun.findFirst({ where: { workspaceId, status: { in: ['queued', 'running'] } }, select: { id: true, kind: true } })
}

export async function loadRun(db: DbTx, runId: string) {
  return db.importRun.findUnique({ where: { id: runId } })
}

export type ImportRunRow = NonNullable<Awaited<ReturnType<typeof loadRun>>>

/** The run and the failed runs it continues (their stored objects count as seen by it). */
export async function runChain(db: DbTx, runId: string): Promise<string[]> {
  const ids: string[] = []
  let next: string | null = runId
  while (next && ids.length < 20 && !ids.includes(next)) {
    ids.push(next)
    const r: { resumedFromRunId: string | null } | null = await db.importRun.findUnique({ where: { id: next }, select: { resumedFromRunId: true } })
    next = r?.resumedFromRunId ?? null
  }
  return ids
}

/** The latest run of the workspace for this account and kind that ended (any status). */
export async function latestFinishedRun(db: DbTx, workspaceId: string, accountId: string, kind = 'catalog') {
  return db.importRun.findFirst({
    where: { workspaceId, accountId, kind, status: { in: ['succeeded', 'failed', 'cancelled'] } },
    orderBy: { queuedAt: 'desc' },
    select: { id: true, status: true, finishedAt: true, checkpoint: true },
  })
}

/** Per-stream object counts of the last successful run: the baseline of the progress estimate. */
export async function baselineCounts(db: DbTx, workspaceId: string, accountId: string): Promise<Record<string, number>> {
  const r = await db.importRun.findFirst({ where: { workspaceId, accountId, kind: 'catalog', status: 'succeeded' }, orderBy: { queuedAt: 'desc' }, select: { checkpoint: true } })
  const cp = (r?.checkpoint ?? {}) as Record<string, { fetched?: unknown }>
  return Object.fromEntries(Object.entries(cp).flatMap(([k, v]) => (typeof v?.fetched === 'number' ? [[k, v.fetched]] : [])))
}

export async function createRun(tx: DbTx, data: Prisma.ImportRunUncheckedCreateInput) {
  return tx.importRun.create({ data, select: { id: true, accountId: true, types: true, kind: true, resumedFromRunId: true } })
}

export async function markStarted(db: Db, claim: RunClaim, at: Date) {
  await db.importRun.updateMany({ where: { id: claim.runId, ownerId: claim.ownerId, startedAt: null }, data: { startedAt: at } })
}

/** Ends a run (guarded by the claim when given). Returns false when the claim was lost. */
export async function finishRun(
  tx: DbTx,
  a: { claim: RunClaim | null; runId: string; status: 'succeeded' | 'failed' | 'cancelled'; counts: Record<string, number>; changes: unknown; errors: unknown; progress?: unknown; at: Date },
): Promise<boolean> {
  const r = await tx.importRun.updateMany({
    where: { id: a.runId, ...(a.claim ? { ownerId: a.claim.ownerId } : {}), status: { in: ['queued', 'running'] } },
    data: {
      status: a.status,
      finishedAt: a.at,
      counts: a.counts,
      changes: a.changes as Prisma.InputJsonValue,
      errors: a.errors as Prisma.InputJsonValue,
      ...(a.progress !== undefined ? { progress: a.progress as Prisma.InputJsonValue } : {}),
    },
  })
  return r.count === 1
}

/** Cancel is cooperative: the worker stops at its next request; a queued run is cancelled at once. */
export async function requestCancel(tx: DbTx, workspaceId: string, runId: string, at: Date): Promise<'requested' | 'cancelled' | 'finished'> {
  const r = await tx.importRun.updateMany({ where: { id: runId, workspaceId, status: { in: ['queued', 'running'] } }, data: { cancelRequested: true } })
  if (r.count === 0) return 'finished'
  const q = await tx.importRun.updateMany({ where: { id: runId, status: 'queued' }, data: { status: 'cancelled', finishedAt: at } })
  return q.count ? 'cancelled' : 'requested'
}
