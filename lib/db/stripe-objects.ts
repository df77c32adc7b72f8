/**
 * Imported Stripe objects. A page is stored in one short transaction (the embedded server serialises
 * transactions, so long ones would stall every other client) together with the objects embedded in
 * it, their references and the stream's checkpoint — so a crash leaves either the whole page and its
 * cursor or neither, and no object is ever half-written. Objects are classified created / updated /
 * unchanged by a hash of their JSON as Postgres normalises it (jsonb: key order and whitespace do not
 * matter); removed ones are marked, never deleted.
 *
 * The page goes to Postgres as one JSON parameter and is classified and upserted by one statement:
 * an import writes tens of thousands of large objects, and building them as ORM arguments cost more
 * CPU than everything else the importer does.
 */
import { embeddedPrices, linksOf, typedColumns, type RawObject } from '@/lib/stripe/object-types'
import type { Db, DbTx } from './client'
import { bulkTransaction } from './bulk'
import { assertClaimPg, type RunClaim } from './import-runs'

export type Scope = { workspaceId: string; accountId: string }
export type TypeChanges = { created: number; updated: number; unchanged: number }
export type StoreResult = Record<string, TypeChanges>

export type ObjectInput = { type: string; raw: RawObject; /** defaults to raw.id */ id?: string }

/** One row of the page parameter: the raw object and its typed columns. */
function rowsJson(objects: ObjectInput[]): { json: string; links: string; count: number } {
  const seen = new Set<string>()
  const rows: unknown[] = []
  const links: Array<{ fromType: string; fromId: string; toType: string; toId: string; role: string }> = []
  // Last copy wins when a page carries the same object twice (a discount on two subscriptions).
  for (let i = objects.length - 1; i >= 0; i--) {
    const o = objects[i]!
    const id = o.id ?? o.raw.id
    if (typeof id !== 'string' || !id || seen.has(`${o.type}|${id}`)) continue
    seen.add(`${o.type}|${id}`)
    const c = typedColumns(o.type, o.raw)
    rows.push({ ...c, stripeCreated: c.stripeCreated ? c.stripeCreated.toISOString() : null, type: o.type, id, raw: o.raw })
    for (const l of linksOf(o.type, o.raw)) links.push({ fromType: o.type, fromId: id, ...l })
  }
  // jsonb cannot hold NUL characters; Stripe text never should, but one must not fail a whole page.
  const json = JSON.stringify(rows)
  return { json: json.includes('\\u0000') ? json.replace(/(?<!\\)((?:\\\\)*)\\u0000/g, '$1') : json, links: JSON.stringify(links), count: rows.length }
}

const UPSERT_SQL = `
  WITH input AS (
    SELECT r.*, encode(sha256(convert_to(r.raw::text, 'UTF8')), 'hex') AS hash
    FROM jsonb_to_recordset($1::jsonb) AS r(
      type text, id text, raw jsonb, name text, active boolean, status text, currency text, "productId" text, "meterId" text,
      "customerId" text, subtype text, search text, livemode boolean, "stripeCreated" timestamptz)
  ),
  prev AS (
    SELECT o."type", o."stripeId", o."hash", o."removedAt" IS NOT NULL AS removed
    FROM "StripeObject" o JOIN input i ON o."type" = i.type AND o."stripeId" = i.id
    WHERE o."workspaceId" = $2 AND o."accountId" = $3
  ),
  ins AS (
    INSERT INTO "StripeObject" ("id", "workspaceId", "accountId", "type", "stripeId", "raw", "hash", "name", "active", "status", "currency",
      "productId", "meterId", "customerId", "subtype", "search", "livemode", "stripeCreated", "firstSeenRunId", "lastSeenRunId", "updatedRunId", "createdAt", "updatedAt")
    SELECT gen_random_uuid()::text, $2, $3, i.type, i.id, i.raw, i.hash, i.name, i.active, i.status, i.currency,
      i."productId", i."meterId", i."customerId", i.subtype, i.search, COALESCE(i.livemode, false), i."stripeCreated", $4, $4, $4, now(), now()
    FROM input i WHERE NOT EXISTS (SELECT 1 FROM prev p WHERE p."type" = i.type AND p."stripeId" = i.id)
    ON CONFLICT ("workspaceId", "accountId", "type", "stripeId") DO NOTHING
    RETURNING "type", "stripeId"
  ),
  upd AS (
    UPDATE "StripeObject" o SET "raw" = i.raw, "hash" = i.hash, "name" = i.name, "active" = i.active, "status" = i.status, "currency" = i.currency,
      "productId" = i."productId", "meterId" = i."meterId", "customerId" = i."customerId", "subtype" = i.subtype, "search" = i.search,
      "livemode" = COALESCE(i.livemode, false), "stripeCreated" = i."stripeCreated", "lastSeenRunId" = $4, "updatedRunId" = $4,
      "removedAt" = NULL, "removedByRunId" = NULL, "updatedAt" = now()
    FROM input i JOIN prev p ON p."type" = i.type AND p."stripeId" = i.id
    WHERE o."workspaceId" = $2 AND o."accountId" = $3 AND o."type" = i.type AND o."stripeId" = i.id
      AND (p."hash" <> i.hash OR p.removed)
    RETURNING o."type", o."stripeId"
  ),
  touch AS (
    UPDATE "StripeObject" o SET "lastSeenRunId" = $4
    FROM prev p JOIN input i ON p."type" = i.type AND p."stripeId" = i.id
    WHERE o."workspaceId" = $2 AND o."accountId" = $3 AND o."type" = p."type" AND o."stripeId" = p."stripeId"
      AND p."hash" = i.hash AND NOT p.removed
    RETURNING o."type", o."stripeId"
  )
  SELECT 'created' AS outcome, "type", "stripeId" AS id FROM ins
  UNION ALL SELECT 'updated', "type", "stripeId" FROM upd
  UNION ALL SELECT 'unchanged', "type", "stripeId" FROM touch`

