/** Auto-draft decisions of a change set (one row per decision, in draft order). */
import { Prisma } from '@/lib/generated/prisma/client'
import type { DbTx } from './client'

export type DecisionInsert = {
  decisionKey: string
  stripeType: string
  stripeId: string
  targets: unknown
  fidelity: string
  rule: string
  reason: string
  lost: string | null
  sourceHash: string | null
  userState: string
  userNote: string | null
  position: number
  excludedObjects: unknown
}

export const decisionSelect = {
  id: true, decisionKey: true, stripeType: true, stripeId: true, targets: true, fidelity: true, rule: true, reason: true, lost: true,
  sourceHash: true, userState: true, userNote: true, position: true, excludedObjects: true, updatedAt: true,
} as const

/**
 * Inserts decisions in batches of 2,000 rows, each one statement whose rows travel as one JSON
 * parameter (jsonb_to_recordset): a draft of a large account writes tens of thousands of rows.
 */
export async function insertDecisions(tx: DbTx, changeSetId: string, rows: DecisionInsert[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 2000) {
    const batch = rows.slice(i, i + 2000).map((r) => ({ ...r, excludedObjects: r.excludedObjects ?? null }))
    await tx.$executeRawUnsafe(
      `INSERT INTO "MappingDecision" ("id", "changeSetId", "decisionKey", "stripeType", "stripeId", "targets", "fidelity", "rule", "reason", "lost", "sourceHash", "userState", "userNote", "position", "excludedObjects", "createdAt", "updatedAt")
       SELECT gen_random_uuid()::text, $1, x."decisionKey", x."stripeType", x."stripeId", x."targets", x."fidelity", x."rule", x."reason", x."lost", x."sourceHash", x."userState", x."userNote", x."position", x."excludedObjects", now(), now()
       FROM jsonb_to_recordset($2::jsonb) AS x("decisionKey" text, "stripeType" text, "stripeId" text, "targets" jsonb, "fidelity" text, "rule" text, "reason" text, "lost" text, "sourceHash" text, "userState" text, "userNote" text, "position" int, "excludedObjects" jsonb)`,
      changeSetId,
      JSON.stringify(batch),
    )
  }
}

export async function listDecisions(db: DbTx, changeSetId: string) {
  return db.mappingDecision.findMany({ where: { changeSetId }, orderBy: { position: 'asc' }, select: decisionSelect })
}

export type DecisionRow = Awaited<ReturnType<typeof listDecisions>>[number]

/** By row id or by decision key. */
export async function findDecision(db: DbTx, changeSetId: string, idOrKey: string) {
  const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(idOrKey)
  return db.mappingDecision.findFirst({ where: uuid ? { changeSetId, id: idOrKey } : { changeSetId, decisionKey: idOrKey }, select: decisionSelect })
}

export async function updateDecisionState(tx: DbTx, id: string, a: { userState: string; userNote: string | null; excludedObjects: unknown }) {
  return tx.mappingDecision.update({
    where: { id },
    data: {
      userState: a.userState,
      userNote: a.userNote,
      excludedObjects: a.excludedObjects === null || a.excludedObjects === undefined ? Prisma.DbNull : (a.excludedObjects as Prisma.InputJsonValue),
    },
    select: decisionSelect,
  })
}

export async function countDecisions(db: DbTx, changeSetId: string) {
  const rows = await db.mappingDecision.groupBy({ by: ['fidelity', 'userState'], where: { changeSetId }, _count: { _all: true } })
  return rows.map((r) => ({ fidelity: r.fidelity, userState: r.userState, count: r._count._all }))
}

/** Sets the state of many decisions at once (only those currently in `from`); returns the keys changed. */
export async function setDecisionStates(tx: DbTx, changeSetId: string, ids: string[], from: string[], to: string): Promise<string[]> {
  const rows = await tx.mappingDecision.findMany({ where: { changeSetId, id: { in: ids }, userState: { in: from } }, select: { id: true, decisionKey: true } })
  if (rows.length) await tx.mappingDecision.updateMany({ where: { id: { in: rows.map((r) => r.id) } }, data: { userState: to } })
  return rows.map((r) => r.decisionKey)
}
