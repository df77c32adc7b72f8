/**
 * The imported Stripe catalogue as the pure core's `StripeSnapshot`: the latest imported, non-removed
 * objects of the workspace's account (raw JSON exactly as Stripe returned it) plus uploaded sample
 * events.
 */
import { InvalidInputError } from '@/lib/catalog/errors'
import type { StripeSnapshot } from '@/lib/catalog/stripe/snapshot'
import { getStripeConnection } from '@/lib/db/connections'
import type { DbTx } from '@/lib/db/client'
import { latestCatalogImport, loadImportedObjects } from '@/lib/db/draft-sources'
import { countSampleEventSets, loadSampleEvents } from '@/lib/db/sample-events'

/** StripeObject.type → snapshot collection. */
export const SNAPSHOT_COLLECTIONS = {
  meter: 'meters',
  price: 'prices',
  product: 'products',
  customer: 'customers',
  subscription: 'subscriptions',
  subscription_schedule: 'subscriptionSchedules',
  credit_grant: 'creditGrants',
  credit_balance_summary: 'creditBalanceSummaries',
  coupon: 'coupons',
  promotion_code: 'promotionCodes',
  discount: 'discounts',
} as const satisfies Record<string, keyof StripeSnapshot>

/** Sample events the draft reads (the newest ones; plenty for key and cardinality suggestions). */
export const SAMPLE_EVENTS_FOR_DRAFT = 20_000

export type LoadedSnapshot = {
  snapshot: StripeSnapshot
  importRun: { id: string; accountId: string; status: string; finishedAt: Date | null }
  objectCount: number
  sampleEvents: unknown[]
  sampleSets: number
}

const obj = (v: unknown): Record<string, unknown> | null => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : null)
const str = (v: unknown): string | null => (typeof v === 'string' && v ? v : null)

function accountOf(raw: unknown, accountId: string, livemode: boolean): StripeSnapshot['account'] {
  const a = obj(raw) ?? {}
  const profile = obj(a.business_profile)
  const dashboard = obj(obj(a.settings)?.dashboard)
  return {
    id: str(a.id) ?? accountId,
    livemode: typeof a.livemode === 'boolean' ? a.livemode : livemode,
    default_currency: str(a.default_currency),
    business_name: str(profile?.name) ?? str(dashboard?.display_name) ?? str(a.business_name),
  }
}

export async function loadSnapshot(db: DbTx, workspaceId: string): Promise<LoadedSnapshot> {
  const conn = await getStripeConnection(db, workspaceId)
  const run = await latestCatalogImport(db, workspaceId, conn?.accountId ?? null)
  if (!run) {
    throw new InvalidInputError('Nothing has been imported from Stripe yet: import the catalogue first (the Imports page, or `npx ratecraft import`), then draft.')
  }
  const rows = await loadImportedObjects(db, workspaceId, run.accountId, ['account', ...Object.keys(SNAPSHOT_COLLECTIONS)])
  const snapshot: StripeSnapshot = { account: { id: run.accountId, livemode: conn?.livemode ?? false } }
  const lists: Record<string, unknown[]> = {}
  for (const r of rows) {
    if (r.type === 'account') {
      snapshot.account = accountOf(r.raw, run.accountId, conn?.livemode ?? false)
      continue
    }
    const name = SNAPSHOT_COLLECTIONS[r.type as keyof typeof SNAPSHOT_COLLECTIONS]
    ;(lists[name] ??= []).push(r.raw)
  }
  Object.assign(snapshot, lists)
  const objectCount = rows.filter((r) => r.type !== 'account').length
  if (objectCount === 0) {
    throw new InvalidInputError(`The last import (${run.status}) stored no Stripe objects for account ${run.accountId}: run the import again, then draft.`)
  }
  const [sampleEvents, sampleSets] = await Promise.all([loadSampleEvents(db, workspaceId, SAMPLE_EVENTS_FOR_DRAFT), countSampleEventSets(db, workspaceId)])
  return { snapshot, importRun: run, objectCount, sampleEvents, sampleSets }
}