const DELETE_LINKS_SQL = `
  DELETE FROM "StripeObjectLink" l USING unnest($3::text[], $4::text[]) AS w(type, id)
  WHERE l."workspaceId" = $1 AND l."accountId" = $2 AND l."fromType" = w.type AND l."fromId" = w.id`

const INSERT_LINKS_SQL = `
  INSERT INTO "StripeObjectLink" ("workspaceId", "accountId", "fromType", "fromId", "toType", "toId", "role")
  SELECT $1, $2, l."fromType", l."fromId", l."toType", l."toId", l.role
  FROM jsonb_to_recordset($3::jsonb) AS l("fromType" text, "fromId" text, "toType" text, "toId" text, role text)
  JOIN unnest($4::text[], $5::text[]) AS w(type, id) ON w.type = l."fromType" AND w.id = l."fromId"
  ON CONFLICT DO NOTHING`

type Outcome = { outcome: 'created' | 'updated' | 'unchanged'; type: string; id: string }

/**
 * Upserts objects (mixed types allowed: a subscription page carries its discounts) and, when given,
 * advances the stream's checkpoint in the same transaction — guarded by the run's claim, so a worker
 * that lost its claim cannot write. References of created and updated objects are rewritten with them.
 */
export async function storeObjects(a: {
  scope: Scope
  runId: string
  objects: ObjectInput[]
  claim?: RunClaim
  checkpoint?: { key: string; state: (r: StoreResult) => unknown }
}): Promise<StoreResult> {
  const page = rowsJson(a.objects)
  const { workspaceId, accountId } = a.scope
  return bulkTransaction(async (c) => {
    const result: StoreResult = {}
    if (page.count) {
      const { rows } = await c.query<Outcome>(UPSERT_SQL, [page.json, workspaceId, accountId, a.runId])
      for (const r of rows) {
        result[r.type] ??= { created: 0, updated: 0, unchanged: 0 }
        result[r.type]![r.outcome]++
      }
      const written = rows.filter((r) => r.outcome !== 'unchanged')
      const updated = written.filter((r) => r.outcome === 'updated')
      if (updated.length) await c.query(DELETE_LINKS_SQL, [workspaceId, accountId, updated.map((u) => u.type), updated.map((u) => u.id)])
      if (written.length) await c.query(INSERT_LINKS_SQL, [workspaceId, accountId, page.links, written.map((u) => u.type), written.map((u) => u.id)])
    }
    if (a.claim) await assertClaimPg(c, a.claim, a.checkpoint && { key: a.checkpoint.key, state: a.checkpoint.state(result) })
    return result
  })
}

/**
 * Marks objects of a type that no run of `seenRunIds` saw as removed. Called only for types whose
 * full pass completed in a run that succeeded. Never deletes.
 */
export async function markUnseenRemoved(db: DbTx, a: { scope: Scope; type: string; seenRunIds: string[]; runId: string; at: Date }): Promise<number> {
  const r = await db.stripeObject.updateMany({
    where: { workspaceId: a.scope.workspaceId, accountId: a.scope.accountId, type: a.type, removedAt: null, lastSeenRunId: { notIn: a.seenRunIds } },
    data: { removedAt: a.at, removedByRunId: a.runId },
  })
  return r.count
}

