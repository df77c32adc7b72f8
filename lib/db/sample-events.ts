/** Uploaded sample usage events (Stripe meter events), grouped in sets. */
import type { Prisma } from '@/lib/generated/prisma/client'
import type { DbTx } from './client'

export type SampleEventInsert = { eventName: string; timestamp: Date; identifier: string | null; payload: Record<string, unknown> }

export async function createSampleEventSet(tx: DbTx, a: { workspaceId: string; name: string; uploadedById: string | null; events: SampleEventInsert[] }) {
  const set = await tx.sampleEventSet.create({
    data: { workspaceId: a.workspaceId, name: a.name, eventCount: a.events.length, uploadedById: a.uploadedById },
    select: { id: true, name: true, eventCount: true, createdAt: true },
  })
  const data = a.events.map((e) => ({ setId: set.id, eventName: e.eventName, timestamp: e.timestamp, identifier: e.identifier, payload: e.payload as Prisma.InputJsonObject }))
  for (let i = 0; i < data.length; i += 2000) await tx.sampleEvent.createMany({ data: data.slice(i, i + 2000) })
  return set
}

export async function listSampleEventSets(db: DbTx, workspaceId: string) {
  const sets = await db.sampleEventSet.findMany({
    where: { workspaceId },
    orderBy: { createdAt: 'desc' },
    take: 100,
    select: { id: true, name: true, eventCount: true, uploadedById: true, createdAt: true },
  })
  const names = sets.length
    ? await db.sampleEvent.groupBy({ by: ['setId', 'eventName'], where: { setId: { in: sets.map((s) => s.id) } }, _count: { _all: true } })
    : []
  const users = await db.user.findMany({ where: { id: { in: sets.flatMap((s) => (s.uploadedById ? [s.uploadedById] : [])) } }, select: { id: true, email: true } })
  const email = new Map(users.map((u) => [u.id, u.email]))
  return sets.map((s) => ({
    ...s,
    uploadedBy: s.uploadedById ? (email.get(s.uploadedById) ?? null) : null,
    eventNames: names.filter((n) => n.setId === s.id).map((n) => ({ eventName: n.eventName, count: n._count._all })).sort((a, b) => b.count - a.count),
  }))
}

export async function deleteSampleEventSet(tx: DbTx, workspaceId: string, id: string) {
  const r = await tx.sampleEventSet.deleteMany({ where: { workspaceId, id } })
  return r.count > 0
}

export async function findSampleEventSet(db: DbTx, workspaceId: string, id: string) {
  return db.sampleEventSet.findFirst({ where: { workspaceId, id }, select: { id: true, name: true, eventCount: true } })
}

/** The newest `limit` events of every set of the workspace, as Stripe meter events. */
export async function loadSampleEvents(db: DbTx, workspaceId: string, limit: number) {
  const rows = await db.sampleEvent.findMany({
    where: { set: { workspaceId } },
    orderBy: { id: 'desc' },
    take: limit,
    select: { eventName: true, timestamp: true, identifier: true, payload: true },
  })
  return rows.reverse().map((r) => ({ event_name: r.eventName, timestamp: Math.floor(r.timestamp.getTime() / 1000), ...(r.identifier ? { identifier: r.identifier } : {}), payload: r.payload }))
}

export async function countSampleEventSets(db: DbTx, workspaceId: string) {
  return db.sampleEventSet.count({ where: { workspaceId } })
}
