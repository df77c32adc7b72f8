/**
 * The catalogue import: every list streams concurrently within the run's shared request budget.
 *
 *  account ─┬─ meter, product, price:active, price:archived, customer, subscription,
 *           │  subscription_schedule, credit_grant, coupon, promotion_code   (sequential page chains)
 *           ├─ credit_balance_summary: one request per grant, fed as grant pages commit
 *           └─ price:referenced: once prices, subscriptions, schedules and grants are complete, the
 *              prices they reference that no list returned (inline prices) — taken from the object
 *              that embeds them, retrieved by id otherwise
 *
 * A list fetches its next page while the previous one is being stored, but stores pages in order, so
 * its checkpoint only ever moves forward over committed pages. The page chains get the budget first:
 * their latency is the critical path, the per-grant requests only fill the spare capacity.
 */
import { pendingGrantBalances, unlistedReferencedPrices } from '@/lib/db/stripe-objects'
import { embeddedObjects, balanceSummaryKey, type RawObject } from '@/lib/stripe/object-types'
import { LIST_STREAMS, LIST_STREAM_KEYS, listPage, retrieveAccount, retrieveGrantBalance, retrievePrice, type ListStreamKey } from '@/lib/stripe/listers'
import { PRIORITY } from '@/lib/stripe/request-budget'
import { StripeCallError } from '@/lib/stripe/with-retry'
import { allOrStop, type RunSession } from './run-session'
import { Semaphore, WorkQueue } from './work-queue'

export const CATALOG_STREAMS = ['account', ...LIST_STREAM_KEYS, 'credit_balance_summary', 'price:referenced'] as const

/** Which streams make up a full pass over each type (removal marking needs all of them done). */
export const TYPE_STREAMS: Record<string, readonly string[]> = {
  account: ['account'],
  meter: ['meter'],
  product: ['product'],
  price: ['price:active', 'price:archived', 'price:referenced'],
  customer: ['customer'],
  subscription: ['subscription'],
  subscription_schedule: ['subscription_schedule'],
  credit_grant: ['credit_grant'],
  credit_balance_summary: ['credit_balance_summary'],
  coupon: ['coupon'],
  promotion_code: ['promotion_code'],
  discount: ['subscription', 'customer'],
}

export class ImportFailure extends Error {}

const BALANCE_CONCURRENCY = 8
/**
 * Page chains that run at once. Five keep the budget busy (each chain has a page in flight and one
 * being stored); more only add pages held in memory. Grants go first (the per-grant balance requests,
 * most of an import's requests, wait for them), then the longest chains.
 */
const LIST_CONCURRENCY = 5
const LIST_ORDER: ListStreamKey[] = ['credit_grant', 'price:active', 'subscription', 'customer', 'product', 'price:archived', 'meter', 'subscription_schedule', 'coupon', 'promotion_code']
const RETRIEVE_CONCURRENCY = 4
const createdOf = (o: RawObject | undefined) => (typeof o?.created === 'number' ? o.created : null)

export async function runCatalogImport(s: RunSession): Promise<void> {
  await runAccount(s)
  const grants = new WorkQueue<{ grantId: string; customerId: string }>((g) => g.grantId)
  const slots = new Semaphore(LIST_CONCURRENCY)
  const order = [...LIST_ORDER, ...LIST_STREAM_KEYS.filter((k) => !LIST_ORDER.includes(k))]
  const lists = Object.fromEntries(
    order.map((key) => [key, slots.run(() => runList(s, key, key === 'credit_grant' ? (page) => feedGrants(s, grants, page) : undefined), s.signal)]),
  ) as Record<ListStreamKey, Promise<void>>
  const balances = runBalances(s, grants, lists.credit_grant)
  const referenced = Promise.all([lists['price:active'], lists['price:archived'], lists.subscription, lists.subscription_schedule, lists.credit_grant]).then(() => runReferencedPrices(s))
  await allOrStop(s, [...Object.values(lists), balances, referenced])
}

/**
 * The account first, on every start (resumes included): its id keys the data, so a key that now
 * belongs to another account must stop the run before anything is written.
 */
async function runAccount(s: RunSession) {
  const raw = await s.call((stripe) => retrieveAccount(stripe), PRIORITY.chain, 'account')
  if (raw.id !== s.run.accountId) {
    throw new ImportFailure(`The Stripe key now belongs to account ${String(raw.id)}, but this workspace holds ${s.run.accountId}: test and live data never mix in one workspace. Reconnect the right account.`)
  }
  s.accountCreated = createdOf(raw)
  await s.store('account', [{ type: 'account', raw }], { cursor: null, done: true, fetched: 1, newest: s.accountCreated, oldest: s.accountCreated })
}