export async function countByType(db: DbTx, workspaceId: string, accountId: string): Promise<Record<string, number>> {
  const rows = await db.stripeObject.groupBy({ by: ['type'], where: { workspaceId, accountId, removedAt: null }, _count: { _all: true } })
  return Object.fromEntries(rows.map((r) => [r.type, r._count._all]))
}

// The two queries below run on tables an import has just filled, before autovacuum has analysed them:
// anti-joins planned on empty statistics took minutes. They read plain index ranges instead and take
// the difference in memory (a few thousand ids).

/** Credit grants seen by the run that still need their balance fetched (voided grants have none). */
export async function pendingGrantBalances(db: DbTx, scope: Scope, seenRunIds: string[]): Promise<Array<{ grantId: string; customerId: string }>> {
  const [grants, summaries] = await Promise.all([
    db.stripeObject.findMany({
      where: { ...scope, type: 'credit_grant', lastSeenRunId: { in: seenRunIds }, active: true, customerId: { not: null } },
      select: { stripeId: true, customerId: true },
      orderBy: { stripeId: 'asc' },
    }),
    db.stripeObject.findMany({ where: { ...scope, type: 'credit_balance_summary', lastSeenRunId: { in: seenRunIds } }, select: { stripeId: true } }),
  ])
  const have = new Set(summaries.map((s) => s.stripeId))
  return grants.filter((g) => !have.has(`${g.customerId}:${g.stripeId}`)).map((g) => ({ grantId: g.stripeId, customerId: g.customerId! }))
}

const REFERRERS = ['subscription', 'subscription_schedule', 'credit_grant']

/**
 * Prices that a subscription item, a schedule phase or a credit grant's scope references but that no
 * price list of this run returned (inline prices, created with `price_data`), with the full object
 * where the referencing object embeds one.
 */
export async function unlistedReferencedPrices(db: DbTx, scope: Scope, seenRunIds: string[]): Promise<Array<{ id: string; embedded: RawObject | null }>> {
  const [links, sources, prices] = await Promise.all([
    db.stripeObjectLink.findMany({ where: { ...scope, toType: 'price', fromType: { in: REFERRERS } }, select: { fromType: true, fromId: true, toId: true } }),
    db.stripeObject.findMany({ where: { ...scope, type: { in: REFERRERS }, lastSeenRunId: { in: seenRunIds }, removedAt: null }, select: { type: true, stripeId: true } }),
    db.stripeObject.findMany({ where: { ...scope, type: 'price', lastSeenRunId: { in: seenRunIds } }, select: { stripeId: true } }),
  ])
  const current = new Set(sources.map((s) => `${s.type}|${s.stripeId}`))
  const listed = new Set(prices.map((p) => p.stripeId))
  const referrers = new Map<string, Array<{ type: string; id: string }>>()
  for (const l of links) {
    if (listed.has(l.toId) || !current.has(`${l.fromType}|${l.fromId}`)) continue
    referrers.set(l.toId, [...(referrers.get(l.toId) ?? []), { type: l.fromType, id: l.fromId }])
  }
  if (!referrers.size) return []
  // The full object, from the first subscription or schedule that embeds it.
  const embedded = new Map<string, RawObject>()
  const sourceRows = await db.stripeObject.findMany({
    where: { ...scope, OR: ['subscription', 'subscription_schedule'].map((type) => ({ type, stripeId: { in: [...referrers.values()].flatMap((rs) => rs.filter((r) => r.type === type).map((r) => r.id)) } })) },
    select: { type: true, raw: true },
  })
  for (const row of sourceRows) {
    for (const p of embeddedPrices(row.type, row.raw as RawObject)) if (referrers.has(p.id as string) && !embedded.has(p.id as string)) embedded.set(p.id as string, p)
  }
  return [...referrers.keys()].sort().map((id) => ({ id, embedded: embedded.get(id) ?? null }))
}

/**
 * Refreshes the planner statistics of the import tables. Right after a bulk load they have none
 * (autovacuum comes by a minute later) and the page upsert's lookups were planned on the wrong index,
 * making a re-import 4× slower. The big jsonb columns are left out: the statistics that matter are
 * on the keys.
 */
export async function analyzeImportTables(db: Db): Promise<void> {
  await db.$executeRawUnsafe(
    'ANALYZE "StripeObject" ("workspaceId", "accountId", "type", "stripeId", "lastSeenRunId", "removedAt", "customerId", "productId", "meterId", "active", "name", "subtype", "currency")',
  )
  await db.$executeRawUnsafe('ANALYZE "StripeObjectLink"')
}
