/**
 * Import runs are claimed through their heartbeat: whoever flips a queued run (or one whose worker
 * stopped beating) to running owns it. That makes a CLI process, the app's worker and standalone
 * workers safe to run side by side, and lets a crashed run be resumed from its checkpoint.
 */
import type { Db } from './client'

export const STALE_AFTER_MS = 45_000

export async function claimImportRun(db: Db, runId: string, now = new Date()): Promise<boolean> {
  const stale = new Date(now.getTime() - STALE_AFTER_MS)
  const r = await db.importRun.updateMany({
    where: {
      id: runId,
      cancelRequested: false,
      OR: [{ status: 'queued' }, { status: 'running', OR: [{ heartbeatAt: null }, { heartbeatAt: { lt: stale } }] }],
    },
    data: { status: 'running', heartbeatAt: now },
  })
  return r.count === 1
}

/** Runs that should be (re)worked: queued, or running with a silent worker. */
export async function findResumableRuns(db: Db, now = new Date()) {
  const stale = new Date(now.getTime() - STALE_AFTER_MS)
  return db.importRun.findMany({
    where: { OR: [{ status: 'queued' }, { status: 'running', OR: [{ heartbeatAt: null }, { heartbeatAt: { lt: stale } }] }] },
    select: { id: true },
    orderBy: { queuedAt: 'asc' },
    take: 50,
  })
}

/** This workspace's unfinished run that nobody is working on (queued, or running with a stale heartbeat). */
export async function claimableRun(db: Db, workspaceId: string, now = new Date()) {
  const stale = new Date(now.getTime() - STALE_AFTER_MS)
  return db.importRun.findFirst({
    where: { workspaceId, cancelRequested: false, OR: [{ status: 'queued' }, { status: 'running', OR: [{ heartbeatAt: null }, { heartbeatAt: { lt: stale } }] }] },
    orderBy: { queuedAt: 'desc' },
    select: { id: true },
  })
}