async function runList(s: RunSession, key: ListStreamKey, afterStore?: (page: RawObject[]) => void): Promise<void> {
  const type = LIST_STREAMS[key].type
  let state = s.stream(key)
  if (state.done) return
  let cursor = state.cursor
  let storing: Promise<void> = Promise.resolve()
  try {
    for (;;) {
      let page
      try {
        page = await s.call((stripe) => listPage(stripe, key, cursor), PRIORITY.chain, type)
      } catch (e) {
        // The object the checkpoint's cursor names was deleted since: read the list again from the top
        // (pages already stored come back unchanged).
        if (cursor && e instanceof StripeCallError && e.failure.code === 'resource_missing' && e.failure.param === 'starting_after') {
          s.o.log?.(`${type}: resume cursor ${cursor} no longer exists; reading the list from the start`)
          await storing
          cursor = null
          continue
        }
        throw e
      }
      const last = page.data.at(-1)
      const lastId = typeof last?.id === 'string' ? last.id : null
      const done = !page.has_more || !lastId
      const objects = page.data.flatMap((raw) => [{ type, raw }, ...embeddedObjects(type, raw)])
      await storing
      state = s.stream(key)
      const next = {
        cursor: done ? null : lastId,
        done,
        fetched: state.fetched + page.data.length,
        newest: state.newest ?? createdOf(page.data[0]),
        oldest: createdOf(last) ?? state.oldest ?? null,
      }
      const p = s.store(key, objects, next).then(() => afterStore?.(page.data))
      p.catch(() => {})
      storing = p
      if (done) break
      cursor = lastId
    }
  } finally {
    // Never end (and let the run finish) while a page is still being written.
    await storing.catch(() => {})
  }
  await storing
}

function feedGrants(s: RunSession, queue: WorkQueue<{ grantId: string; customerId: string }>, page: RawObject[]) {
  for (const g of page) {
    const customer = typeof g.customer === 'string' ? g.customer : (g.customer as { id?: string } | null)?.id
    // A voided grant has no balance left; Stripe answers with zero, so the request is skipped.
    if (typeof g.id === 'string' && customer && (g.voided_at === null || g.voided_at === undefined)) queue.push({ grantId: g.id, customerId: customer })
  }
  s.queuedBalances = queue.pending
}

/** One balance summary per (non-voided) credit grant, fetched as the grants are listed. */
async function runBalances(s: RunSession, queue: WorkQueue<{ grantId: string; customerId: string }>, grantsListed: Promise<void>): Promise<void> {
  const key = 'credit_balance_summary'
  if (s.stream(key).done) {
    queue.close()
    return
  }
  for (const g of await pendingGrantBalances(s.db, s.scope, s.seenRunIds)) queue.push(g)
  s.queuedBalances = queue.pending
  grantsListed.then(() => queue.close(), () => queue.close())
  let buffer: RawObject[] = []
  let flushing: Promise<unknown> = Promise.resolve()
  const flush = (done: boolean) => {
    const batch = buffer
    buffer = []
    flushing = flushing.then(() => {
      const st = s.stream(key)
      return s.store(
        key,
        batch.map((raw) => ({ type: key, id: balanceSummaryKey(String(raw.customer), String(raw.credit_grant)), raw })),
        { cursor: null, done, fetched: st.fetched + batch.length },
      )
    })
    return flushing
  }
  const worker = async () => {
    for (;;) {
      const g = await queue.next(s.signal)
      if (!g) return
      let raw: RawObject
      try {
        raw = await s.call((stripe) => retrieveGrantBalance(stripe, g.customerId, g.grantId), PRIORITY.fanout, 'credit balance')
      } catch (e) {
        // A grant whose customer (or the grant itself) is gone: recorded, not fatal.
        if (e instanceof StripeCallError && e.failure.code === 'resource_missing') {
          s.warnings.push({ type: 'credit_balance_summary', id: g.grantId, message: `Could not read the balance of credit grant ${g.grantId}: ${e.failure.message}` })
          continue
        }
        throw e
      }
      buffer.push({ ...raw, customer: typeof raw.customer === 'string' ? raw.customer : g.customerId })
      s.queuedBalances = queue.pending
      if (buffer.length >= 50) await flush(false)
    }
  }
  try {
    await allOrStop(s, Array.from({ length: BALANCE_CONCURRENCY }, worker))
  } finally {
    await flushing.catch(() => {})
  }
  await flush(true)
}

async function runReferencedPrices(s: RunSession): Promise<void> {
  const key = 'price:referenced'
  if (s.stream(key).done) return
  const missing = await unlistedReferencedPrices(s.db, s.scope, s.seenRunIds)
  const found: RawObject[] = missing.flatMap((m) => (m.embedded ? [m.embedded] : []))
  const toRetrieve = new WorkQueue<string>((id) => id)
  for (const m of missing) if (!m.embedded) toRetrieve.push(m.id)
  toRetrieve.close()
  const worker = async () => {
    for (;;) {
      const id = await toRetrieve.next(s.signal)
      if (!id) return
      try {
        found.push(await s.call((stripe) => retrievePrice(stripe, id), PRIORITY.fanout, 'price'))
      } catch (e) {
        // A reference to a price Stripe no longer has is recorded, not fatal.
        if (e instanceof StripeCallError && e.failure.code === 'resource_missing') s.warnings.push({ type: 'price', id, message: e.failure.message })
        else throw e
      }
    }
  }
  await allOrStop(s, Array.from({ length: RETRIEVE_CONCURRENCY }, worker))
  for (let i = 0; i < found.length || i === 0; i += 100) {
    const batch = found.slice(i, i + 100)
    const done = i + 100 >= found.length
    await s.store(key, batch.map((raw) => ({ type: 'price', raw })), { cursor: null, done, fetched: s.stream(key).fetched + batch.length })
  }
}
